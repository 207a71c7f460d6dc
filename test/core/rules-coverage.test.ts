// Branches of the medical rules (src/rules/) the behaviour tests did not reach: each case here is a real
// input with the expected outcome, added to hold the rules at 100 % line and branch coverage (issue 11).
import { expect } from '@open-wc/testing';
import { elementalMgPerUnit, shownToAgree } from '../../src/rules/dose-checker.js';
import { parseReaderNumber } from '../../src/checks/reader-number.js';
import { doseTableRows, highlightRow } from '../../src/rules/dose-table.js';
import { scoreRisk } from '../../src/rules/risk-quiz.js';

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
});
