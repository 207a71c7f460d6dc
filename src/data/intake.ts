// Magnesium intake accessors (data/intake.json): the adequate intake, comparisons, the EU label value.
import intakeJson from '../../data/intake.json' with { type: 'json' };
import type { AdequateIntake, ComparisonIntake, IntakeFile, LabelReference } from '../schema/intake.js';
import type { AgeGroupId, LifeStage, Sex } from '../schema/common.js';
import { UnknownIdError } from './errors.js';

const file = intakeJson as IntakeFile;

export interface IntakeResult {
  ageGroup: AgeGroupId;
  sex: Sex | null;
  lifeStage: LifeStage;
  valueMg: number;
  /** True when the value is the non-pregnant value applied under the life-stage rule. */
  lifeStageFallback: boolean;
  sourceIds: string[];
}

const AGE_GROUPS = new Set<string>(['7-11m', '1-3', '4-10', '11-17', '18+']);

function assertInput(ageGroup: string, sex: string | null, lifeStage: string): void {
  if (!AGE_GROUPS.has(ageGroup)) throw new UnknownIdError('age-group', ageGroup);
  if (sex !== null && sex !== 'female' && sex !== 'male') throw new UnknownIdError('sex', sex);
  if (lifeStage !== 'pregnant' && lifeStage !== 'lactating' && lifeStage !== 'none') {
    throw new UnknownIdError('life-stage', lifeStage);
  }
}

const adequate = file.values.filter((value): value is AdequateIntake => value.kind === 'adequate-intake');

function findAdequate(ageGroup: string, sex: Sex | null, lifeStage: LifeStage): AdequateIntake | undefined {
  // A row without sex applies to both sexes.
  return adequate.find(
    (value) =>
      value.ageGroup === ageGroup && value.lifeStage === lifeStage && (value.sex === null || value.sex === sex),
  );
}

/**
 * The NNR 2023 / EFSA adequate intake. `sex` may be `null` only where the
 * age group has one value for both sexes; pregnant or lactating with
 * `male` is bad input. Pregnancy and lactation without a row of their own
 * get the non-pregnant value (EFSA 2015: no increased need).
 */
export function intakeFor(ageGroup: AgeGroupId, sex: Sex | null, lifeStage: LifeStage = 'none'): IntakeResult {
  assertInput(ageGroup, sex, lifeStage);
  if (lifeStage !== 'none' && sex === 'male') throw new UnknownIdError('life-stage', lifeStage);
  const own = findAdequate(ageGroup, sex, lifeStage);
  const row = own ?? findAdequate(ageGroup, sex, 'none');
  if (!row) throw new UnknownIdError('sex', String(sex));
  const fallback = own === undefined && lifeStage !== 'none';
  return {
    ageGroup,
    sex: row.sex,
    lifeStage,
    valueMg: row.valueMg,
    lifeStageFallback: fallback,
    sourceIds: fallback ? [...row.sourceIds, ...file.lifeStageRule.sourceIds] : [...row.sourceIds],
  };
}

/** Labelled comparison values (NNR 2012, IOM 1997) for the reader; never *the* value. */
export function comparisonIntakes(
  ageGroup: AgeGroupId,
  sex: Sex | null,
  lifeStage: LifeStage = 'none',
): ComparisonIntake[] {
  assertInput(ageGroup, sex, lifeStage);
  return file.values.filter(
    (value): value is ComparisonIntake =>
      value.kind === 'comparison' &&
      value.ageGroup === ageGroup &&
      value.lifeStage === lifeStage &&
      (value.sex === null || sex === null || value.sex === sex),
  );
}

/** The EU label reference value behind "% RI" (375 mg): not an intake recommendation. */
export function labelReferenceMg(): LabelReference {
  const label = file.values.find((value): value is LabelReference => value.kind === 'label-reference');
  if (!label) throw new Error('[magnesium-widgets] dataset has no label reference value');
  return label;
}
