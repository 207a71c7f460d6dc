// The bibliography every value points at.
import { z } from 'zod';
import { IdSchema } from './common.js';

export const SOURCE_TOPICS = [
  'intake',
  'upper-limit',
  'label',
  'nutrients',
  'salts',
  'interactions',
  'contraindications',
  'symptoms',
  'triage',
  'risk-factors',
  'thresholds',
] as const;

export const SourceSchema = z.strictObject({
  id: IdSchema,
  issuer: z.string().min(1),
  /** A name in its original language, never translated. */
  title: z.string().min(1),
  /** True where the title is a short descriptive name, not the verified wording. */
  descriptiveTitle: z.boolean().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  identifier: z.string().min(1).optional(),
  /** Where the values were read, when not from the source itself. */
  via: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  topics: z.array(z.enum(SOURCE_TOPICS)).min(1),
});

export const SourcesSchema = z.array(SourceSchema).min(1);

export type Source = z.infer<typeof SourceSchema>;
export type SourceTopic = (typeof SOURCE_TOPICS)[number];
