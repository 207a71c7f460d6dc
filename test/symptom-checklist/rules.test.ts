// assessSymptoms: the triage rules of REFERENCE-FACTS 0b, as worked examples and as properties (fast-check).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assessSymptoms,
  bloodTestFacts,
  emergencySigns,
  isAtLeast,
  type SymptomLevel,
} from '../../src/rules/symptom-checklist.js';
import { UnknownIdError } from '../../src/data/errors.js';
import { isSourceId } from '../../src/data/sources.js';
import { symptomIds, symptomSystem } from '../../src/data/symptoms.js';

// The rule table written out from REFERENCE-FACTS 0b and 0c, independently of data/symptoms.json, so a wrong
// rule in the data fails these tests instead of agreeing with itself.
const EMERGENCY = [
  'chest-pain',
  'fainting',
  'seizure',
  'stroke-signs',
  'breathing-difficulty',
  'sudden-severe-headache',
  'confusion',
];
/** 0c: near-fainting with palpitations or an irregular pulse goes to 112, as fainting does. */
const EMERGENCY_COMBINATIONS = [
  ['near-fainting', 'palpitations'],
  ['near-fainting', 'irregular-pulse'],
];
const URGENT_TRIGGERS = [
  ['tetany'],
  ['vomiting'],
  ['near-fainting'],
  ['dizziness', 'palpitations'],
  ['dizziness', 'irregular-pulse'],
];
const DOCTOR_SIGNS = ['palpitations', 'irregular-pulse', 'muscle-weakness'];
/** 0c: often mentioned, not documented signs of deficiency: they never raise a level on their own. */
const NOT_DOCUMENTED = ['sleep-problems', 'restless-legs', 'poor-concentration', 'headache', 'irritability'];
const ORDER: SymptomLevel[] = ['none', 'self-care', 'doctor', 'urgent', 'emergency'];

const all = symptomIds();
const has = (ids: readonly string[], group: string[][]) => group.some((set) => set.every((id) => ids.includes(id)));
const isEmergency = (ids: readonly string[]) =>
  ids.some((id) => EMERGENCY.includes(id)) || has(ids, EMERGENCY_COMBINATIONS);
const nonEmergency = all.filter((id) => !EMERGENCY.includes(id));
const hasUrgentTrigger = (ids: readonly string[]) => has(ids, URGENT_TRIGGERS);

const selection = fc.uniqueArray(fc.constantFrom(...all), { maxLength: all.length });
const withoutEmergency = fc
  .uniqueArray(fc.constantFrom(...nonEmergency), { maxLength: nonEmergency.length })
  .filter((ids) => !has(ids, EMERGENCY_COMBINATIONS));

describe('assessSymptoms: worked examples', () => {
  it('nothing ticked: none, no systems, no red flags, no rules', () => {
    expect(assessSymptoms([])).to.deep.include({ selected: [], systems: [], redFlags: [], level: 'none', ruleIds: [] });
  });

  it('one unspecific sign: self-care', () => {
    const result = assessSymptoms(['fatigue']);
    expect(result).to.deep.include({ level: 'self-care', systems: ['stomach-general'], redFlags: [] });
    expect(result.ruleIds).to.deep.equal(['self-care-any']);
  });

  it('3 signs in 2 systems stay self-care: the "3 signs in 2 systems" rule had no guidance source (0c)', () => {
    const result = assessSymptoms(['nausea', 'muscle-cramps', 'twitching']);
    expect(result.level).to.equal('self-care');
    expect(result.systems).to.deep.equal(['muscles-nerves', 'stomach-general']);
  });

  it('signs without support in clinical guidance never raise a level on their own (0c)', () => {
    const result = assessSymptoms(NOT_DOCUMENTED);
    expect(result.level).to.equal('none');
    expect(result.undocumented).to.deep.equal([
      'headache',
      'sleep-problems',
      'restless-legs',
      'irritability',
      'poor-concentration',
    ]);
    expect(result.systems).to.deep.equal([]);
    expect(result.why).to.deep.equal(['undocumented']);
    expect(result.next).to.deep.equal(['undocumented-only']);
    // Beside a documented sign they change nothing either.
    expect(assessSymptoms(['fatigue', 'headache', 'sleep-problems']).level).to.equal('self-care');
  });

  it('near-fainting (0c): with palpitations or an irregular pulse 112; alone a doctor the same day', () => {
    const alone = assessSymptoms(['near-fainting']);
    expect(alone.level).to.equal('urgent');
    expect(alone.why).to.include('near-fainting');
    for (const heart of ['palpitations', 'irregular-pulse']) {
      const result = assessSymptoms(['near-fainting', heart]);
      expect(result.level, heart).to.equal('emergency');
      expect(result.redFlags).to.have.members(['near-fainting', heart]);
      expect(result.why).to.include('near-fainting-with-heart-signs');
      expect(result.why, 'the same-day line does not show under 112').to.not.include('near-fainting');
    }
    // Fainting itself stays 112.
    expect(assessSymptoms(['fainting']).level).to.equal('emergency');
  });

  it('palpitations alone (0c): usually harmless, naming only the signs ticked', () => {
    expect(assessSymptoms(['palpitations']).why).to.deep.equal(['systems', 'palpitations', 'unspecific']);
    expect(assessSymptoms(['irregular-pulse']).why).to.include('irregular-pulse');
    expect(assessSymptoms(['palpitations', 'irregular-pulse']).why).to.include('palpitations-and-irregular-pulse');
    expect(assessSymptoms(['muscle-weakness']).why).to.deep.equal(['systems', 'muscle-weakness', 'unspecific']);
  });

  it('flag notes: an emergency sign gets the emergency instruction; an urgent one the urgent, none at emergency level', () => {
    expect(assessSymptoms(['tetany']).flagNotes).to.deep.equal([{ id: 'tetany', level: 'urgent' }]);
    expect(assessSymptoms(['confusion']).flagNotes).to.deep.equal([{ id: 'confusion', level: 'emergency' }]);
    // Tetany (urgent) beside sudden confusion (emergency): only the emergency instruction, beside confusion.
    expect(assessSymptoms(['tetany', 'confusion']).flagNotes).to.deep.equal([{ id: 'confusion', level: 'emergency' }]);
    expect(assessSymptoms(['fatigue']).flagNotes).to.deep.equal([]);
  });

  it('guidance ids per level: what the result says and advises', () => {
    const self = assessSymptoms(['fatigue']);
    expect(self.why).to.deep.equal(['systems', 'unspecific']);
    expect(self.next).to.deep.equal(['self-care', 'blood-test', 'blood-test-when', 'meanwhile', 'watch']);
    expect(assessSymptoms(['muscle-weakness']).next).to.deep.equal([
      'doctor',
      'blood-test',
      'blood-test-when',
      'meanwhile',
      'watch',
    ]);
    const urgent = assessSymptoms(['tetany']);
    expect(urgent.why).to.deep.equal(['systems']);
    expect(urgent.next).to.deep.equal(['blood-test', 'blood-test-when', 'meanwhile', 'watch']);
    const emergency = assessSymptoms(['chest-pain', 'palpitations']);
    expect(emergency.why).to.deep.equal(['systems']);
    expect(emergency.next).to.deep.equal([]);
    expect(assessSymptoms([])).to.deep.include({ why: [], next: [] });
  });

  it('muscle cramps: magnesium rarely helps ordinary night-time leg cramps (Cochrane 2020), cited', () => {
    const result = assessSymptoms(['muscle-cramps']);
    expect(result.why).to.include('night-cramps');
    expect(result.sourceIds).to.include('cochrane-2020-magnesium-cramps');
    // Under a higher level the urgent guidance says what matters.
    expect(assessSymptoms(['muscle-cramps', 'tetany']).why).to.not.include('night-cramps');
  });

  it('when to ask about a blood test: long-term PPI with digoxin or diuretics (MHRA), low K or Ca (DES NBV), cited', () => {
    const result = assessSymptoms(['fatigue']);
    expect(result.sourceIds).to.include.members(['mhra-2012-ppi', 'des-nbv-hypomagnesiaemi', 'rn-pri-hypomagnesiaemi']);
  });

  it('3 signs in 1 system stay self-care (3 symptoms but only 1 system < 2)', () => {
    expect(assessSymptoms(['muscle-cramps', 'twitching', 'tremor']).level).to.equal('self-care');
  });

  it('2 signs in 2 systems stay self-care (2 symptoms < 3)', () => {
    expect(assessSymptoms(['muscle-cramps', 'fatigue']).level).to.equal('self-care');
  });

  it('palpitations alone: doctor; with dizziness: urgent, and both are red flags', () => {
    expect(assessSymptoms(['palpitations']).level).to.equal('doctor');
    const result = assessSymptoms(['palpitations', 'dizziness', 'fatigue']);
    expect(result.level).to.equal('urgent');
    expect(result.redFlags).to.deep.equal(['palpitations', 'dizziness']);
  });

  it('dizziness alone is not urgent', () => {
    expect(assessSymptoms(['dizziness']).level).to.equal('self-care');
  });

  it('chest pain with tetany: emergency; both are red flags, the unspecific sign is not', () => {
    const result = assessSymptoms(['fatigue', 'tetany', 'chest-pain']);
    expect(result.level).to.equal('emergency');
    expect(result.redFlags).to.deep.equal(['tetany', 'chest-pain']);
  });

  it('selected is in dataset order without repeats; order of input does not matter', () => {
    const a = assessSymptoms(['fatigue', 'muscle-cramps', 'fatigue']);
    expect(a.selected).to.deep.equal(['muscle-cramps', 'fatigue']);
    expect(assessSymptoms(['muscle-cramps', 'fatigue'])).to.deep.equal(a);
  });

  it('unknown ids throw UnknownIdError', () => {
    expect(() => assessSymptoms(['no-such-symptom'])).to.throw(UnknownIdError);
    expect(() => assessSymptoms(['__proto__'])).to.throw(UnknownIdError);
  });

  it('every report cites sources that exist, including each matching rule', () => {
    const result = assessSymptoms(['vomiting']);
    expect(result.sourceIds).to.include.members(['region-hovedstaden-1813', 'rn-pri-hypomagnesiaemi']);
    expect(result.sourceIds.every(isSourceId)).to.be.true;
  });

  it('the emergency signs shown at all times: the seven of REFERENCE-FACTS 0b and the near-fainting combination', () => {
    const signs = emergencySigns();
    expect([...signs.symptomIds].sort()).to.deep.equal([...EMERGENCY].sort());
    expect(signs.combinationRuleIds).to.deep.equal(['emergency-near-fainting-with-heart-signs']);
    expect(signs.sourceIds).to.include('rm-alarm-112');
    expect(signs.sourceIds.every(isSourceId)).to.be.true;
  });

  it('blood test: below 0.70 mmol/L is low (REFERENCE-FACTS 0), cited', () => {
    const facts = bloodTestFacts();
    expect(facts.lowBelowMmolPerL).to.equal(0.7);
    expect(facts.sourceIds).to.include('des-nbv-hypomagnesiaemi');
  });

  it('isAtLeast orders the levels', () => {
    expect(isAtLeast('urgent', 'doctor')).to.be.true;
    expect(isAtLeast('self-care', 'doctor')).to.be.false;
    expect(isAtLeast('none', 'none')).to.be.true;
  });
});

describe('assessSymptoms: properties (the issue\'s "Done when")', () => {
  it('any selection containing an emergency sign yields emergency', () => {
    fc.assert(
      fc.property(selection, fc.constantFrom(...EMERGENCY), (ids, sign) => {
        expect(assessSymptoms([...ids, sign]).level).to.equal('emergency');
      }),
    );
  });

  it('any selection containing an urgent trigger and no emergency sign yields urgent', () => {
    fc.assert(
      fc.property(withoutEmergency, fc.constantFrom(...URGENT_TRIGGERS), (ids, trigger) => {
        fc.pre(!isEmergency([...ids, ...trigger]));
        expect(assessSymptoms([...ids, ...trigger]).level).to.equal('urgent');
      }),
    );
  });

  it('any selection with near-fainting and palpitations or an irregular pulse yields emergency', () => {
    fc.assert(
      fc.property(selection, fc.constantFrom(...EMERGENCY_COMBINATIONS), (ids, combination) => {
        expect(assessSymptoms([...ids, ...combination]).level).to.equal('emergency');
      }),
    );
  });

  it('no selection without an emergency sign or combination yields emergency', () => {
    fc.assert(
      fc.property(withoutEmergency, (ids) => {
        expect(assessSymptoms(ids).level).not.to.equal('emergency');
      }),
    );
  });

  it('the level never drops when a symptom is added', () => {
    fc.assert(
      fc.property(selection, fc.constantFrom(...all), (ids, added) => {
        const before = ORDER.indexOf(assessSymptoms(ids).level);
        const after = ORDER.indexOf(assessSymptoms([...ids, added]).level);
        expect(after).to.be.at.least(before);
      }),
    );
  });

  it('the whole table: the level is what REFERENCE-FACTS 0b gives for every selection', () => {
    fc.assert(
      fc.property(selection, (ids) => {
        const documented = ids.filter((id) => !NOT_DOCUMENTED.includes(id));
        const expected: SymptomLevel =
          documented.length === 0
            ? 'none'
            : isEmergency(documented)
              ? 'emergency'
              : hasUrgentTrigger(documented)
                ? 'urgent'
                : documented.some((id) => DOCTOR_SIGNS.includes(id))
                  ? 'doctor'
                  : 'self-care';
        expect(assessSymptoms(ids).level).to.equal(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('red flags are the ticked emergency signs and urgent triggers, and only they', () => {
    fc.assert(
      fc.property(selection, (ids) => {
        const result = assessSymptoms(ids);
        const expected = new Set(
          ids.filter((id) => EMERGENCY.includes(id) || ['tetany', 'vomiting', 'near-fainting'].includes(id)),
        );
        for (const trigger of [...URGENT_TRIGGERS, ...EMERGENCY_COMBINATIONS].filter(
          (t) => t.length > 1 && t.every((id) => ids.includes(id)),
        )) {
          trigger.forEach((id) => expected.add(id));
        }
        expect([...result.redFlags].sort()).to.deep.equal([...expected].sort());
        expect(result.redFlags.length > 0).to.equal(isAtLeast(result.level, 'urgent'));
      }),
    );
  });

  it('systems are exactly the systems of the ticked signs; selected is the set ticked', () => {
    fc.assert(
      fc.property(selection, (ids) => {
        const result = assessSymptoms(ids);
        const systems = new Set(ids.flatMap((id) => symptomSystem(id) ?? []));
        expect([...result.systems].sort()).to.deep.equal([...systems].sort());
        expect([...result.undocumented].sort()).to.deep.equal(ids.filter((id) => NOT_DOCUMENTED.includes(id)).sort());
        expect([...result.selected].sort()).to.deep.equal([...ids].sort());
        expect(result.sourceIds.every(isSourceId)).to.be.true;
      }),
    );
  });
});
