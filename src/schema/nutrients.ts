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

/**
 * A national recommendation shown beside *the* values as a labelled note (e.g. the Danish vitamin D advice of the
 * Danish Health Authority and the Danish Veterinary and Food Administration): never a value in force.
 */
export const NationalAdviceSchema = z.strictObject({
  /** The element words each piece of advice by its id (who it is for, when in the year). */
  id: z.enum([
    'dk-vitamin-d-small-children',
    'dk-vitamin-d-pregnant-lactating',
    'dk-vitamin-d-winter-from-4',
    'dk-vitamin-d-over-70',
  ]),
  authority: z.literal('dk'),
  value: z.number().positive(),
  /** Upper end where the advice is a range ("5–10 µg"). */
  valueMax: z.number().positive().nullable(),
  fromWeeks: z.number().int().positive().optional(),
  fromYears: z.number().int().positive().optional(),
  toYears: z.number().int().positive().optional(),
  /** Calcium to take with it, as a range in mg. */
  withCalciumMg: z.tuple([z.number().positive(), z.number().positive()]).optional(),
  sourceIds: SourceIdsSchema,
});

export const NutrientSchema = z.strictObject({
  id: z.enum(NUTRIENT_IDS),
  unit: z.enum(['mg', 'ug']),
  intakes: z.array(NutrientIntakeSchema).min(1),
  upperLimits: z.array(NutrientUpperLimitSchema).min(1),
  labelReference: z.strictObject({ value: z.number().positive(), sourceIds: SourceIdsSchema }),
  nationalAdvice: z.array(NationalAdviceSchema),
});

export const NutrientsFileSchema = z.array(NutrientSchema).min(1);

export type NutrientId = (typeof NUTRIENT_IDS)[number];
export type NutrientIntake = z.infer<typeof NutrientIntakeSchema>;
export type NutrientUpperLimit = z.infer<typeof NutrientUpperLimitSchema>;
export type Nutrient = z.infer<typeof NutrientSchema>;
export type NationalAdvice = z.infer<typeof NationalAdviceSchema>;
export type NutrientsFile = z.infer<typeof NutrientsFileSchema>;
