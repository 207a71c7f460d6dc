// The risk quiz's rules: which questions apply, and the level, factors, uncertainty and contraindications they give.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  applicableQuestions,
  assessedFromMonths,
  inapplicableAnswers,
  riskFactorEvidence,
  scoreRisk,
  unansweredQuestions,
  type Answers,
  type RiskQuizLevel,
} from '../../src/rules/risk-quiz.js';
import { checkAnswers } from '../../src/checks/answers.js';
import { riskFactor } from '../../src/data/risk-factors.js';

/** The eleven yes/no/unknown factor questions of the issue, in asking order. */
const FACTOR_QUESTIONS = [
  'alcohol',
  'malabsorption',
  'chronic-diarrhoea',
  'laxatives',
  'ppi',
  'diuretics',
  'magnesium-lowering-medicines',
  'type-2-diabetes',
  'low-intake-diet',
  'athlete',
  'stress',
];
const TAIL = [...FACTOR_QUESTIONS, 'kidney-disease', 'magnesium-products'];

/** Every yes/no question answered "no". */
const allNo: Answers = Object.fromEntries(TAIL.map((id) => [id, 'no']));
const adultMan: Answers = { ...allNo, 'age-group': '18+', 'older-age': 'no', sex: 'male' };
const adultWoman: Answers = { ...allNo, 'age-group': '18+', 'older-age': 'no', sex: 'female', 'life-stage': 'none' };

describe('applicableQuestions', () => {
  it('before any answer: age group, sex and the yes/no questions; conditional ones wait for their condition', () => {
    expect(applicableQuestions({})).to.deep.equal(['age-group', 'sex', ...TAIL]);
  });

  it('children under 11 end the quiz at the age question', () => {
    for (const group of ['7-11m', '1-3', '4-10'] as const) {
      expect(applicableQuestions({ 'age-group': group, sex: 'female' })).to.deep.equal(['age-group']);
    }
    // The first assessed group starts at 132 months = 11 years.
    expect(assessedFromMonths()).to.equal(132);
  });

  it('older-age only for 18+, right after the age group', () => {
    expect(applicableQuestions({ 'age-group': '18+' }).slice(0, 3)).to.deep.equal(['age-group', 'older-age', 'sex']);
    expect(applicableQuestions({ 'age-group': '11-17' })).to.not.include('older-age');
  });

  it('life-stage only for women at 11-17 or 18+', () => {
    expect(applicableQuestions({ 'age-group': '18+', sex: 'female' }).slice(0, 5)).to.deep.equal([
      'age-group',
      'older-age',
      'sex',
      'life-stage',
      'alcohol',
    ]);
    expect(applicableQuestions({ 'age-group': '11-17', sex: 'female' })).to.include('life-stage');
    expect(applicableQuestions({ 'age-group': '18+', sex: 'male' })).to.not.include('life-stage');
    expect(applicableQuestions({ sex: 'female' })).to.not.include('life-stage');
  });

  it('a woman of 18+ gets all 17 questions, a boy of 11-17 gets 15', () => {
    expect(applicableQuestions({ 'age-group': '18+', sex: 'female' })).to.have.length(17);
    expect(applicableQuestions({ 'age-group': '11-17', sex: 'male' })).to.have.length(15);
  });

  it('unansweredQuestions and inapplicableAnswers', () => {
    expect(unansweredQuestions(adultMan)).to.deep.equal([]);
    expect(unansweredQuestions({ 'age-group': '18+' })[0]).to.equal('older-age');
    expect(inapplicableAnswers({ ...adultMan, 'life-stage': 'pregnant' })).to.deep.equal(['life-stage']);
    expect(inapplicableAnswers({ 'age-group': '11-17', 'older-age': 'yes' })).to.deep.equal(['older-age']);
    expect(inapplicableAnswers({ 'age-group': '1-3', alcohol: 'no' })).to.deep.equal(['alcohol']);
  });
});

describe('scoreRisk: levels (REFERENCE-FACTS 0b: the strongest evidence among the groups)', () => {
  it('low: no group at all; the result cites the sources that define the groups', () => {
    const report = scoreRisk(adultMan);
    expect(report.level).to.equal('low');
    expect(report.factors).to.deep.equal([]);
    expect(report.uncertain).to.deep.equal([]);
    expect(report.contraindications).to.deep.equal([]);
    expect(report.pointsToDoseChecker).to.equal(false);
    expect(report.sourceIds).to.include.members(['nih-ods-magnesium', 'des-nbv-hypomagnesiaemi', 'pickering-2020']);
  });

  it('low: only weakly documented groups (sport, stress)', () => {
    const report = scoreRisk({ ...adultMan, athlete: 'yes', stress: 'yes' });
    expect(report.level).to.equal('low');
    expect(report.factors).to.deep.equal(['athlete', 'stress']);
    // The factors' sources, then the magnesium-products source behind the pharmacist advice every result gives.
    expect(report.sourceIds).to.deep.equal(['nielsen-lukaski-2006', 'pickering-2020', 'pro-medicin-dk-magnesia']);
  });

  it('moderate: type 2 diabetes, a low-intake diet, or 65+', () => {
    expect(scoreRisk({ ...adultMan, 'type-2-diabetes': 'yes' }).level).to.equal('moderate');
    expect(scoreRisk({ ...adultMan, 'low-intake-diet': 'yes' }).level).to.equal('moderate');
    const older = scoreRisk({ ...adultMan, 'older-age': 'yes' });
    expect(older.level).to.equal('moderate');
    expect(older.factors).to.deep.equal(['older-age']);
  });

  it('high: each strong group on its own', () => {
    for (const id of [
      'alcohol',
      'malabsorption',
      'chronic-diarrhoea',
      'laxatives',
      'ppi',
      'diuretics',
      'magnesium-lowering-medicines',
    ]) {
      const report = scoreRisk({ ...adultMan, [id]: 'yes' });
      expect(report.level, id).to.equal('high');
      expect(report.factors).to.deep.equal([id]);
      expect(report.sourceIds).to.have.members([...riskFactor(id).sourceIds, 'pro-medicin-dk-magnesia']);
    }
  });

  it('high wins over moderate and weak; factors are listed strongest first', () => {
    const report = scoreRisk({ ...adultMan, stress: 'yes', 'type-2-diabetes': 'yes', ppi: 'yes', 'older-age': 'yes' });
    expect(report.level).to.equal('high');
    // ppi (strong), then type-2-diabetes and older-age (moderate, dataset order), then stress (weak).
    expect(report.factors).to.deep.equal(['ppi', 'type-2-diabetes', 'older-age', 'stress']);
  });

  it('not-assessed for children under 11, whatever else is answered', () => {
    const report = scoreRisk({ ...allNo, 'age-group': '4-10', alcohol: 'yes', 'kidney-disease': 'yes' });
    expect(report).to.deep.equal({
      level: 'not-assessed',
      factors: [],
      uncertain: [],
      uncertainStronger: [],
      nextSteps: [],
      contraindications: [],
      sourceIds: [],
      pointsToDoseChecker: false,
    });
  });
});

describe('scoreRisk: unknown answers and conditional questions', () => {
  it('"unknown" does not count toward the level and is listed as uncertain, strongest first', () => {
    const report = scoreRisk({ ...adultMan, ppi: 'unknown', 'type-2-diabetes': 'unknown', athlete: 'yes' });
    expect(report.level).to.equal('low');
    expect(report.factors).to.deep.equal(['athlete']);
    expect(report.uncertain).to.deep.equal(['ppi', 'type-2-diabetes']);
    // Both are better documented than the weak "yes": the result names them first (issue 16, decision 5).
    expect(report.uncertainStronger).to.deep.equal(['ppi', 'type-2-diabetes']);
    expect(report.sourceIds).to.include.members(['mhra-2012-ppi', 'nih-ods-magnesium', 'nielsen-lukaski-2006']);
  });

  it('older-age "unknown" is uncertain too', () => {
    expect(scoreRisk({ ...adultMan, 'older-age': 'unknown' }).uncertain).to.deep.equal(['older-age']);
  });

  it('no group "yes" and one "ved ikke": the level is unknown, never "no risk group" (issue 16, decision 5)', () => {
    const report = scoreRisk({ ...adultMan, ppi: 'unknown' });
    expect(report.level).to.equal('unknown');
    expect(report.factors).to.deep.equal([]);
    expect(report.uncertain).to.deep.equal(['ppi']);
    expect(report.uncertainStronger, 'nothing "yes" to be stronger than').to.deep.equal([]);
    expect(report.nextSteps).to.deep.equal(['find-out-unknown', 'pharmacy-before-supplement']);
    // Everything "ved ikke": still unknown.
    const all = Object.fromEntries(
      Object.entries({ ...adultMan }).map(([id, answer]) => [id, TAIL.includes(id) ? 'unknown' : answer]),
    );
    expect(scoreRisk(all).level).to.equal('unknown');
  });

  it('only risk-group answers count: an unknown kidney or magnesium-products answer is not an unknown risk group', () => {
    const report = scoreRisk({ ...adultMan, 'kidney-disease': 'unknown', 'magnesium-products': 'unknown' });
    expect(report.level).to.equal('low');
    expect(report.uncertain).to.deep.equal([]);
    expect(report.contraindications).to.deep.equal(['kidney-disease']);
  });

  it('a "yes" keeps its level; a stronger "ved ikke" is named, a weaker one is not', () => {
    const report = scoreRisk({ ...adultMan, 'type-2-diabetes': 'yes', alcohol: 'unknown', stress: 'unknown' });
    expect(report.level).to.equal('moderate');
    expect(report.uncertain).to.deep.equal(['alcohol', 'stress']);
    expect(report.uncertainStronger).to.deep.equal(['alcohol']);
  });

  it('next steps per level: food advice only without kidney disease, the diet advice one gets instead with it', () => {
    expect(scoreRisk({ ...adultMan, alcohol: 'yes' }).nextSteps).to.deep.equal([
      'doctor-about-symptoms',
      'pharmacy-before-supplement',
    ]);
    expect(scoreRisk({ ...adultMan, 'type-2-diabetes': 'yes' }).nextSteps).to.deep.equal([
      'magnesium-rich-food',
      'doctor-if-symptoms',
      'pharmacy-before-supplement',
    ]);
    expect(scoreRisk(adultMan).nextSteps).to.deep.equal(['varied-diet', 'pharmacy-before-supplement']);
    for (const kidney of ['yes', 'unknown']) {
      const moderate = scoreRisk({ ...adultMan, 'type-2-diabetes': 'yes', 'kidney-disease': kidney });
      expect(moderate.nextSteps).to.deep.equal(['own-diet-advice', 'doctor-if-symptoms', 'pharmacy-before-supplement']);
      expect(moderate.sourceIds).to.include('nyreforeningen-kalium');
      expect(scoreRisk({ ...adultMan, 'kidney-disease': kidney }).nextSteps).to.deep.equal([
        'own-diet-advice',
        'pharmacy-before-supplement',
      ]);
    }
    // Magnesium products: add it all up (the dose checker), but not with kidney disease (see the doctor first).
    expect(scoreRisk({ ...adultMan, 'magnesium-products': 'yes' }).nextSteps).to.include('check-total-magnesium');
    expect(scoreRisk({ ...adultMan, 'magnesium-products': 'yes', 'kidney-disease': 'yes' }).nextSteps).to.not.include(
      'check-total-magnesium',
    );
    // Long-term PPI with diuretics: ask about a blood test (MHRA 2012).
    const both = scoreRisk({ ...adultMan, ppi: 'yes', diuretics: 'yes' });
    expect(both.nextSteps).to.include('blood-test-ppi-diuretics');
    expect(both.sourceIds).to.include('mhra-2012-ppi');
  });

  it('pregnancy is derived from the life stage (pregnant or lactating) and is weak evidence', () => {
    for (const stage of ['pregnant', 'lactating'] as const) {
      const report = scoreRisk({ ...adultWoman, 'life-stage': stage });
      expect(report.factors).to.deep.equal(['pregnancy']);
      expect(report.level).to.equal('low');
      expect(report.sourceIds).to.deep.equal(['efsa-2015-magnesium', 'pro-medicin-dk-magnesia']);
    }
    expect(
      scoreRisk({ ...adultWoman, 'age-group': '11-17', 'older-age': undefined, 'life-stage': 'pregnant' }).factors,
    ).to.deep.equal(['pregnancy']);
    expect(scoreRisk(adultWoman).factors).to.deep.equal([]);
  });

  it('answers to questions that do not apply are ignored', () => {
    // A man cannot be pregnant in this quiz; a 15-year-old is not 65+.
    expect(scoreRisk({ ...adultMan, 'life-stage': 'pregnant' }).factors).to.deep.equal([]);
    const teen: Answers = { ...adultMan, 'age-group': '11-17', 'older-age': 'yes' };
    expect(scoreRisk(teen).level).to.equal('low');
    expect(scoreRisk({ ...teen, 'older-age': 'unknown' }).uncertain).to.deep.equal([]);
  });

  it('an unanswered question counts as "not in that group"', () => {
    expect(scoreRisk({ 'age-group': '18+' })).to.include({ level: 'low' });
  });
});

describe('scoreRisk: kidney disease and magnesium products', () => {
  it('kidney disease "yes" or "unknown" is a contraindication and cites its sources; "no" is not', () => {
    for (const answer of ['yes', 'unknown']) {
      const report = scoreRisk({ ...adultMan, 'kidney-disease': answer });
      expect(report.contraindications).to.deep.equal(['kidney-disease']);
      expect(report.level, 'no effect on the level').to.equal('low');
      expect(report.uncertain, 'a contraindication, not a risk factor').to.deep.equal([]);
      expect(report.sourceIds).to.include.members(['pro-medicin-dk-magnesia', 'fass-magnesium-meda']);
    }
    expect(scoreRisk(adultMan).contraindications).to.deep.equal([]);
  });

  it('magnesium products point to the dose checker and never change the level', () => {
    const base = { ...adultMan, diuretics: 'yes' };
    for (const answer of ['yes', 'unknown']) {
      const report = scoreRisk({ ...base, 'magnesium-products': answer });
      expect(report.pointsToDoseChecker).to.equal(true);
      expect(report.level).to.equal('high');
      expect(report.factors).to.deep.equal(['diuretics']);
    }
    expect(scoreRisk(base).pointsToDoseChecker).to.equal(false);
  });

  it('riskFactorEvidence gives the dataset evidence and sources', () => {
    expect(riskFactorEvidence('pregnancy')).to.deep.equal({ evidence: 'weak', sourceIds: ['efsa-2015-magnesium'] });
  });
});

describe('scoreRisk: properties over every complete set of answers', () => {
  const yesNo = fc.constantFrom('yes', 'no', 'unknown');
  // Mostly "no", so that single answers decide the level often enough for the properties to bite.
  const mostlyNo = fc.oneof({ arbitrary: fc.constant('no'), weight: 8 }, { arbitrary: yesNo, weight: 2 });
  const answersArb = fc
    .record({
      'age-group': fc.constantFrom('7-11m', '1-3', '4-10', '11-17', '18+', '11-17', '18+', '18+'),
      sex: fc.constantFrom('female', 'male'),
      'life-stage': fc.constantFrom('pregnant', 'lactating', 'none'),
      'older-age': mostlyNo,
      ...Object.fromEntries(TAIL.map((id) => [id, mostlyNo])),
    })
    .map((answers) => answers as Answers);
  const rank: Record<RiskQuizLevel, number> = { 'not-assessed': -1, unknown: -0.5, low: 0, moderate: 1, high: 2 };
  const RUNS = { numRuns: 1000 };

  it('every generated set passes checkAnswers (the quiz accepts what it scores)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => checkAnswers(answers).ok),
      RUNS,
    );
  });

  it('the level is the strongest evidence among the factors: high iff a strong one, moderate iff a moderate and no strong', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const report = scoreRisk(answers);
        if (report.level === 'not-assessed') return;
        const evidence = report.factors.map((id) => riskFactor(id).evidence);
        const expected = evidence.includes('strong')
          ? 'high'
          : evidence.includes('moderate')
            ? 'moderate'
            : evidence.length > 0 || report.uncertain.length === 0
              ? 'low'
              : 'unknown';
        expect(report.level).to.equal(expected);
      }),
      RUNS,
    );
  });

  it('turning a "no" into "yes" never lowers the level; into "unknown" never changes a level a "yes" set', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...FACTOR_QUESTIONS, 'older-age'), (answers, id) => {
        if (!applicableQuestions(answers).includes(id)) return;
        const asNo = scoreRisk({ ...answers, [id]: 'no' });
        const asYes = scoreRisk({ ...answers, [id]: 'yes' });
        const asUnknown = scoreRisk({ ...answers, [id]: 'unknown' });
        if (asNo.level !== 'unknown') expect(rank[asYes.level]).to.be.at.least(rank[asNo.level]);
        // "Ved ikke" never lowers a level set by a "yes", and never becomes "no risk group".
        if (asNo.factors.length > 0) expect(asUnknown.level).to.equal(asNo.level);
        else expect(asUnknown.level).to.equal('unknown');
      }),
      RUNS,
    );
  });

  it('magnesium-products and kidney-disease never change the level or the factors', () => {
    fc.assert(
      fc.property(answersArb, yesNo, yesNo, (answers, products, kidney) => {
        const a = scoreRisk(answers);
        const b = scoreRisk({ ...answers, 'magnesium-products': products, 'kidney-disease': kidney });
        expect([b.level, b.factors]).to.deep.equal([a.level, a.factors]);
      }),
      RUNS,
    );
  });

  it('factors and uncertain are disjoint, and every source id of a listed factor is in sourceIds', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const report = scoreRisk(answers);
        expect(report.factors.filter((id) => report.uncertain.includes(id))).to.deep.equal([]);
        for (const id of [...report.factors, ...report.uncertain]) {
          expect(report.sourceIds).to.include.members(riskFactor(id).sourceIds);
        }
      }),
      RUNS,
    );
  });
});
