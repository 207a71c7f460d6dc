// What <mg-dose-table> accepts from a site: the nutrient, comparisons, and the reader's row to mark.
import { ageGroupIds, lifeStages, sexes } from '../data/age-groups.js';
import { DOSE_TABLE_NUTRIENTS } from '../rules/dose-table.js';
import { lifeStageProblem } from '../rules/reader.js';
import { headingLevelInput, lifeStage, oneOf, type InputSpec } from './spec.js';

export const nutrientInput = oneOf('nutrient', 'nutrient', DOSE_TABLE_NUTRIENTS, 'magnesium');

/** `compare` is a boolean attribute; a script must set a boolean too. */
export const compareInput: InputSpec<boolean> = {
  name: 'compare',
  property: 'compare',
  accepted: { kind: 'boolean' },
  check: (raw) =>
    raw === null || raw === undefined
      ? { value: false, ok: true }
      : { value: raw === true, ok: typeof raw === 'boolean' },
};

export const ageGroupInput = oneOf('age-group', 'ageGroup', ageGroupIds(), null);
export const sexInput = oneOf('sex', 'sex', sexes(), null);
/** Pregnant or lactating with `sex="male"` or under 11 years is bad input (the row is then marked without it). */
export const lifeStageInput = lifeStage(
  lifeStages(),
  (stage, input) => lifeStageProblem(input(ageGroupInput), input(sexInput), stage) === null,
);

export const doseTableInputs = [
  nutrientInput,
  compareInput,
  ageGroupInput,
  sexInput,
  lifeStageInput,
  headingLevelInput,
] as const;
