// The dataset states the values of ../shared/REFERENCE-FACTS.md, and none of the article's wrong ones.
import { expect } from '@open-wc/testing';
import intake from '../../data/intake.json' with { type: 'json' };
import upperLimits from '../../data/upper-limits.json' with { type: 'json' };
import nutrients from '../../data/nutrients.json' with { type: 'json' };
import salts from '../../data/salts.json' with { type: 'json' };
import interactions from '../../data/interactions.json' with { type: 'json' };
import thresholds from '../../data/thresholds.json' with { type: 'json' };
import riskFactors from '../../data/risk-factors.json' with { type: 'json' };
import symptoms from '../../data/symptoms.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of several shapes, read by field name
type Row = Record<string, any>;
const intakeRows = intake.values as Row[];
const ai = (ageGroup: string, sex: string | null, lifeStage = 'none') =>
  intakeRows.filter(
    (row) =>
      row.kind === 'adequate-intake' && row.ageGroup === ageGroup && row.sex === sex && row.lifeStage === lifeStage,
  );

describe('expected values (REFERENCE-FACTS.md)', () => {
  // §1: NNR 2023 AI (= EFSA 2015 AI), via Livsmedelsverket "Magnesium" and EFSA J 2015;4186.
  const expected: [string, string | null, string, number][] = [
    ['7-11m', null, 'none', 80],
    ['1-3', null, 'none', 170],
    ['4-10', null, 'none', 230],
    ['11-17', 'female', 'none', 250],
    ['11-17', 'male', 'none', 300],
    ['18+', 'female', 'none', 300],
    ['18+', 'male', 'none', 350],
    // §1: EFSA 2015 — no increased need in pregnancy or lactation (NNR 2023 not captured: EFSA only).
    ['18+', 'female', 'pregnant', 300],
    ['18+', 'female', 'lactating', 300],
  ];
  for (const [ageGroup, sex, lifeStage, valueMg] of expected) {
    it(`magnesium AI ${ageGroup} ${sex ?? 'both'} ${lifeStage}: ${valueMg} mg`, () => {
      const rows = ai(ageGroup, sex, lifeStage);
      expect(rows).to.have.length(1);
      expect(rows[0]!.valueMg).to.equal(valueMg);
      expect(rows[0]!.sourceIds).to.include('efsa-2015-magnesium');
    });
  }

  it('pregnancy and lactation AIs cite EFSA 2015 only (NNR 2023 pregnancy value unconfirmed)', () => {
    for (const lifeStage of ['pregnant', 'lactating']) {
      expect(ai('18+', 'female', lifeStage)[0]!.sourceIds).to.deep.equal(['efsa-2015-magnesium']);
    }
  });

  it('EU label reference value: 375 mg (Reg. (EU) 1169/2011 Annex XIII), its own kind', () => {
    const labels = intakeRows.filter((row) => row.kind === 'label-reference');
    expect(labels).to.have.length(1);
    expect(labels[0]!.valueMg).to.equal(375);
    expect(labels[0]!.sourceIds).to.include('eu-reg-1169-2011');
  });

  it('comparisons: NNR 2012 adults 280 / 350; IOM adults 310–320 / 400–420 (§1)', () => {
    const comparisons = intakeRows.filter((row) => row.kind === 'comparison');
    const value = (authority: string, sex: string, from: number) =>
      comparisons.find(
        (row) =>
          row.authority === authority &&
          row.ageGroup === '18+' &&
          row.sex === sex &&
          row.lifeStage === 'none' &&
          row.nativeBand.from === from,
      )?.valueMg;
    expect(value('nnr-2012', 'female', 18)).to.equal(280);
    expect(value('nnr-2012', 'male', 18)).to.equal(350);
    expect(value('iom-1997', 'female', 19)).to.equal(310);
    expect(value('iom-1997', 'female', 31)).to.equal(320);
    expect(value('iom-1997', 'male', 19)).to.equal(400);
    expect(value('iom-1997', 'male', 31)).to.equal(420);
  });

  // §2: EU (SCF 2001 / EFSA UL overview 2018) — 250 mg supplemental Mg from age 4; none under 4.
  it('magnesium UL: none for 7-11m and 1-3, 250 mg from 4 years incl. pregnancy/lactation', () => {
    const byGroup = Object.fromEntries(upperLimits.magnesium.map((row) => [row.ageGroup, row]));
    expect(byGroup['7-11m']!.valueMg).to.equal(null);
    expect(byGroup['1-3']!.valueMg).to.equal(null);
    expect(byGroup['1-3']!.status).to.equal('insufficient-data');
    for (const group of ['4-10', '11-17', '18+']) {
      expect(byGroup[group]!.valueMg).to.equal(250);
      expect(byGroup[group]!.scope).to.equal('supplemental-magnesium');
    }
    expect(byGroup['18+']!.includesLifeStages).to.have.members(['pregnant', 'lactating']);
  });

  it('UL scope: supplements, water, fortified foods; not food (§2)', () => {
    const scope = upperLimits.scopes.find((item) => item.id === 'supplemental-magnesium')!;
    expect(scope.includes).to.have.members(['supplements', 'water', 'fortified-foods']);
    expect(scope.excludes).to.include('food-naturally-containing-magnesium');
  });

  it('UL basis: NOAEL 250, LOAEL about 360–365 mg (SCF 2001)', () => {
    expect(upperLimits.basis).to.include({ noaelMg: 250, loaelMgFrom: 360, loaelMgTo: 365 });
  });

  it('FVST guidance: 65 mg (max 58 per daily dose) for 1–2 years, labelled guidance (§2, Bilag B)', () => {
    const fvst = upperLimits.guidance.find((item) => item.ageGroup === '1-3')!;
    expect(fvst).to.include({ authority: 'fvst', valueMg: 65, maxPerDailyDoseMg: 58 });
    expect(fvst.nativeBand).to.deep.equal({ unit: 'years', from: 1, to: 2 });
  });

  it('FVST guidance 3–10 years (§0c): 239 mg per daily dose, 250 mg as the tolerable level', () => {
    const fvst = upperLimits.guidance.find((item) => item.ageGroup === '4-10')!;
    expect(fvst).to.include({ authority: 'fvst', valueMg: 250, maxPerDailyDoseMg: 239 });
    expect(fvst.nativeBand).to.deep.equal({ unit: 'years', from: 3, to: 10 });
  });

  it('sources a reader can check (§0c): no portal home page, no collective "SmPCs of …", no title that repeats its issuer', () => {
    for (const source of sources) {
      expect(source.title.toLowerCase(), source.id).to.not.equal(source.issuer.toLowerCase());
      expect(source.issuer, source.id).to.not.match(/national medicines agencies/i);
      expect(source.title, source.id).to.not.match(/^SmPCs of/i);
    }
    expect(sources.map((source) => source.id)).to.not.include.members([
      'sundhed-dk',
      'smpcs-magnesium-lowering-medicines',
    ]);
    // Every source that supports a triage rule, an interaction or a risk group names a page or an identifier.
    const cited = new Set([
      ...symptoms.triage.rules.flatMap((rule) => rule.sourceIds),
      ...interactions.medicines.flatMap((item) => item.sourceIds),
      ...riskFactors.factors.flatMap((item) => item.sourceIds),
    ]);
    const unchecked = sources.filter((source) => cited.has(source.id) && !source.url && !source.identifier);
    expect(unchecked.map((source) => source.id)).to.deep.equal([]);
  });

  it('IOM and VKM ULs only as comparisons (§2)', () => {
    const iom = upperLimits.comparisons.filter((item) => item.authority === 'iom-1997').map((item) => item.valueMg);
    expect(iom).to.include.members([65, 110, 350]);
    const vkm = upperLimits.comparisons.filter((item) => item.authority === 'vkm-2016').map((item) => item.valueMg);
    expect(vkm).to.include.members([85, 120, 280, 350]);
  });

  it('§0b salt fractions (C, standard atomic weights)', () => {
    const expectedPercent: Record<string, number> = {
      oxide: 60.3,
      hydroxide: 41.7,
      carbonate: 28.8,
      citrate: 16.2,
      'citrate-nonahydrate': 11.9,
      'citrate-tetradecahydrate': 10.4,
      'hydrogen-citrate': 11.3,
      'citrate-malate': 15,
      bisglycinate: 14.1,
      'bisglycinate-dihydrate': 11.7,
      lactate: 12.0,
      'lactate-dihydrate': 10.2,
      chloride: 25.5,
      'chloride-hexahydrate': 12.0,
      sulfate: 20.2,
      'sulfate-heptahydrate': 9.9,
      malate: 15.5,
      'malate-trihydrate': 11.6,
      aspartate: 8.4,
      'aspartate-dihydrate': 7.5,
      'aspartate-tetrahydrate': 6.7,
      gluconate: 5.9,
      'gluconate-dihydrate': 5.4,
      threonate: 8.3,
      pidolate: 8.7,
      orotate: 7.3,
      'orotate-dihydrate': 6.6,
      taurate: 8.9,
      glycerophosphate: 12.5,
    };
    expect(Object.fromEntries(salts.map((item) => [item.id, item.elementalMgPercent]))).to.deep.equal(expectedPercent);
  });

  it('a bare salt id is the anhydrous form and never below its hydrates (§0b)', () => {
    const percent = Object.fromEntries(salts.map((item) => [item.id, item.elementalMgPercent]));
    for (const item of salts) {
      const base = item.id.replace(
        /-(nonahydrate|tetradecahydrate|dihydrate|trihydrate|tetrahydrate|hexahydrate|heptahydrate)$/,
        '',
      );
      if (base !== item.id) expect(percent[base], item.id).to.be.greaterThan(item.elementalMgPercent);
    }
  });

  it('§0b/0c interaction timings (stricter value wins; dolutegravir 4 h before / 6 h after, Juluca SmPC)', () => {
    const timing = Object.fromEntries(
      interactions.medicines.map((item) => [item.id, [item.hoursBefore, item.hoursAfter]]),
    );
    expect(timing).to.deep.equal({
      tetracyclines: [3, 3],
      fluoroquinolones: [4, 8],
      levothyroxine: [4, 4],
      dolutegravir: [4, 6],
      eltrombopag: [2, 4],
      bisphosphonates: [4, 8],
      digoxin: [4, 4],
      iron: [2, 2],
      'other-integrase-inhibitors': [null, null],
      'other-interacting-medicines': [4, 4],
    });
    const noteOf = (id: string) => interactions.medicines.find((item) => item.id === id)!.noteId;
    expect(noteOf('bisphosphonates')).to.be.a('string');
    expect(noteOf('other-integrase-inhibitors')).to.be.a('string');
    // Stricter wins, and both are cited: Juluca (4 h / 6 h) and Tivicay (2 h / 6 h).
    const dolutegravir = interactions.medicines.find((item) => item.id === 'dolutegravir')!;
    expect(dolutegravir.sourceIds).to.include.members(['smpc-juluca', 'smpc-tivicay']);
  });

  it('kidney: eGFR < 30 contraindicated, 30–60 caution (§0, pro.medicin.dk)', () => {
    const byId = Object.fromEntries(interactions.contraindications.map((item) => [item.id, item]));
    expect(byId['egfr-below-30']!.level).to.equal('contraindicated');
    expect(byId['egfr-below-30']!.interval).to.deep.equal({
      lower: 0,
      upper: 30,
      lowerInclusive: true,
      upperInclusive: false,
    });
    expect(byId['egfr-30-to-60']!.level).to.equal('caution');
    expect(byId['egfr-30-to-60']!.interval).to.include({ lower: 30, upper: 60 });
  });

  it('plasma grades as half-open intervals (§0b, Metodebok 2024; normal RN PRI)', () => {
    const grades = Object.fromEntries(thresholds.plasmaGrades.map((item) => [item.id, item.interval]));
    expect(grades['severe']).to.deep.equal({ lower: null, upper: 0.5, lowerInclusive: false, upperInclusive: false });
    expect(grades['moderate']).to.deep.equal({ lower: 0.5, upper: 0.66, lowerInclusive: true, upperInclusive: false });
    expect(grades['mild']).to.deep.equal({ lower: 0.66, upper: 0.7, lowerInclusive: true, upperInclusive: false });
    expect(grades['normal']).to.deep.equal({ lower: 0.7, upper: 1.1, lowerInclusive: true, upperInclusive: true });
    expect(grades['high']).to.deep.equal({ lower: 1.1, upper: null, lowerInclusive: false, upperInclusive: false });
    expect(thresholds.plasmaGrades.find((item) => item.id === 'normal')!.noteId).to.equal(
      'normal-does-not-rule-out-depletion',
    );
  });

  it('other nutrients, adults (§7): calcium RI 1000 at 18–24 and 950 from 25 years (NNR 2023, EFSA 2015)', () => {
    const byId = Object.fromEntries(nutrients.map((item) => [item.id, item as Row]));
    const adult = (id: string, measure: string) =>
      byId[id]!.intakes.filter(
        (row: Row) => row.ageGroup === '18+' && row.measure === measure && row.lifeStage === 'none',
      ).map((row: Row) => [row.value, row.nativeBand?.from ?? null, row.nativeBand?.to ?? null]);
    const ul = (id: string, ageGroup: string) => byId[id]!.upperLimits.find((row: Row) => row.ageGroup === ageGroup);
    expect(adult('calcium', 'recommended-intake')).to.deep.equal([
      [1000, 18, 24],
      [950, 25, null],
    ]);
    expect(adult('calcium', 'average-requirement')).to.deep.equal([[750, 25, null]]);
    expect(ul('calcium', '18+')).to.include({ value: 2500, scope: 'total-intake' });
    expect(byId['calcium']!.labelReference.value).to.equal(800);
    expect(ul('vitamin-d', '18+')).to.include({ value: 100, scope: 'total-intake' });
    expect(ul('vitamin-d', '11-17')).to.include({ value: 100, scope: 'total-intake' });
    expect(ul('vitamin-d', '1-3')).to.include({ value: 50 });
    expect(ul('vitamin-d', '4-10')).to.include({ value: 50 });
    expect(byId['vitamin-d']!.labelReference.value).to.equal(5);
    expect(adult('potassium', 'adequate-intake')).to.deep.equal([[3500, null, null]]);
    expect(ul('potassium', '18+')).to.include({ value: null, status: 'none' });
    expect(byId['potassium']!.labelReference.value).to.equal(2000);
  });

  it('vitamin D (§0c): NNR 2023 RI 10 µg for children and adults, 20 µg from 75 years; no row says "not here"', () => {
    const vitaminD = nutrients.find((item) => item.id === 'vitamin-d')! as Row;
    const ri = (ageGroup: string) =>
      vitaminD.intakes
        .filter((row: Row) => row.ageGroup === ageGroup && row.measure === 'recommended-intake')
        .map((row: Row) => [row.value, row.nativeBand?.from ?? null, row.nativeBand?.to ?? null]);
    for (const ageGroup of ['7-11m', '1-3', '4-10', '11-17'])
      expect(ri(ageGroup), ageGroup).to.deep.equal([[10, null, null]]);
    expect(ri('18+')).to.deep.equal([
      [10, 18, 74],
      [20, 75, null],
    ]);
  });

  it('the Danish vitamin D advice (§0c): 10 µg under 4 and in pregnancy, 5–10 µg in winter from 4, 20 µg with calcium over 70', () => {
    const advice = Object.fromEntries(
      (nutrients.find((item) => item.id === 'vitamin-d')!.nationalAdvice as Row[]).map((item: Row) => [item.id, item]),
    );
    expect(advice['dk-vitamin-d-small-children']).to.include({ value: 10, fromWeeks: 2, toYears: 4 });
    expect(advice['dk-vitamin-d-pregnant-lactating']).to.include({ value: 10, valueMax: null });
    expect(advice['dk-vitamin-d-winter-from-4']).to.include({ value: 5, valueMax: 10, fromYears: 4 });
    expect(advice['dk-vitamin-d-over-70']).to.include({ value: 20, fromYears: 70 });
    expect(advice['dk-vitamin-d-over-70']!.withCalciumMg).to.deep.equal([800, 1000]);
    for (const item of Object.values(advice)) expect((item as Row).sourceIds).to.deep.equal(['fvst-d-vitamin']);
  });

  it('calcium and potassium children (NNR 2023 / EFSA): values only where the bands fit, else in their own bands', () => {
    const values = (id: string, ageGroup: string) =>
      (nutrients.find((item) => item.id === id)! as Row).intakes
        .filter(
          (row: Row) => row.ageGroup === ageGroup && row.lifeStage === 'none' && row.measure !== 'average-requirement',
        )
        .map((row: Row) => [row.value, row.nativeBand?.from ?? null, row.nativeBand?.to ?? null]);
    expect(values('calcium', '7-11m')).to.deep.equal([[310, null, null]]);
    expect(values('calcium', '1-3')).to.deep.equal([[450, null, null]]);
    expect(values('calcium', '4-10')).to.deep.equal([[800, null, null]]);
    expect(values('calcium', '11-17')).to.deep.equal([[1150, null, null]]);
    expect(values('potassium', '7-11m')).to.deep.equal([[750, null, null]]);
    expect(values('potassium', '1-3')).to.deep.equal([[800, null, null]]);
    // EFSA's own bands do not fit 4–10 and 11–17: both values, each with its band.
    expect(values('potassium', '4-10')).to.deep.equal([
      [1100, 4, 6],
      [1800, 7, 10],
    ]);
    expect(values('potassium', '11-17')).to.deep.equal([
      [2700, 11, 14],
      [3500, 15, 17],
    ]);
  });

  it('risk factors and evidence (§0b)', () => {
    const evidence = Object.fromEntries(riskFactors.factors.map((item) => [item.id, item.evidence]));
    expect(evidence).to.deep.equal({
      alcohol: 'strong',
      malabsorption: 'strong',
      'chronic-diarrhoea': 'strong',
      laxatives: 'strong',
      ppi: 'strong',
      diuretics: 'strong',
      'magnesium-lowering-medicines': 'strong',
      'type-2-diabetes': 'moderate',
      'older-age': 'moderate',
      'low-intake-diet': 'moderate',
      pregnancy: 'weak',
      athlete: 'weak',
      stress: 'weak',
    });
    expect(riskFactors.contraindications.map((item) => item.id)).to.deep.equal(['kidney-disease']);
    expect(riskFactors.magnesiumSources.map((item) => item.id)).to.deep.equal(['magnesium-products']);
  });

  it('symptoms and body systems (§0b, 0c: signs without clinical support have no body system)', () => {
    const systems: Record<string, string[]> = {};
    for (const item of symptoms.symptoms) (systems[item.system ?? 'not-documented'] ??= []).push(item.id);
    expect(systems).to.deep.equal({
      'muscles-nerves': [
        'muscle-cramps',
        'twitching',
        'tremor',
        'tingling',
        'muscle-weakness',
        'tetany',
        'seizure',
        'stroke-signs',
        'sudden-severe-headache',
        'confusion',
      ],
      'heart-circulation': [
        'palpitations',
        'irregular-pulse',
        'chest-pain',
        'fainting',
        'near-fainting',
        'dizziness',
        'breathing-difficulty',
      ],
      'stomach-general': ['nausea', 'vomiting', 'poor-appetite', 'constipation', 'fatigue'],
      'not-documented': ['headache', 'sleep-problems', 'restless-legs', 'irritability', 'poor-concentration'],
    });
    for (const item of symptoms.symptoms) expect(item.documented, item.id).to.equal(item.system !== undefined);
    // Constipation is cited to DES NBV ("træthed, muskelkramper, anoreksi og obstipation").
    expect(symptoms.symptoms.find((item) => item.id === 'constipation')!.sourceIds).to.deep.equal([
      'des-nbv-hypomagnesiaemi',
    ]);
  });

  it('triage: which symptom triggers which level (§0b, 0c: near-fainting, no "3 signs in 2 systems")', () => {
    const level: Record<string, string[]> = {};
    for (const rule of symptoms.triage.rules as Row[]) {
      if (rule.anyOf && !rule.allOf) (level[rule.level] ??= []).push(...rule.anyOf);
    }
    expect(level['emergency']).to.have.members([
      'chest-pain',
      'fainting',
      'seizure',
      'stroke-signs',
      'breathing-difficulty',
      'sudden-severe-headache',
      'confusion',
    ]);
    expect(level['urgent']).to.have.members(['tetany', 'vomiting', 'near-fainting']);
    expect(level['doctor']).to.have.members(['palpitations', 'irregular-pulse', 'muscle-weakness']);
    const combined = (symptoms.triage.rules as Row[]).filter((rule) => rule.allOf);
    expect(combined.map((rule) => [rule.level, rule.allOf, [...rule.anyOf].sort()])).to.deep.equal([
      ['emergency', ['near-fainting'], ['irregular-pulse', 'palpitations']],
      ['urgent', ['dizziness'], ['irregular-pulse', 'palpitations']],
    ]);
    expect((symptoms.triage.rules as Row[]).some((rule) => rule.minSystems)).to.equal(false);
    expect(symptoms.triage.levels).to.deep.equal(['none', 'self-care', 'doctor', 'urgent', 'emergency']);
  });
});

describe("the article's wrong values are not EU / NNR 2023 values (§9)", () => {
  const euOrNnr = intakeRows.filter((row) => row.kind === 'adequate-intake');

  it('no 280 mg adequate intake for anyone (NNR 2012 value, contradiction 2)', () => {
    expect(euOrNnr.map((row) => row.valueMg)).to.not.include(280);
  });

  it('375 mg is only the label reference value, never an intake (contradiction 1)', () => {
    expect(euOrNnr.map((row) => row.valueMg)).to.not.include(375);
    expect(intakeRows.filter((row) => row.valueMg === 375).map((row) => row.kind)).to.deep.equal(['label-reference']);
  });

  it('child AIs are not the NNR 2012 values 85 / 120 / 200 / 280 (contradiction 4)', () => {
    for (const row of euOrNnr.filter((item) => item.ageGroup !== '18+')) {
      expect([85, 120, 200, 280, 350]).to.not.include(row.valueMg);
    }
  });

  it('pregnancy and lactation are not raised to 350 / 360 (contradiction 5)', () => {
    for (const row of euOrNnr.filter((item) => item.lifeStage !== 'none')) expect(row.valueMg).to.equal(300);
  });

  it('no EU child UL of 230, 110 or 65; no EU UL under 4 years (contradictions 6–8)', () => {
    for (const row of upperLimits.magnesium) {
      expect([230, 110, 65]).to.not.include(row.valueMg);
    }
    expect(upperLimits.magnesium.filter((row) => row.valueMg !== null).map((row) => row.ageGroup)).to.have.members([
      '4-10',
      '11-17',
      '18+',
    ]);
  });

  it('65 mg appears only as FVST guidance and IOM comparison, never as the EU limit', () => {
    expect(upperLimits.guidance.filter((row) => row.valueMg === 65).map((row) => row.authority)).to.deep.equal([
      'fvst',
    ]);
    expect(upperLimits.comparisons.filter((row) => row.valueMg === 65).map((row) => row.authority)).to.deep.equal([
      'iom-1997',
    ]);
  });

  it('the same 250 applies to every age from 4 (contradiction 9)', () => {
    const set = upperLimits.magnesium.filter((row) => row.valueMg !== null).map((row) => row.valueMg);
    expect(new Set(set)).to.deep.equal(new Set([250]));
  });

  it("no interaction is shortened to the article's flat 2 h where a source asks more (contradiction 12)", () => {
    const after = Object.fromEntries(interactions.medicines.map((item) => [item.id, item.hoursAfter]));
    expect(after['fluoroquinolones']).to.be.at.least(4);
    expect(after['dolutegravir']).to.be.at.least(6);
    expect(after['eltrombopag']).to.be.at.least(4);
    expect(after['levothyroxine']).to.be.at.least(4);
  });

  it('pregnancy, athletes and stress are weak evidence, not established risk groups (contradiction 14)', () => {
    for (const id of ['pregnancy', 'athlete', 'stress']) {
      expect(riskFactors.factors.find((item) => item.id === id)!.evidence).to.equal('weak');
    }
  });

  it('the vitamin D label value is 5 µg, not 10 (contradiction 19)', () => {
    expect(nutrients.find((item) => item.id === 'vitamin-d')!.labelReference.value).to.equal(5);
  });

  it('calcium: NNR 2023 RI is 950 from 25 years (1000 at 18–24), not 800–1000; 800 is the label value (contradiction 18)', () => {
    const calcium = nutrients.find((item) => item.id === 'calcium')!;
    const adults = calcium.intakes
      .filter((row) => row.ageGroup === '18+' && row.lifeStage === 'none' && row.measure === 'recommended-intake')
      .map((row) => row.value);
    expect(adults).to.deep.equal([1000, 950]);
    expect(calcium.intakes.some((row) => row.ageGroup === '18+' && row.value === 800)).to.equal(false);
    expect(calcium.labelReference.value).to.equal(800);
  });
});
