// Rules about the reader that every widget shares: which life stages can apply to an age group and sex.
import { ageGroup as ageGroupData, lifeStages } from '../data/age-groups.js';
import type { AgeGroupId, LifeStage, Sex } from '../schema/common.js';

/**
 * The life-stage answers that apply: pregnancy and breastfeeding only in age groups where they apply (from 11 years,
 * data/age-groups.json `lifeStagesApply`) and not for men; otherwise only `none` (no widget asks about pregnancy then).
 * An unknown age group or sex leaves every answer open.
 */
export function lifeStagesFor(ageGroup: AgeGroupId | null, sex: Sex | null): LifeStage[] {
  if (sex === 'male') return ['none'];
  if (ageGroup !== null && !ageGroupData(ageGroup).lifeStagesApply) return ['none'];
  return ['none', ...lifeStages().filter((stage) => stage !== 'none')];
}

/** Why a life stage cannot apply, or null when it can: with `sex="male"`, or under 11 years. */
export function lifeStageProblem(
  ageGroup: AgeGroupId | null,
  sex: Sex | null,
  lifeStage: LifeStage,
): 'life-stage-with-male' | 'life-stage-under-11' | null {
  if (lifeStage === 'none') return null;
  if (sex === 'male') return 'life-stage-with-male';
  if (ageGroup !== null && !ageGroupData(ageGroup).lifeStagesApply) return 'life-stage-under-11';
  return null;
}
