// Magnesium intake values: the adequate intake (NNR 2023 / EFSA), labelled comparisons, the EU label value.
import { z } from 'zod';
import { AgeGroupIdSchema, IdSchema, LifeStageSchema, NativeBandSchema, SexSchema, SourceIdsSchema } from './common.js';

const mg = z.number().positive();

/** The value shown as *the* intake: NNR 2023 adequate intake (= EFSA 2015). */
export const AdequateIntakeSchema = z.strictObject({
  kind: z.literal('adequate-intake'),
  authority: z.enum(['nnr-2023', 'efsa']),
  ageGroup: AgeGroupIdSchema,
  sex: SexSchema.nullable(),
  lifeStage: LifeStageSchema,
  valueMg: mg,
  sourceIds: SourceIdsSchema,
});

/** Other authorities' values, only ever shown labelled as a comparison. */
export const ComparisonIntakeSchema = z.strictObject({
  kind: z.literal('comparison'),
  authority: z.enum(['nnr-2012', 'iom-1997']),
  measure: z.enum(['recommended-intake', 'rda', 'adequate-intake']),
  ageGroup: AgeGroupIdSchema,
  sex: SexSchema.nullable(),
  lifeStage: LifeStageSchema,
  nativeBand: NativeBandSchema,
  valueMg: mg,
  sourceIds: SourceIdsSchema,
});

/** The EU labelling reference value behind "% RI" on packs: not an intake recommendation. */
export const LabelReferenceSchema = z.strictObject({
  kind: z.literal('label-reference'),
  authority: z.literal('eu'),
  valueMg: mg,
  sourceIds: SourceIdsSchema,
});

export const IntakeValueSchema = z.discriminatedUnion('kind', [
  AdequateIntakeSchema,
  ComparisonIntakeSchema,
  LabelReferenceSchema,
]);

export const IntakeFileSchema = z
  .strictObject({
    nutrient: z.literal('magnesium'),
    unit: z.literal('mg/day'),
    /** Pregnancy and lactation have the non-pregnant AI where no row of their own exists. */
    lifeStageRule: z.strictObject({ id: IdSchema, sourceIds: SourceIdsSchema }),
    values: z.array(IntakeValueSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const labels = file.values.filter((value) => value.kind === 'label-reference');
    if (labels.length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'exactly one label-reference value', path: ['values'] });
    }
  });

export type AdequateIntake = z.infer<typeof AdequateIntakeSchema>;
export type ComparisonIntake = z.infer<typeof ComparisonIntakeSchema>;
export type LabelReference = z.infer<typeof LabelReferenceSchema>;
export type IntakeValue = z.infer<typeof IntakeValueSchema>;
export type IntakeFile = z.infer<typeof IntakeFileSchema>;
