// Age groups (NNR 2023 bands), sexes and life stages.
import { z } from 'zod';
import { AgeGroupIdSchema, LifeStageSchema, SexSchema, SourceIdsSchema } from './common.js';

export const AgeGroupSchema = z
  .strictObject({
    id: AgeGroupIdSchema,
    fromMonths: z.number().int().nonnegative(),
    /** Exclusive; `null` = no upper bound. */
    toMonths: z.number().int().positive().nullable(),
    sexSpecific: z.boolean(),
    lifeStagesApply: z.boolean(),
    sourceIds: SourceIdsSchema,
  })
  .superRefine((group, ctx) => {
    if (group.toMonths !== null && group.toMonths <= group.fromMonths) {
      ctx.addIssue({ code: 'custom', message: 'toMonths must exceed fromMonths', path: ['toMonths'] });
    }
  });

export const AgeGroupsFileSchema = z.strictObject({
  groups: z.array(AgeGroupSchema).min(1),
  sexes: z.array(SexSchema).min(1),
  lifeStages: z.array(LifeStageSchema).min(1),
});

export type AgeGroup = z.infer<typeof AgeGroupSchema>;
export type AgeGroupsFile = z.infer<typeof AgeGroupsFileSchema>;
