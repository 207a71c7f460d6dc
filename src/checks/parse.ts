// Attribute parsing: space-separated id lists and decimals with `.` as the decimal point.

export interface IdListResult<T extends string> {
  valid: T[];
  invalid: string[];
}

/**
 * Splits a space-separated attribute (or takes an array) into the ids
 * `isValid` accepts and those it does not, keeping order and dropping repeats.
 */
export function parseIdList<T extends string>(value: unknown, isValid: (id: unknown) => id is T): IdListResult<T> {
  const items: unknown[] =
    typeof value === 'string' ? value.split(/\s+/).filter((item) => item !== '') : Array.isArray(value) ? value : [];
  const valid: T[] = [];
  const invalid: string[] = [];
  for (const item of items) {
    if (isValid(item)) {
      if (!valid.includes(item)) valid.push(item);
    } else {
      const text = printable(item);
      if (!invalid.includes(text)) invalid.push(text);
    }
  }
  if (value !== null && value !== undefined && typeof value !== 'string' && !Array.isArray(value)) {
    invalid.push(printable(value));
  }
  return { valid, invalid };
}

/** `String(x)`, except that it never throws (a null-prototype object has no toString). */
function printable(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** A decimal number written with `.` (`"2.5"`, `"-1"`, `".5"`); `null` for anything else (`"2,5"`, `"1e3"`, `""`). */
export function parseDecimal(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!DECIMAL.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}
