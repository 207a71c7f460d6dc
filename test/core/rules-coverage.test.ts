// Branches of the medical rules (src/rules/) the behaviour tests did not reach: each case here is a real
// input with the expected outcome, added to hold the rules at 100 % line and branch coverage (issue 11).
import { expect } from '@open-wc/testing';
import { elementalMgPerUnit, shownToAgree } from '../../src/rules/dose-checker.js';
import { parseReaderNumber } from '../../src/checks/reader-number.js';
import { doseTableRows, highlightRow } from '../../src/rules/dose-table.js';
import { scoreRisk } from '../../src/rules/risk-quiz.js';
import { add, compare, toDecimal, toNumber } from '../../src/rules/decimal.js';

describe('rules: the remaining branches', () => {
  it('a compound amount without a salt is refused, not guessed', () => {
    expect(() => elementalMgPerUnit({ mgPerUnit: 500, mgBasis: 'compound', unitsPerDay: 1 })).to.throw(
      RangeError,
      /needs a salt/,
    );
  });

  it('a number too large to be finite is not a number the reader typed', () => {
    expect(parseReaderNumber('9'.repeat(400), { decimal: ',', group: '.' }, [])).to.deep.equal({
      ok: false,
      problem: 'not-a-number',
    });
  });

  it('float noise past the maximum decimals: the shown number still agrees with the verdict', () => {
    // 250 + 1e-12 rounds to 250.0000000000 at 10 decimals: shown just above the limit instead.
    const above = shownToAgree(250 + 1e-12, 250);
    expect(above.decimals).to.equal(10);
    expect(above.value).to.be.above(250);
    const below = shownToAgree(250 - 1e-12, 250);
    expect(below.value).to.be.below(250);
  });

  it("a table with a row for the group but none for the reader's sex marks nothing and says so", () => {
    const full = doseTableRows('magnesium');
    const onlyWomen = { ...full, rows: full.rows.filter((row) => row.ageGroup !== '18+' || row.sex === 'female') };
    const highlight = highlightRow('18+', 'male', 'none', onlyWomen);
    expect(highlight.rowIds).to.deep.equal([]);
    expect(highlight.noteIds).to.include('no-row-for-age-group');
  });

  it('a quiz with life stage applicable but not yet answered scores without the pregnancy factor', () => {
    const report = scoreRisk({ 'age-group': '18+', 'older-age': 'no', sex: 'female' });
    expect(JSON.stringify(report)).to.not.include('pregnan');
  });

  it("life-stage rows take their age group's upper limit (calcium, vitamin D, potassium: one row for both sexes)", () => {
    for (const nutrient of ['calcium', 'vitamin-d', 'potassium'] as const) {
      const { rows } = doseTableRows(nutrient);
      for (const row of rows.filter((each) => each.lifeStage !== 'none')) {
        const general = rows.find((each) => each.id === `${row.ageGroup}/any/none`);
        expect(general, `${nutrient} ${row.id}`).to.exist;
        expect(row.upperLimit.value, `${nutrient} ${row.id}`).to.equal(general!.upperLimit.value);
      }
    }
    const calcium = doseTableRows('calcium');
    const general = calcium.rows.find((row) => row.id === '18+/any/none')!;
    const pregnant = calcium.rows.find((row) => row.id === '18+/female/pregnant')!;
    expect(pregnant.upperLimit.value).to.equal(general.upperLimit.value);
    expect(general.upperLimit.value).to.equal(2500);
  });

  it('a table without any row for the age group marks nothing and says so', () => {
    const full = doseTableRows('magnesium');
    const noToddlers = { ...full, rows: full.rows.filter((row) => row.ageGroup !== '1-3') };
    const highlight = highlightRow('1-3', 'female', 'none', noToddlers);
    expect(highlight.rowIds).to.deep.equal([]);
    expect(highlight.noteIds).to.deep.equal(['no-row-for-age-group']);
  });

  it('exact decimals: large and negative numbers, and non-numbers refused', () => {
    expect(toDecimal(1e21)).to.deep.equal({ units: 10n ** 21n, scale: 0 });
    expect(toNumber(toDecimal(1e21))).to.equal(1e21);
    expect(toDecimal(-0.25)).to.deep.equal({ units: -25n, scale: 2 });
    expect(toNumber(add(toDecimal(-0.25), toDecimal(0.05)))).to.equal(-0.2);
    expect(compare(toDecimal(-1), toDecimal(1))).to.equal(-1);
    expect(() => toDecimal(Number.NaN)).to.throw(RangeError, /not a finite number/);
    expect(() => toDecimal(Number.POSITIVE_INFINITY)).to.throw(RangeError);
  });
});
