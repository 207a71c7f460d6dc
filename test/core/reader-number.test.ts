// Numbers as readers type them (issue 16, decision 15): the page language's own marks, the field's own unit only.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseReaderNumber, type NumberMarks } from '../../src/checks/reader-number.js';

const da: NumberMarks = { decimal: ',', group: '.' };
const en: NumberMarks = { decimal: '.', group: ',' };
const sv: NumberMarks = { decimal: ',', group: ' ' };
const read = (text: string, marks: NumberMarks, units: string[] = []) => parseReaderNumber(text, marks, units);
const value = (text: string, marks: NumberMarks, units: string[] = []) => {
  const result = read(text, marks, units);
  return result.ok ? result.value : result.problem;
};

describe('parseReaderNumber', () => {
  it('da, nb, de: a dot before exactly three digits groups thousands; otherwise it and the comma are decimal marks', () => {
    expect(value('1.000', da)).to.equal(1000);
    expect(value('2.500', da)).to.equal(2500);
    expect(value('1.000.000', da)).to.equal(1000000);
    expect(value('1.000,5', da)).to.equal(1000.5);
    expect(value('1.5', da)).to.equal(1.5);
    expect(value('1,5', da)).to.equal(1.5);
    expect(value('12.25', da)).to.equal(12.25);
    expect(value(' 150 ', da)).to.equal(150);
  });

  it('en: a comma before exactly three digits groups thousands; "1,5" is 1.5', () => {
    expect(value('1,000', en)).to.equal(1000);
    expect(value('1,000.5', en)).to.equal(1000.5);
    expect(value('1,5', en)).to.equal(1.5);
    expect(value('1.125', en)).to.equal(1.125);
  });

  it('sv, fi: a space or no-break space groups thousands', () => {
    expect(value('1 000', sv)).to.equal(1000);
    expect(value('1\u00a0000', sv)).to.equal(1000);
    expect(value('10 000', sv)).to.equal(10000);
    expect(value('1,5', sv)).to.equal(1.5);
    expect(value('1 5', sv)).to.equal('not-a-number');
  });

  it("only the field's own unit may follow; another unit is named, never converted", () => {
    expect(value('150 mg', da, ['mg'])).to.equal(150);
    expect(value('150mg', da, ['mg'])).to.equal(150);
    expect(value('150 MG', da, ['mg'])).to.equal(150);
    expect(value('2 stk.', da, ['stk', 'tabl', 'kaps'])).to.equal(2);
    expect(value('2 tabl.', da, ['stk', 'tabl', 'kaps'])).to.equal(2);
    expect(read('1 g', da, ['mg'])).to.deep.equal({ ok: false, problem: 'unit', unit: 'g' });
    expect(read('500 µg', da, ['mg'])).to.deep.equal({ ok: false, problem: 'unit', unit: 'µg' });
    expect(read('150 mg', da, [])).to.deep.equal({ ok: false, problem: 'unit', unit: 'mg' });
  });

  it('refuses what is not a number: empty, letters, signs, exponents, fractions', () => {
    expect(value('', da)).to.equal('empty');
    for (const bad of ['abc', '-1', '1e3', '½', '1,2,3', '+5']) expect(value(bad, da), bad).to.equal('not-a-number');
  });

  it('property: every number the page itself writes (with its thousands marks) reads back as that number', () => {
    const formats: Array<[string, NumberMarks]> = [
      ['da', da],
      ['de', da],
      ['nb', { decimal: ',', group: ' ' }],
      ['en', en],
      ['sv', sv],
      ['fi', sv],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 2 }), (cents, decimals) => {
        const number = Number((cents / 100).toFixed(decimals));
        for (const [locale, marks] of formats) {
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(number);
          expect(value(text, marks), `${locale} ${text}`).to.equal(number);
        }
      }),
      { numRuns: 500 },
    );
  });
});
