// Calcium, vitamin D and potassium accessors (data/nutrients.json).
import nutrientsJson from '../../data/nutrients.json' with { type: 'json' };
import type { AgeGroupId, LifeStage, Sex } from '../schema/common.js';
import type {
  NationalAdvice,
  Nutrient,
  NutrientId,
  NutrientIntake,
  NutrientUpperLimit,
  NutrientsFile,
} from '../schema/nutrients.js';
import { UnknownIdError } from './errors.js';

const nutrients = nutrientsJson as NutrientsFile;
const AGE_GROUPS = new Set<string>(['7-11m', '1-3', '4-10', '11-17', '18+']);

export type { NutrientId };

export interface NutrientReference {
  nutrient: NutrientId;
  unit: Nutrient['unit'];
  /** Reference intakes for this reader; may be empty where the sources give none for the age group. */
  intakes: NutrientIntake[];
  /** `null` where the dataset has no row for the age group (not the same as "no limit set"). */
  upperLimit: NutrientUpperLimit | null;
}

export function nutrientIds(): NutrientId[] {
  return nutrients.map((nutrient) => nutrient.id);
}

export function isNutrientId(value: unknown): value is NutrientId {
  return typeof value === 'string' && nutrients.some((nutrient) => nutrient.id === value);
}

function nutrient(id: string): Nutrient {
  const found = nutrients.find((item) => item.id === id);
  if (!found) throw new UnknownIdError('nutrient', id);
  return found;
}

export function nutrientReference(
  id: NutrientId,
  ageGroup: AgeGroupId,
  sex: Sex | null,
  lifeStage: LifeStage = 'none',
): NutrientReference {
  const item = nutrient(id);
  if (!AGE_GROUPS.has(ageGroup)) throw new UnknownIdError('age-group', ageGroup);
  if (sex !== null && sex !== 'female' && sex !== 'male') throw new UnknownIdError('sex', sex);
  if (lifeStage !== 'pregnant' && lifeStage !== 'lactating' && lifeStage !== 'none') {
    throw new UnknownIdError('life-stage', lifeStage);
  }
  const own = item.intakes.filter(
    (row) => row.ageGroup === ageGroup && row.lifeStage === lifeStage && (row.sex === null || row.sex === sex),
  );
  // Without a life-stage row of its own, the general row applies.
  const intakes =
    own.length > 0 || lifeStage === 'none'
      ? own
      : item.intakes.filter(
          (row) => row.ageGroup === ageGroup && row.lifeStage === 'none' && (row.sex === null || row.sex === sex),
        );
  return {
    nutrient: item.id,
    unit: item.unit,
    intakes,
    upperLimit: item.upperLimits.find((row) => row.ageGroup === ageGroup) ?? null,
  };
}

/** The EU label reference value (Reg. 1169/2011 Annex XIII) of calcium, vitamin D or potassium. */
export function labelReferenceValue(id: NutrientId): { value: number; unit: Nutrient['unit']; sourceIds: string[] } {
  const item = nutrient(id);
  return { value: item.labelReference.value, unit: item.unit, sourceIds: [...item.labelReference.sourceIds] };
}

/** National advice (the Danish vitamin D recommendations): labelled notes beside the values in force. */
export function nationalAdvice(id: NutrientId): NationalAdvice[] {
  return [...nutrient(id).nationalAdvice];
}
