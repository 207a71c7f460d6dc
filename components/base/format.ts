// Number and unit formatting in the widget locale. Intl formats the number; unit labels are messages
// (Intl.NumberFormat rejects milligram, microgram and millimole-per-liter units). A no-break space keeps
// the number and its unit on one line at 320 px.
import { msg, str } from '@lit/localize';
import { getLocale } from '../localization.js';

/** A number in the widget locale (`1.234,5` in da), with at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, maximumFractionDigits = 1, minimumFractionDigits = 0): string {
  return new Intl.NumberFormat(getLocale(), { maximumFractionDigits, minimumFractionDigits }).format(value);
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
  return new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits }).format(value / 100);
}
