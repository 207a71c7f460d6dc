// Dataset version and review date.
import { z } from 'zod';

export const MetaSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'semver'),
  reviewed: z.iso.date(),
});

export type Meta = z.infer<typeof MetaSchema>;
