// Magnesium salt forms and their elemental magnesium share by mass.
import { z } from 'zod';
import { IdSchema, SourceIdsSchema } from './common.js';

export const SaltSchema = z.strictObject({
  id: IdSchema,
  /** Chemical formula or name of the compound (not UI text). */
  form: z.string().min(1),
  /** `anhydrous`, `mixed`, or the water of crystallisation (e.g. `9H2O`). */
  hydrate: z.string().regex(/^(anhydrous|mixed|\d+H2O)$/),
  /** Percent by mass; a bare id is the anhydrous form, the highest share. */
  elementalMgPercent: z.number().gt(0).lte(100),
  sourceIds: SourceIdsSchema,
});

export const SaltsFileSchema = z.array(SaltSchema).min(1);

export type Salt = z.infer<typeof SaltSchema>;
export type SaltsFile = z.infer<typeof SaltsFileSchema>;
