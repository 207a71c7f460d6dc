// components/base/format.ts: formatNumber skips Intl (its first use on a page is slow), so its own path must write
// exactly what Intl.NumberFormat writes, in every widget locale, for any value and any number of decimals.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatNumber, formatPercent } from '../../components/base/format.js';
import { ensureLocalization, setLocale } from '../../components/localization.js';
import { allLocales } from '../../src/locale.js';

describe('formatNumber', () => {
  before(() => ensureLocalization());
  after(() => setLocale('auto'));

  for (const locale of allLocales) {
    it(`${locale}: writes what Intl.NumberFormat writes`, async () => {
      await setLocale(locale);
      const intl = (value: number, max: number, min: number) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits: max, minimumFractionDigits: min }).format(value);
      const cases: Array<[number, number, number]> = [
        [0, 1, 0],
        [-0, 1, 0],
        [250, 1, 0],
        [250.2, 1, 0],
        [100.08, 1, 0],
        [0.7, 2, 2],
        [1.005, 2, 0],
        [2.675, 2, 0],
        [999.95, 1, 0],
        [999.94, 1, 0],
        [1234.5, 1, 0],
        [999999.96, 1, 0],
        [1e21, 1, 0],
        [12345678.25, 1, 1],
        [-3, 1, 0],
        [60.3, 1, 0],
        [0.05, 1, 0],
      ];
      for (const [value, max, min] of cases)
        expect(formatNumber(value, max, min), `${value}`).to.equal(intl(value, max, min));
      fc.assert(
        fc.property(
          fc.oneof(
            fc.double({ min: 0, max: 1100, noNaN: true }),
            fc.double({ min: 0, max: 1e14, noNaN: true }),
            fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
            fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000 + 0.0005),
            fc.integer({ min: 0, max: 2_000_000_000 }),
          ),
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: 0, max: 4 }),
          (value, max, min) => {
            const maximum = Math.max(max, min);
            expect(formatNumber(value, maximum, min)).to.equal(intl(value, maximum, min));
          },
        ),
        { numRuns: 3000 },
      );
    });
  }

  it('percentages still come from Intl (the per-locale percent sign and space)', async () => {
    await setLocale('da');
    expect(formatPercent(42)).to.equal(new Intl.NumberFormat('da', { style: 'percent' }).format(0.42));
  });
});
