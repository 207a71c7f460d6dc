// The dose table's rules: rows per nutrient from the dataset, the article's wrong values absent, the highlight rules.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DOSE_TABLE_NUTRIENTS,
  doseTableRows,
  highlightRow,
  isDoseTableNutrient,
  type DoseTableRow,
} from '../../src/rules/dose-table.js';
import { intakeFor, upperLimitFor } from '../../src/data/index.js';
import { isSourceId } from '../../src/data/sources.js';
import type { AgeGroupId, LifeStage, Sex } from '../../src/schema/common.js';

const RUNS = { numRuns: 2000 };
const AGE_GROUPS: AgeGroupId[] = ['7-11m', '1-3', '4-10', '11-17', '18+'];
const byId = (rows: DoseTableRow[], id: string) => {
  const row = rows.find((item) => item.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('doseTableRows: magnesium', () => {
  const table = doseTableRows('magnesium');

  it('has every age group, split by sex where values differ, plus pregnancy and lactation, in age order', () => {
    expect(table.rows.map((row) => row.id)).to.deep.equal([
      '7-11m/any/none',
      '1-3/any/none',
      '4-10/any/none',
      '11-17/female/none',
      '11-17/male/none',
      '18+/female/none',
      '18+/male/none',
      '18+/female/pregnant',
      '18+/female/lactating',
    ]);
    expect(table.unit).to.equal('mg');
  });

  it('shows the NNR 2023 / EFSA adequate intake of each row (80, 170, 230, 250/300, 300/350, 300, 300)', () => {
    const intake = (id: string) => byId(table.rows, id).intakes.map((item) => [item.value, item.measure]);
    expect(intake('7-11m/any/none')).to.deep.equal([[80, 'adequate-intake']]);
    expect(intake('1-3/any/none')).to.deep.equal([[170, 'adequate-intake']]);
    expect(intake('4-10/any/none')).to.deep.equal([[230, 'adequate-intake']]);
    expect(intake('11-17/female/none')).to.deep.equal([[250, 'adequate-intake']]);
    expect(intake('11-17/male/none')).to.deep.equal([[300, 'adequate-intake']]);
    expect(intake('18+/female/none')).to.deep.equal([[300, 'adequate-intake']]);
    expect(intake('18+/male/none')).to.deep.equal([[350, 'adequate-intake']]);
    expect(intake('18+/female/pregnant')).to.deep.equal([[300, 'adequate-intake']]);
    expect(intake('18+/female/lactating')).to.deep.equal([[300, 'adequate-intake']]);
    // And each equals the accessor's value (the dataset is the only place numbers live).
    for (const row of table.rows) {
      expect(row.intakes[0]!.value).to.equal(intakeFor(row.ageGroup, row.sex, row.lifeStage).valueMg);
    }
  });

  it('never gives the article’s wrong values: no 280 mg for adult women, no 230 or 110 mg as an EU limit', () => {
    expect(byId(table.rows, '18+/female/none').intakes.map((item) => item.value)).not.to.include(280);
    for (const row of table.rows) {
      expect([230, 110, 65]).not.to.include(row.upperLimit.value);
      expect(row.upperLimit.value === null || row.upperLimit.value === 250, row.id).to.equal(true);
    }
  });

  it('under 4 years there is no EU upper limit (null, not a number), with the doctor note; FVST 1–2 y as labelled guidance', () => {
    const infants = byId(table.rows, '7-11m/any/none');
    const toddlers = byId(table.rows, '1-3/any/none');
    expect([infants.upperLimit.value, infants.upperLimit.status]).to.deep.equal([null, 'none']);
    expect([toddlers.upperLimit.value, toddlers.upperLimit.status]).to.deep.equal([null, 'insufficient-data']);
    expect(infants.noteIds).to.include('no-eu-limit-doctor-advice');
    expect(toddlers.noteIds).to.include('no-eu-limit-doctor-advice');
    expect(toddlers.upperLimit.guidance).to.deep.equal([
      {
        authority: 'fvst',
        value: 65,
        maxPerDailyDose: 58,
        nativeBand: { unit: 'years', from: 1, to: 2 },
        sourceIds: ['fvst-kosttilskud-bilag-b'],
      },
    ]);
    expect(toddlers.sourceIds).to.include('fvst-kosttilskud-bilag-b');
  });

  it('from 4 years the limit is 250 mg of supplemental magnesium, pregnancy and lactation included', () => {
    for (const row of table.rows.filter((item) => !['7-11m', '1-3'].includes(item.ageGroup))) {
      expect(row.upperLimit.value).to.equal(upperLimitFor(row.ageGroup).valueMg);
      expect(row.upperLimit.value).to.equal(250);
      expect(row.upperLimit.scope).to.equal('supplemental-magnesium');
    }
    expect(byId(table.rows, '18+/female/pregnant').noteIds).to.deep.equal([
      'no-extra-need-in-pregnancy-or-lactation',
      'limit-includes-pregnancy-and-lactation',
    ]);
    expect(table.upperLimitScope).to.equal('supplemental-magnesium');
    expect(table.scopeDetails!.excludes).to.deep.equal(['food-naturally-containing-magnesium']);
  });

  it('explains the label value (375 mg) and the limit’s basis (mild diarrhoea from about 360–365 mg)', () => {
    expect(table.labelReference.value).to.equal(375);
    expect(table.labelReference.sourceIds).to.include('eu-reg-1169-2011');
    expect(table.upperLimitBasis).to.deep.include({ noael: 250, loaelFrom: 360, loaelTo: 365 });
  });

  it('has no comparisons unless asked; with compare, other authorities are labelled by authority and band', () => {
    expect(table.comparisonCount).to.equal(0);
    const compared = doseTableRows('magnesium', { compare: true });
    const women = byId(compared.rows, '18+/female/none').comparisons;
    expect(women.filter((item) => item.value === 280).map((item) => item.authority)).to.deep.equal(['nnr-2012']);
    const children = byId(compared.rows, '4-10/any/none').comparisons;
    const iom110 = children.find((item) => item.value === 110)!;
    expect([iom110.kind, iom110.authority, iom110.nativeBand]).to.deep.equal([
      'upper-limit',
      'iom-1997',
      { unit: 'years', from: 4, to: 8 },
    ]);
    const vkm = children.find((item) => item.authority === 'vkm-2016')!;
    expect([vkm.value, vkm.valueMax]).to.deep.equal([120, 200]);
    // The value shown as *the* limit is unchanged by compare.
    expect(byId(compared.rows, '4-10/any/none').upperLimit.value).to.equal(250);
  });

  it('every row carries resolvable source ids, and the table lists them all', () => {
    const compared = doseTableRows('magnesium', { compare: true });
    for (const row of compared.rows) {
      expect(row.sourceIds.length, row.id).to.be.greaterThan(0);
      for (const id of row.sourceIds) {
        expect(isSourceId(id), id).to.equal(true);
        expect(compared.sourceIds).to.include(id);
      }
    }
    expect(compared.sourceIds).to.include.members(['iom-1997', 'vkm-2016-magnesium', 'nnr-2012', 'scf-2001-magnesium']);
  });
});

describe('doseTableRows: other nutrients', () => {
  it('vitamin D is in µg, its limit covers total intake, every age group has its limit (35, 50, 50, 100, 100 µg)', () => {
    const table = doseTableRows('vitamin-d');
    expect(table.unit).to.equal('ug');
    expect(table.upperLimitScope).to.equal('total-intake');
    expect(table.rows.map((row) => [row.id, row.upperLimit.value])).to.deep.equal([
      ['7-11m/any/none', 35],
      ['1-3/any/none', 50],
      ['4-10/any/none', 50],
      ['11-17/any/none', 100],
      ['18+/any/none', 100],
    ]);
    expect(table.labelReference.value).to.equal(5);
  });

  it('vitamin D has values in every row (0c): RI 10 µg, and 20 µg from 75 years; no "Ikke med her", no "ask the doctor"', () => {
    const table = doseTableRows('vitamin-d');
    const ri = (id: string) =>
      byId(table.rows, id)
        .intakes.filter((item) => item.measure === 'recommended-intake')
        .map((item) => [item.value, item.nativeBand?.from ?? null]);
    for (const id of ['7-11m/any/none', '1-3/any/none', '4-10/any/none', '11-17/any/none'])
      expect(ri(id), id).to.deep.equal([[10, null]]);
    expect(ri('18+/any/none')).to.deep.equal([
      [10, 18],
      [20, 75],
    ]);
    for (const row of table.rows) {
      expect(row.intakes.length, row.id).to.be.above(0);
      expect(row.noteIds, row.id).to.deep.equal([]);
    }
    // The Danish recommendations are a labelled note beside the table, cited, never the values in force.
    expect(table.nationalAdvice.map((item) => item.id)).to.deep.equal([
      'dk-vitamin-d-small-children',
      'dk-vitamin-d-pregnant-lactating',
      'dk-vitamin-d-winter-from-4',
      'dk-vitamin-d-over-70',
    ]);
    expect(table.sourceIds).to.include('fvst-d-vitamin');
    expect(table.intakeNote, 'its supplement advice stands below it').to.equal(null);
  });

  it('calcium: a row per age group (NNR 2023 RI 310, 450, 800, 1150; adults 1000 at 18–24, 950 from 25), limits by EFSA', () => {
    const table = doseTableRows('calcium');
    expect(table.rows.map((row) => row.id)).to.deep.equal([
      '7-11m/any/none',
      '1-3/any/none',
      '4-10/any/none',
      '11-17/any/none',
      '18+/any/none',
      '18+/female/pregnant',
      '18+/female/lactating',
    ]);
    const values = (id: string) => byId(table.rows, id).intakes.map((item) => [item.value, item.measure]);
    expect(values('7-11m/any/none')).to.deep.equal([[310, 'recommended-intake']]);
    expect(values('11-17/any/none')).to.deep.equal([[1150, 'recommended-intake']]);
    const adults = byId(table.rows, '18+/any/none');
    expect(adults.intakes.map((item) => [item.value, item.nativeBand])).to.deep.equal([
      [1000, { unit: 'years', from: 18, to: 24 }],
      [950, { unit: 'years', from: 25, to: null }],
      [750, { unit: 'years', from: 25, to: null }],
    ]);
    expect([adults.upperLimit.value, adults.upperLimit.scope]).to.deep.equal([2500, 'total-intake']);
    // EFSA 2012 set no limit for children (insufficient data): said so, not left blank.
    expect(byId(table.rows, '4-10/any/none').upperLimit).to.include({ value: null, status: 'insufficient-data' });
    expect(table.labelReference.value).to.equal(800);
    expect(table.intakeNote).to.equal('from-food');
  });

  it("potassium: EFSA AI per age group, in EFSA's own bands where they do not fit ours; no upper limit set", () => {
    const table = doseTableRows('potassium');
    expect(table.rows.map((row) => [row.id, row.intakes.map((item) => item.value)])).to.deep.equal([
      ['7-11m/any/none', [750]],
      ['1-3/any/none', [800]],
      ['4-10/any/none', [1100, 1800]],
      ['11-17/any/none', [2700, 3500]],
      ['18+/any/none', [3500]],
      ['18+/female/lactating', [4000]],
    ]);
    expect(byId(table.rows, '4-10/any/none').intakes.map((item) => item.nativeBand)).to.deep.equal([
      { unit: 'years', from: 4, to: 6 },
      { unit: 'years', from: 7, to: 10 },
    ]);
    for (const row of table.rows) expect([row.upperLimit.value, row.upperLimit.status]).to.deep.equal([null, 'none']);
    expect(table.upperLimitScope).to.equal(null);
  });

  it('magnesium: the intake is total intake from food, and what too much looks like is cited (0c)', () => {
    const table = doseTableRows('magnesium');
    expect(table.intakeNote).to.equal('from-food');
    expect(table.tooMuch!.sourceIds).to.include.members(['laegenoter-hypermagnesiaemi', 'pro-medicin-dk-magnesia']);
    expect(table.sourceIds).to.include.members(table.tooMuch!.sourceIds);
    expect(doseTableRows('calcium').tooMuch).to.equal(null);
  });

  it('accepts exactly the four nutrient ids', () => {
    expect(DOSE_TABLE_NUTRIENTS.every(isDoseTableNutrient)).to.equal(true);
    for (const bad of ['zinc', 'Magnesium', '', null, 42, 'vitamin_d'])
      expect(isDoseTableNutrient(bad)).to.equal(false);
  });
});

describe('highlightRow', () => {
  it('marks the reader’s row: women 18+', () => {
    expect(highlightRow('18+', 'female', 'none')).to.deep.include({ rowIds: ['18+/female/none'], problem: null });
  });

  it('marks both rows of a sex-split age group when the sex is not given', () => {
    expect(highlightRow('11-17', null).rowIds).to.deep.equal(['11-17/female/none', '11-17/male/none']);
  });

  it('one row for both sexes where the values do not differ', () => {
    expect(highlightRow('4-10', 'male').rowIds).to.deep.equal(['4-10/any/none']);
  });

  it('pregnant or lactating adults get their own row; a missing sex implies female', () => {
    expect(highlightRow('18+', null, 'pregnant').rowIds).to.deep.equal(['18+/female/pregnant']);
    expect(highlightRow('18+', 'female', 'lactating').rowIds).to.deep.equal(['18+/female/lactating']);
  });

  it('pregnant or lactating at 11–17 marks the girls’ row with the EFSA note (no extra need)', () => {
    for (const stage of ['pregnant', 'lactating'] as const) {
      const highlight = highlightRow('11-17', null, stage);
      expect(highlight.rowIds).to.deep.equal(['11-17/female/none']);
      expect(highlight.noteIds).to.deep.equal(['no-extra-need-in-pregnancy-or-lactation']);
      expect(highlight.problem).to.equal(null);
      expect(highlight.sourceIds).to.include('efsa-2015-magnesium');
    }
  });

  it('a life stage with male, or under 11 years, is bad input and is ignored', () => {
    const male = highlightRow('18+', 'male', 'pregnant');
    expect([male.problem, male.rowIds, male.used.lifeStage]).to.deep.equal([
      'life-stage-with-male',
      ['18+/male/none'],
      'none',
    ]);
    for (const ageGroup of ['7-11m', '1-3', '4-10'] as const) {
      const child = highlightRow(ageGroup, null, 'lactating');
      expect(child.problem).to.equal('life-stage-under-11');
      expect(child.rowIds).to.deep.equal([`${ageGroup}/any/none`]);
    }
  });

  it('no age group: nothing marked; a life stage without a row of its own marks the general row and says so', () => {
    expect(highlightRow(null, 'female').rowIds).to.deep.equal([]);
    const calcium = highlightRow('4-10', null, 'none', doseTableRows('calcium'));
    expect([calcium.rowIds, calcium.noteIds]).to.deep.equal([['4-10/any/none'], []]);
    const pregnantVitaminD = highlightRow('18+', null, 'pregnant', doseTableRows('vitamin-d'));
    expect([pregnantVitaminD.rowIds, pregnantVitaminD.noteIds]).to.deep.equal([
      ['18+/any/none'],
      ['general-row-for-life-stage'],
    ]);
  });

  const ageGroup = fc.constantFrom<AgeGroupId | null>(null, ...AGE_GROUPS);
  const sex = fc.constantFrom<Sex | null>(null, 'female', 'male');
  const lifeStage = fc.constantFrom<LifeStage>('none', 'pregnant', 'lactating');
  const nutrient = fc.constantFrom(...DOSE_TABLE_NUTRIENTS);

  it('property: a problem exactly for a life stage with male or under 11; marked rows are in the table, of the age group, never of the other sex', () => {
    fc.assert(
      fc.property(ageGroup, sex, lifeStage, nutrient, fc.boolean(), (age, reader, stage, id, compare) => {
        const table = doseTableRows(id, { compare });
        const highlight = highlightRow(age, reader, stage, table);
        const expectProblem =
          stage !== 'none' && (reader === 'male' || (age !== null && ['7-11m', '1-3', '4-10'].includes(age)));
        expect(highlight.problem !== null).to.equal(expectProblem);
        const marked = table.rows.filter((row) => highlight.rowIds.includes(row.id));
        expect(marked).to.have.length(highlight.rowIds.length);
        for (const row of marked) {
          expect(row.ageGroup).to.equal(age);
          const sexUsed = highlight.used.lifeStage !== 'none' ? 'female' : reader;
          if (sexUsed !== null && row.sex !== null) expect(row.sex).to.equal(sexUsed);
          if (highlight.used.lifeStage === 'none') expect(row.lifeStage).to.equal('none');
        }
        // Whenever the table has a row for the age group, something is marked.
        if (age !== null && table.rows.some((row) => row.ageGroup === age)) expect(marked.length).to.be.greaterThan(0);
        else expect(marked).to.have.length(0);
      }),
      RUNS,
    );
  });

  it('property: no limit is a number without status "set", and compare never changes the values shown as the value', () => {
    fc.assert(
      fc.property(nutrient, (id) => {
        const plain = doseTableRows(id);
        const compared = doseTableRows(id, { compare: true });
        for (const [index, row] of plain.rows.entries()) {
          expect(row.upperLimit.value !== null).to.equal(row.upperLimit.status === 'set');
          expect(compared.rows[index]!.intakes).to.deep.equal(row.intakes);
          expect(compared.rows[index]!.upperLimit).to.deep.equal(row.upperLimit);
          expect(row.comparisons).to.deep.equal([]);
        }
      }),
      { numRuns: 50 },
    );
  });
});
