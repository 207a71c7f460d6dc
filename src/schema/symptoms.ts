// Symptoms, their body systems, and the triage rules a rule engine evaluates.
import { z } from 'zod';
import { IdSchema, SourceIdsSchema } from './common.js';

export const TRIAGE_LEVELS = ['none', 'self-care', 'doctor', 'urgent', 'emergency'] as const;
export const TriageLevelSchema = z.enum(TRIAGE_LEVELS);

export const BodySystemSchema = z.strictObject({ id: IdSchema, sourceIds: SourceIdsSchema });

/**
 * A sign. `documented`: listed as a sign of magnesium deficiency by clinical guidance (DES NBV, NIH ODS, Region
 * Nordjylland PRI) or a red flag of public guidance; such signs belong to a body system. Signs that are often
 * mentioned but not documented (`documented: false`) have no body system, never raise a triage level, and their
 * sources are the guidance lists they are missing from.
 */
export const SymptomSchema = z
  .strictObject({
    id: IdSchema,
    documented: z.boolean(),
    system: IdSchema.optional(),
    sourceIds: SourceIdsSchema,
  })
  .refine((item) => item.documented === (item.system !== undefined), {
    message: 'a documented sign has a body system; a sign that is not documented has none',
  });

/**
 * A rule matches a selection when every condition it states holds:
 * `allOf` all ticked, `anyOf` at least one ticked, at least `minSymptoms` ticked. (A rule on the number of body
 * systems had no guidance source and was removed with `minSystems`.)
 */
export const TriageRuleSchema = z
  .strictObject({
    id: IdSchema,
    level: TriageLevelSchema.exclude(['none']),
    allOf: z.array(IdSchema).min(1).optional(),
    anyOf: z.array(IdSchema).min(1).optional(),
    minSymptoms: z.number().int().positive().optional(),
    sourceIds: SourceIdsSchema,
  })
  .superRefine((rule, ctx) => {
    if (!rule.allOf && !rule.anyOf && rule.minSymptoms === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a rule needs at least one condition', path: [] });
    }
  });

/** A guidance line that goes with ticked signs, e.g. what the evidence says about magnesium for night cramps. */
export const SymptomNoteSchema = z.strictObject({
  id: IdSchema,
  symptomIds: z.array(IdSchema).min(1),
  sourceIds: SourceIdsSchema,
});

export const SymptomsFileSchema = z.strictObject({
  bodySystems: z.array(BodySystemSchema).min(1),
  symptoms: z.array(SymptomSchema).min(1),
  notes: z.array(SymptomNoteSchema),
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
export type SymptomNote = z.infer<typeof SymptomNoteSchema>;
export type SymptomsFile = z.infer<typeof SymptomsFileSchema>;
