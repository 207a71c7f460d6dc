// Number and unit formatting in the widget locale. Plain numbers are written here exactly as Intl would write
// them (tested against Intl), percentages by Intl; unit labels are messages (Intl.NumberFormat rejects
// milligram, microgram and millimole-per-liter units). A no-break space keeps the number and its unit on one
// line at 320 px.
import { msg, str } from '@lit/localize';
import { getLocale } from '../localization.js';
import type { NumberMarks } from '../../src/checks/reader-number.js';
import registry from '../../registry.json' with { type: 'json' };

/** Formatters by locale and options: creating an Intl.NumberFormat costs far more than using one. */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = getLocale();
  const key = `${locale} ${options.style} ${options.minimumFractionDigits} ${options.maximumFractionDigits}`;
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = new Intl.NumberFormat(locale, options)));
  return cached;
}

/**
 * Decimal mark and thousands separator of each widget locale (registry.json; Latin digits, groups of three from
 * 1,000). The first Intl.NumberFormat on a page loads locale data (tens of ms on a phone), and the numbers we show are
 * plain, so formatNumber writes them itself. test/elements/format.test.ts checks it against Intl in every locale.
 */
const marks: Record<string, [decimal: string, group: string]> = Object.fromEntries(
  Object.entries(registry.locales).map(([locale, { decimal, group }]) => [locale, [decimal, group]]),
);

/** How the widget locale writes numbers, for reading what a reader types (src/checks/reader-number.ts). */
export function numberMarks(): NumberMarks {
  const [decimal, group] = marks[getLocale()] ?? ['.', ','];
  return {
    decimal: decimal as NumberMarks['decimal'],
    group: group === '\u00a0' ? ' ' : (group as NumberMarks['group']),
  };
}

/** `value` as Intl would write it, for 0 ≤ value < 10^15 in a locale with known marks; otherwise undefined. */
function formatPlain(value: number, maximumFractionDigits: number, minimumFractionDigits: number): string | undefined {
  const [mark, group] = marks[getLocale()] ?? [];
  // Intl rounds the shortest decimal that reads back as the value ("1.005" → "1.01"), half up, as done here
  // on its digits (BigInt: exact at any length).
  const shortest = String(value);
  if (!mark || !(value >= 0 && value < 1e15) || Object.is(value, -0) || /e/.test(shortest)) return undefined;
  if (minimumFractionDigits > maximumFractionDigits) return undefined;
  const [whole, fraction = ''] = shortest.split('.');
  const digits = String(
    BigInt(whole! + fraction.slice(0, maximumFractionDigits).padEnd(maximumFractionDigits, '0')) +
      BigInt(Number(fraction[maximumFractionDigits] ?? 0) >= 5),
  ).padStart(maximumFractionDigits + 1, '0');
  const cut = digits.length - maximumFractionDigits;
  const kept = digits.slice(cut).replace(/0+$/, '').padEnd(minimumFractionDigits, '0');
  const grouped = digits.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, group!);
  return kept ? `${grouped}${mark}${kept}` : grouped;
}

/** A number in the widget locale (`1.234,5` in da), with at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, maximumFractionDigits = 1, minimumFractionDigits = 0): string {
  return (
    formatPlain(value, maximumFractionDigits, minimumFractionDigits) ??
    formatter({ maximumFractionDigits, minimumFractionDigits }).format(value)
  );
}

/** An amount in milligrams, in the widget locale (a decimal comma in da). */
export const formatMg = (value: number, maximumFractionDigits = 1): string =>
  msg(str`${formatNumber(value, maximumFractionDigits)} mg`, { id: 'unit.mg-amount' });

/** An amount in micrograms, in the widget locale. */
export const formatMicrograms = (value: number, maximumFractionDigits = 1): string =>
  msg(str`${formatNumber(value, maximumFractionDigits)} µg`, { id: 'unit.microgram-amount' });

/** A plasma concentration in millimoles per litre, two decimals (da writes mmol/l, en mmol/L). */
export const formatMmolPerL = (value: number): string =>
  msg(str`${formatNumber(value, 2, 2)} mmol/l`, { id: 'unit.mmol-per-l-amount' });

/** "42 %" (Danish puts a space before %, English none): Intl's percent style gets it right per locale. */
export function formatPercent(value: number, maximumFractionDigits = 0): string {
  return formatter({ style: 'percent', maximumFractionDigits }).format(value / 100);
}

/** Today's date in the widget locale ("2. december 2026"), for copied and printed results. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long' }).format(date);
}
