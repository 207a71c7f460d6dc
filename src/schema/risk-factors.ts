// Risk groups for magnesium deficiency with evidence strength, contraindications, magnesium sources.
import { z } from 'zod';
import { AgeGroupIdSchema, IdSchema, SourceIdsSchema } from './common.js';

export const EVIDENCE_LEVELS = ['strong', 'moderate', 'weak'] as const;
export const EvidenceSchema = z.enum(EVIDENCE_LEVELS);
export const RiskLevelSchema = z.enum(['high', 'moderate', 'low']);

export const RiskFactorSchema = z.strictObject({
  id: IdSchema,
  evidence: EvidenceSchema,
  /** Set when the factor is not asked but derived from another answer. */
  derivedFrom: z.enum(['age', 'life-stage']).optional(),
  sourceIds: SourceIdsSchema,
});

export const RiskFactorsFileSchema = z.strictObject({
  factors: z.array(RiskFactorSchema).min(1),
  levelByEvidence: z.strictObject({ strong: RiskLevelSchema, moderate: RiskLevelSchema, weak: RiskLevelSchema }),
  notAssessedAgeGroups: z.array(AgeGroupIdSchema),
  olderAgeFromYears: z.number().int().positive(),
  contraindications: z.array(
    z.strictObject({
      id: IdSchema,
      answers: z.array(z.enum(['yes', 'no', 'unknown'])).min(1),
      sourceIds: SourceIdsSchema,
    }),
  ),
  magnesiumSources: z.array(
    z.strictObject({
      id: IdSchema,
      affectsLevel: z.literal(false),
      withKidneyDisease: z.literal('see-doctor'),
      sourceIds: SourceIdsSchema,
    }),
  ),
  /** Sources of result lines that are not a risk group (the diet advice with kidney disease, the blood-test line). */
  notes: z.array(z.strictObject({ id: IdSchema, sourceIds: SourceIdsSchema })),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type RiskLevel = z.infer<typeof RiskLevelSchema>;
export type RiskFactor = z.infer<typeof RiskFactorSchema>;
export type RiskFactorsFile = z.infer<typeof RiskFactorsFileSchema>;
