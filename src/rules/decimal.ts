// Exact decimal arithmetic for dose totals (REFERENCE-FACTS 0c): amounts and salt fractions are decimals as written,
// so 500 mg × 28.8 % + 106 mg is exactly 250 mg — "at" the limit, never 250.0000000001 "above" it.

/** `units × 10^-scale`, exactly. */
export interface Decimal {
  units: bigint;
  scale: number;
}

/** The decimal a number is written as (its shortest round-trip form: 0.1 → 1 × 10^-1, 1e-7 → 1 × 10^-7). */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`[magnesium-widgets] not a finite number: ${value}`);
  const [mantissa, exponentText] = String(value).toLowerCase().split('e');
  const exponent = Number(exponentText ?? 0);
  const negative = mantissa!.startsWith('-');
  const [whole, fraction = ''] = mantissa!.replace('-', '').split('.');
  let units = BigInt(`${whole}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: negative ? -units : units, scale };
}

const rescale = (value: Decimal, scale: number): bigint => value.units * 10n ** BigInt(scale - value.scale);

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const difference = rescale(a, scale) - rescale(b, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** The number closest to the decimal: read from its digits, so it prints as written (no 250.0000000001). */
export function toNumber(value: Decimal): number {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const cut = digits.length - value.scale;
  const text = value.scale === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return Number(`${negative ? '-' : ''}${text}`);
}

/**
 * A quotient of two numbers without the noise of binary division (1.2 × 100 = 120.00000000000001): rounded to 15
 * significant digits, which a double always holds. Not rounding for display: shown numbers are rounded later.
 */
export function ratio(numerator: number, denominator: number): number {
  return Number((numerator / denominator).toPrecision(15));
}
