// Numbers as readers type them in the dose checker's fields: the page language's decimal comma or point, its
// thousands mark, and the field's own unit ("150 mg", "2 stk"). Never a silent conversion of another unit.

/** How a locale writes numbers: its decimal mark and its thousands mark. */
export interface NumberMarks {
  decimal: ',' | '.';
  /** `.` (da, nb, de), `,` (en), or a space (sv, fi: a space or a no-break space). */
  group: '.' | ',' | ' ';
}

export type ReaderNumber =
  | { ok: true; value: number }
  /** `empty`: nothing typed; `not-a-number`: no number; `unit`: another unit than the field's (e.g. "1 g"). */
  | { ok: false; problem: 'empty' | 'not-a-number' | 'unit'; unit?: string };

const SPACE = /[\s\u00a0\u202f]/;

/**
 * Reads what a reader typed. In locales that group thousands with `.` (da, nb, de) a dot followed by exactly three
 * digits is a thousands mark ("1.000" → 1000), otherwise a decimal point ("1.5" → 1.5); a comma is always the
 * decimal mark there. In `en` a comma followed by three digits groups thousands ("1,000"), and "1,5" is 1.5. In
 * sv and fi a space or no-break space groups thousands ("1 000"). `units`: the words that may follow the number
 * (the field's own unit, compared without case and a trailing dot), e.g. `['mg']` or `['stk', 'tabl', 'kaps']`.
 */
export function parseReaderNumber(text: string, marks: NumberMarks, units: readonly string[]): ReaderNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const match = /^([\d\s\u00a0\u202f.,]*\d)\s*([^\d\s.,][^\d]*)?$/u.exec(trimmed) ?? /^([.,]\d+)$/.exec(trimmed);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const unit = (match[2] ?? '').trim();
  if (unit !== '') {
    const known = units.some((allowed) => normaliseUnit(allowed) === normaliseUnit(unit));
    if (!known) return { ok: false, problem: 'unit', unit };
  }
  let number = match[1]!;
  if (marks.group === ' ') number = number.replace(/(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g, '$1');
  else if (marks.group === '.') number = groupsOf(number, '.');
  else number = groupsOf(number, ',');
  if (SPACE.test(number)) return { ok: false, problem: 'not-a-number' };
  const normalised = number.replace(',', '.');
  if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(normalised)) return { ok: false, problem: 'not-a-number' };
  const value = Number(normalised);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not-a-number' };
}

/** Drops `mark` where it groups thousands: before exactly three digits that end the number or meet the decimal. */
function groupsOf(number: string, mark: '.' | ','): string {
  const decimal = mark === '.' ? ',' : '.';
  const [whole, ...rest] = number.split(decimal);
  const grouped = new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`);
  const wholeNumber = grouped.test(whole!) ? whole!.split(mark).join('') : whole!;
  return rest.length > 0 ? `${wholeNumber}${decimal}${rest.join(decimal)}` : wholeNumber;
}

const normaliseUnit = (unit: string): string => unit.toLowerCase().replace(/\.$/, '').trim();
