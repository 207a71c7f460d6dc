// Magnesium upper-limit accessors (data/upper-limits.json).
import upperLimitsJson from '../../data/upper-limits.json' with { type: 'json' };
import type { AgeGroupId } from '../schema/common.js';
import type {
  UpperLimitComparison,
  UpperLimitGuidance,
  UpperLimitScope,
  UpperLimitStatus,
  UpperLimitsFile,
} from '../schema/upper-limits.js';
import { UnknownIdError } from './errors.js';

const file = upperLimitsJson as UpperLimitsFile;

export interface UpperLimitResult {
  ageGroup: AgeGroupId;
  /** EFSA/SCF supplemental magnesium UL; `null` = no EU limit (under 4 years). */
  valueMg: number | null;
  status: UpperLimitStatus;
  /** What the limit counts: supplements, water and fortified foods, not food. */
  scope: UpperLimitScope;
  sourceIds: string[];
  /** Danish FVST guidance for this age group, shown only as a labelled note. */
  guidance: UpperLimitGuidance[];
}

export function upperLimitFor(ageGroup: AgeGroupId): UpperLimitResult {
  const row = file.magnesium.find((limit) => limit.ageGroup === ageGroup);
  if (!row) throw new UnknownIdError('age-group', ageGroup);
  return {
    ageGroup,
    valueMg: row.valueMg,
    status: row.status,
    scope: upperLimitScope(row.scope),
    sourceIds: [...row.sourceIds],
    guidance: file.guidance.filter((item) => item.ageGroup === ageGroup),
  };
}

export function upperLimitScope(id: string): UpperLimitScope {
  const scope = file.scopes.find((item) => item.id === id);
  if (!scope) throw new Error(`[magnesium-widgets] unknown upper-limit scope "${id}"`);
  return scope;
}

/** IOM and VKM values, only ever shown as labelled comparisons. */
export function comparisonUpperLimits(ageGroup: AgeGroupId): UpperLimitComparison[] {
  if (!file.magnesium.some((limit) => limit.ageGroup === ageGroup)) throw new UnknownIdError('age-group', ageGroup);
  return file.comparisons.filter((item) => item.ageGroup === ageGroup);
}

/** The basis of the EU limit: NOAEL 250 mg, LOAEL about 360–365 mg, mild diarrhoea. */
export function upperLimitBasis(): UpperLimitsFile['basis'] {
  return file.basis;
}

/** Sources of a line that goes with the limit (`too-much-magnesium`, `prescribed-magnesium-follow-doctor`). */
export function upperLimitNoteSourceIds(id: UpperLimitsFile['notes'][number]['id']): string[] {
  return [...(file.notes.find((note) => note.id === id)?.sourceIds ?? [])];
}
