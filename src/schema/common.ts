// Shared building blocks of the dataset schemas: ids, source lists, intervals, bands.
import { z } from 'zod';

export const AGE_GROUP_IDS = ['7-11m', '1-3', '4-10', '11-17', '18+'] as const;
export const SEXES = ['female', 'male'] as const;
export const LIFE_STAGES = ['pregnant', 'lactating', 'none'] as const;

/** kebab-case id: lower-case letters and digits in dash-separated words. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');

/** Age-group ids are not pure kebab-case (`18+`), so they are an enum of their own. */
export const AgeGroupIdSchema = z.enum(AGE_GROUP_IDS);
export const SexSchema = z.enum(SEXES);
export const LifeStageSchema = z.enum(LIFE_STAGES);

/** Every value names at least one source; the dataset check resolves them. */
export const SourceIdsSchema = z.array(IdSchema).min(1);

/** An interval of numbers; `null` bounds are open-ended. */
export const IntervalSchema = z
  .object({
    lower: z.number().nonnegative().nullable(),
    upper: z.number().nonnegative().nullable(),
    lowerInclusive: z.boolean(),
    upperInclusive: z.boolean(),
  })
  .superRefine((interval, ctx) => {
    if (interval.lower !== null && interval.upper !== null && interval.lower >= interval.upper) {
      ctx.addIssue({ code: 'custom', message: 'lower must be below upper', path: ['upper'] });
    }
    if (interval.lower === null && interval.lowerInclusive) {
      ctx.addIssue({ code: 'custom', message: 'an open lower bound cannot be inclusive', path: ['lowerInclusive'] });
    }
    if (interval.upper === null && interval.upperInclusive) {
      ctx.addIssue({ code: 'custom', message: 'an open upper bound cannot be inclusive', path: ['upperInclusive'] });
    }
  });

/** The age band an authority published, when it differs from ours (`to` inclusive, `null` = open). */
export const NativeBandSchema = z
  .object({
    unit: z.enum(['months', 'years']),
    from: z.number().int().nonnegative(),
    to: z.number().int().nonnegative().nullable(),
  })
  .nullable();

export type AgeGroupId = z.infer<typeof AgeGroupIdSchema>;
export type Sex = z.infer<typeof SexSchema>;
export type LifeStage = z.infer<typeof LifeStageSchema>;
export type Interval = z.infer<typeof IntervalSchema>;
export type NativeBand = z.infer<typeof NativeBandSchema>;
