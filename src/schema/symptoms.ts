// Symptoms, their body systems, and the triage rules a rule engine evaluates.
import { z } from 'zod';
import { IdSchema, SourceIdsSchema } from './common.js';

export const TRIAGE_LEVELS = ['none', 'self-care', 'doctor', 'urgent', 'emergency'] as const;
export const TriageLevelSchema = z.enum(TRIAGE_LEVELS);

export const BodySystemSchema = z.strictObject({ id: IdSchema, sourceIds: SourceIdsSchema });

export const SymptomSchema = z.strictObject({
  id: IdSchema,
  system: IdSchema,
  sourceIds: SourceIdsSchema,
});

/**
 * A rule matches a selection when every condition it states holds:
 * `allOf` all ticked, `anyOf` at least one ticked, at least `minSymptoms`
 * ticked in at least `minSystems` body systems.
 */
export const TriageRuleSchema = z
  .strictObject({
    id: IdSchema,
    level: TriageLevelSchema.exclude(['none']),
    allOf: z.array(IdSchema).min(1).optional(),
    anyOf: z.array(IdSchema).min(1).optional(),
    minSymptoms: z.number().int().positive().optional(),
    minSystems: z.number().int().positive().optional(),
    sourceIds: SourceIdsSchema,
  })
  .superRefine((rule, ctx) => {
    if (!rule.allOf && !rule.anyOf && rule.minSymptoms === undefined && rule.minSystems === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a rule needs at least one condition', path: [] });
    }
  });

export const SymptomsFileSchema = z.strictObject({
  bodySystems: z.array(BodySystemSchema).min(1),
  symptoms: z.array(SymptomSchema).min(1),
  triage: z.strictObject({
    /** Ascending severity. */
    levels: z.array(TriageLevelSchema).length(TRIAGE_LEVELS.length),
    emptySelectionLevel: z.literal('none'),
    /** The level of a selection is the highest any matching rule gives. */
    combine: z.literal('highest'),
    redFlagLevels: z.array(TriageLevelSchema),
    rules: z.array(TriageRuleSchema).min(1),
  }),
});

export type TriageLevel = z.infer<typeof TriageLevelSchema>;
export type BodySystem = z.infer<typeof BodySystemSchema>;
export type Symptom = z.infer<typeof SymptomSchema>;
export type TriageRule = z.infer<typeof TriageRuleSchema>;
export type SymptomsFile = z.infer<typeof SymptomsFileSchema>;
