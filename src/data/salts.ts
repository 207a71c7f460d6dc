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
