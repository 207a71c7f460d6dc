// Salt-form accessors (data/salts.json): ids and elemental magnesium fractions.
import saltsJson from '../../data/salts.json' with { type: 'json' };
import type { Salt, SaltsFile } from '../schema/salts.js';
import { UnknownIdError } from './errors.js';

const salts = saltsJson as SaltsFile;
const byId = new Map(salts.map((salt) => [salt.id, salt]));

export function saltIds(): string[] {
  return salts.map((salt) => salt.id);
}

export function isSaltId(value: unknown): value is string {
  return typeof value === 'string' && byId.has(value);
}

export function salt(id: string): Salt {
  const found = byId.get(id);
  if (!found) throw new UnknownIdError('salt', id);
  return found;
}

/** Elemental magnesium as a fraction of the compound's mass (oxide → 0.603). */
export function elementalFraction(id: string): number {
  return salt(id).elementalMgPercent / 100;
}

/** The salt family a form belongs to: the id of its anhydrous (or mixed) entry, e.g. `citrate-nonahydrate` → `citrate`. */
export function saltFamily(id: string): string {
  const item = salt(id);
  const family = salts.find(
    (other) => other.form === item.form && (other.hydrate === 'anhydrous' || other.hydrate === 'mixed'),
  );
  return family?.id ?? id;
}

/** Whether a salt also comes with water of crystallisation in the dataset (then its anhydrous form says so). */
export function hasHydrates(id: string): boolean {
  const item = salt(id);
  return salts.some((other) => other.id !== id && other.form === item.form);
}
