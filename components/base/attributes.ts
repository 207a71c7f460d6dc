// Parsing helpers for attribute values shared by the elements.

/** Splits a space-separated id list, keeping the ids `isValid` accepts (once each, in order) and collecting the rest. */
export function parseTokens(value: unknown, isValid: (id: string) => boolean): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  const list = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/\s+/)
      : value == null
        ? []
        : [value];
  for (const item of list) {
    if (item === '') continue;
    if (typeof item === 'string' && isValid(item)) {
      if (!valid.includes(item)) valid.push(item);
    } else {
      invalid.push(typeof item === 'string' ? item : String(item));
    }
  }
  return { valid, invalid };
}
