// Checks the dose checker's `products` as sites pass them; mirrors ProductSchema (a property test proves it).
import { isSaltId, saltIds } from '../data/salts.js';
import type { CheckIssue, CheckResult } from './result.js';

export interface Product {
  name?: string | undefined;
  salt?: string | undefined;
  mgPerUnit: number;
  mgBasis?: 'elemental' | 'compound' | undefined;
  unitsPerDay: number;
  unitsPerPack?: number | undefined;
}

export const PRODUCT_LIMITS = {
  mgPerUnitMax: 5000,
  unitsPerDayMax: 20,
  unitsPerDayStep: 0.5,
  unitsPerPackMin: 1,
  unitsPerPackMax: 10000,
} as const;

const PRODUCT_FIELDS = new Set(['name', 'salt', 'mgPerUnit', 'mgBasis', 'unitsPerDay', 'unitsPerPack']);
const MG_BASES = ['elemental', 'compound'] as const;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function isMgPerUnit(value: unknown): value is number {
  return isNumber(value) && value > 0 && value <= PRODUCT_LIMITS.mgPerUnitMax;
}

export function isUnitsPerDay(value: unknown): value is number {
  return isNumber(value) && value > 0 && value <= PRODUCT_LIMITS.unitsPerDayMax && Number.isInteger(value * 2);
}

export function isUnitsPerPack(value: unknown): value is number {
  return (
    isNumber(value) &&
    Number.isInteger(value) &&
    value >= PRODUCT_LIMITS.unitsPerPackMin &&
    value <= PRODUCT_LIMITS.unitsPerPackMax
  );
}

function productIssues(value: unknown, prefix: string): CheckIssue[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ field: prefix, accepted: { kind: 'object' } }];
  }
  const record = value as Record<string, unknown>;
  const field = (name: string): string => (prefix === '' ? name : `${prefix}.${name}`);
  const issues: CheckIssue[] = [];
  // for…in, like zod: inherited enumerable keys count as unknown fields too.
  for (const key in record) {
    if (!PRODUCT_FIELDS.has(key)) issues.push({ field: field(key), accepted: { kind: 'absent' } });
  }
  if (record['name'] !== undefined && typeof record['name'] !== 'string') {
    issues.push({ field: field('name'), accepted: { kind: 'string' } });
  }
  if (record['salt'] !== undefined && !isSaltId(record['salt'])) {
    issues.push({ field: field('salt'), accepted: { kind: 'one-of', values: saltIds() } });
  }
  if (!isMgPerUnit(record['mgPerUnit'])) {
    issues.push({
      field: field('mgPerUnit'),
      accepted: { kind: 'number', min: 0, minExclusive: true, max: PRODUCT_LIMITS.mgPerUnitMax },
    });
  }
  const basis = record['mgBasis'];
  if (basis !== undefined && basis !== 'elemental' && basis !== 'compound') {
    issues.push({ field: field('mgBasis'), accepted: { kind: 'one-of', values: MG_BASES } });
  }
  if (!isUnitsPerDay(record['unitsPerDay'])) {
    issues.push({
      field: field('unitsPerDay'),
      accepted: {
        kind: 'number',
        min: 0,
        minExclusive: true,
        max: PRODUCT_LIMITS.unitsPerDayMax,
        step: PRODUCT_LIMITS.unitsPerDayStep,
      },
    });
  }
  if (record['unitsPerPack'] !== undefined && !isUnitsPerPack(record['unitsPerPack'])) {
    issues.push({
      field: field('unitsPerPack'),
      accepted: {
        kind: 'number',
        min: PRODUCT_LIMITS.unitsPerPackMin,
        max: PRODUCT_LIMITS.unitsPerPackMax,
        integer: true,
      },
    });
  }
  if (basis === 'compound' && record['salt'] === undefined) {
    issues.push({ field: field('salt'), accepted: { kind: 'required-when', field: 'mgBasis', value: 'compound' } });
  }
  return issues;
}

/** One product: `{ name?, salt?, mgPerUnit, mgBasis?, unitsPerDay, unitsPerPack? }`. */
export function checkProduct(value: unknown): CheckResult<Product> {
  const issues = productIssues(value, '');
  return issues.length === 0 ? { ok: true, value: value as Product } : { ok: false, issues };
}

export interface ProductsResult {
  ok: boolean;
  /** The products that passed, so a widget can keep them while it warns about the rest. */
  valid: Product[];
  issues: CheckIssue[];
}

/** A list of products; fields of item 2 are reported as `[2].mgPerUnit`. */
export function checkProducts(value: unknown): ProductsResult {
  if (!Array.isArray(value)) return { ok: false, valid: [], issues: [{ field: '', accepted: { kind: 'array' } }] };
  const valid: Product[] = [];
  const issues: CheckIssue[] = [];
  value.forEach((item, index) => {
    const found = productIssues(item, `[${index}]`);
    if (found.length === 0) valid.push(item as Product);
    else issues.push(...found);
  });
  return { ok: issues.length === 0, valid, issues };
}
