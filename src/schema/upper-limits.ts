// Supplemental magnesium upper limits (EFSA/SCF), their scope, FVST guidance and labelled comparisons.
import { z } from 'zod';
import { AgeGroupIdSchema, IdSchema, LifeStageSchema, NativeBandSchema, SourceIdsSchema } from './common.js';

export const UL_STATUSES = ['set', 'none', 'insufficient-data'] as const;

export const UpperLimitScopeSchema = z.strictObject({
  id: IdSchema,
  includes: z.array(IdSchema),
  excludes: z.array(IdSchema),
  forms: z.array(IdSchema),
  sourceIds: SourceIdsSchema,
});

export const MagnesiumUpperLimitSchema = z
  .strictObject({
    ageGroup: AgeGroupIdSchema,
    status: z.enum(UL_STATUSES),
    /** `null` = no EU upper limit for this age group. */
    valueMg: z.number().nonnegative().nullable(),
    scope: IdSchema,
    includesLifeStages: z.array(LifeStageSchema).optional(),
    sourceIds: SourceIdsSchema,
  })
  .superRefine((limit, ctx) => {
    if ((limit.status === 'set') !== (limit.valueMg !== null)) {
      ctx.addIssue({ code: 'custom', message: 'valueMg is a number exactly when status is "set"', path: ['valueMg'] });
    }
  });

export const UpperLimitGuidanceSchema = z.strictObject({
  authority: z.literal('fvst'),
  ageGroup: AgeGroupIdSchema,
  /** Always given: the guidance is worded "til børn (1–2 år)". */
  nativeBand: NativeBandSchema.unwrap(),
  valueMg: z.number().nonnegative(),
  maxPerDailyDoseMg: z.number().nonnegative().nullable(),
  sourceIds: SourceIdsSchema,
});

export const UpperLimitComparisonSchema = z.strictObject({
  authority: z.enum(['iom-1997', 'vkm-2016']),
  ageGroup: AgeGroupIdSchema,
  nativeBand: NativeBandSchema,
  valueMg: z.number().nonnegative(),
  /** Upper end where the authority gives a range across its bands. */
  valueMgMax: z.number().nonnegative().optional(),
  sourceIds: SourceIdsSchema,
});

export const UpperLimitsFileSchema = z.strictObject({
  unit: z.literal('mg/day'),
  scopes: z.array(UpperLimitScopeSchema).min(1),
  magnesium: z.array(MagnesiumUpperLimitSchema).min(1),
  basis: z.strictObject({
    noaelMg: z.number().nonnegative(),
    loaelMgFrom: z.number().nonnegative(),
    loaelMgTo: z.number().nonnegative(),
    criticalEffect: IdSchema,
    sourceIds: SourceIdsSchema,
  }),
  guidance: z.array(UpperLimitGuidanceSchema),
  comparisons: z.array(UpperLimitComparisonSchema),
  /** Sources of lines that go with the limit: what too much feels like; a prescribed dose is the doctor's. */
  notes: z.array(
    z.strictObject({
      id: z.enum(['too-much-magnesium', 'prescribed-magnesium-follow-doctor']),
      sourceIds: SourceIdsSchema,
    }),
  ),
});

export type UpperLimitStatus = (typeof UL_STATUSES)[number];
export type UpperLimitScope = z.infer<typeof UpperLimitScopeSchema>;
export type MagnesiumUpperLimit = z.infer<typeof MagnesiumUpperLimitSchema>;
export type UpperLimitGuidance = z.infer<typeof UpperLimitGuidanceSchema>;
export type UpperLimitComparison = z.infer<typeof UpperLimitComparisonSchema>;
export type UpperLimitsFile = z.infer<typeof UpperLimitsFileSchema>;
