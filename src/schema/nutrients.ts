// Calcium, vitamin D and potassium: reference intakes, upper limits with their scope, EU label values.
import { z } from 'zod';
import { AgeGroupIdSchema, IdSchema, LifeStageSchema, NativeBandSchema, SexSchema, SourceIdsSchema } from './common.js';
import { UL_STATUSES } from './upper-limits.js';

export const NUTRIENT_IDS = ['calcium', 'vitamin-d', 'potassium'] as const;

export const NutrientIntakeSchema = z.strictObject({
  authority: z.enum(['nnr-2023', 'efsa']),
  measure: z.enum(['recommended-intake', 'average-requirement', 'adequate-intake']),
  ageGroup: AgeGroupIdSchema,
  sex: SexSchema.nullable(),
  lifeStage: LifeStageSchema,
  nativeBand: NativeBandSchema,
  value: z.number().positive(),
  noteId: IdSchema.optional(),
  sourceIds: SourceIdsSchema,
});

export const NutrientUpperLimitSchema = z
  .strictObject({
    ageGroup: AgeGroupIdSchema,
    status: z.enum(UL_STATUSES),
    value: z.number().nonnegative().nullable(),
    /** `total-intake` for calcium and vitamin D; `null` where no limit is set. */
    scope: IdSchema.nullable(),
    nativeBand: NativeBandSchema.optional(),
    sourceIds: SourceIdsSchema,
  })
  .superRefine((limit, ctx) => {
    if ((limit.status === 'set') !== (limit.value !== null)) {
      ctx.addIssue({ code: 'custom', message: 'value is a number exactly when status is "set"', path: ['value'] });
    }
    if ((limit.value === null) !== (limit.scope === null)) {
      ctx.addIssue({ code: 'custom', message: 'a limit has a scope exactly when it has a value', path: ['scope'] });
    }
  });

export const NutrientSchema = z.strictObject({
  id: z.enum(NUTRIENT_IDS),
  unit: z.enum(['mg', 'ug']),
  intakes: z.array(NutrientIntakeSchema).min(1),
  upperLimits: z.array(NutrientUpperLimitSchema).min(1),
  labelReference: z.strictObject({ value: z.number().positive(), sourceIds: SourceIdsSchema }),
});

export const NutrientsFileSchema = z.array(NutrientSchema).min(1);

export type NutrientId = (typeof NUTRIENT_IDS)[number];
export type NutrientIntake = z.infer<typeof NutrientIntakeSchema>;
export type NutrientUpperLimit = z.infer<typeof NutrientUpperLimitSchema>;
export type Nutrient = z.infer<typeof NutrientSchema>;
export type NutrientsFile = z.infer<typeof NutrientsFileSchema>;
