// Accessors for age groups, sexes and life stages (data/age-groups.json).
import ageGroupsJson from '../../data/age-groups.json' with { type: 'json' };
import type { AgeGroupsFile, AgeGroup } from '../schema/age-groups.js';
import type { AgeGroupId, LifeStage, Sex } from '../schema/common.js';
import { UnknownIdError } from './errors.js';

const file = ageGroupsJson as AgeGroupsFile;

export type { AgeGroupId, LifeStage, Sex };

export function ageGroupIds(): AgeGroupId[] {
  return file.groups.map((group) => group.id);
}

export function isAgeGroup(value: unknown): value is AgeGroupId {
  return typeof value === 'string' && file.groups.some((group) => group.id === value);
}

export function isSex(value: unknown): value is Sex {
  return typeof value === 'string' && (file.sexes as string[]).includes(value);
}

export function isLifeStage(value: unknown): value is LifeStage {
  return typeof value === 'string' && (file.lifeStages as string[]).includes(value);
}

export function sexes(): Sex[] {
  return [...file.sexes];
}

export function lifeStages(): LifeStage[] {
  return [...file.lifeStages];
}

export function ageGroup(id: string): AgeGroup {
  const group = file.groups.find((item) => item.id === id);
  if (!group) throw new UnknownIdError('age-group', id);
  return group;
}

/** The age group for an age in whole months (e.g. 30 → `1-3`); `null` under 7 months. */
export function ageGroupForMonths(months: number): AgeGroupId | null {
  const group = file.groups.find(
    (item) => months >= item.fromMonths && (item.toMonths === null || months < item.toMonths),
  );
  return group ? group.id : null;
}
