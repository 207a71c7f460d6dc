// Medicines that need a time gap from magnesium, magnesium-lowering causes, kidney contraindications.
import { z } from 'zod';
import { IdSchema, IntervalSchema, SourceIdsSchema } from './common.js';

const hours = z.number().int().positive().nullable();

export const MedicineInteractionSchema = z
  .strictObject({
    id: IdSchema,
    /** Take the medicine at least this many hours before magnesium; `null` = no simple hour rule. */
    hoursBefore: hours,
    /** Take the medicine at least this many hours after magnesium; `null` = no simple hour rule. */
    hoursAfter: hours,
    /** False where the (stricter) timing is kept although its source text was not checked. */
    confirmed: z.boolean(),
    noteId: IdSchema.optional(),
    members: z.array(IdSchema).optional(),
    sourceIds: SourceIdsSchema,
  })
  .superRefine((medicine, ctx) => {
    if ((medicine.hoursBefore === null) !== (medicine.hoursAfter === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'hoursBefore and hoursAfter are both null or both numbers',
        path: ['hoursAfter'],
      });
    }
    if (medicine.hoursBefore === null && medicine.noteId === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a medicine without an hour rule needs a noteId', path: ['noteId'] });
    }
  });

export const DepletingCauseSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['medicine', 'condition']),
  setting: z.literal('hospital').optional(),
  noteId: IdSchema.optional(),
  sourceIds: SourceIdsSchema,
});

export const ContraindicationSchema = z
  .strictObject({
    id: IdSchema,
    level: z.enum(['contraindicated', 'caution']),
    measure: z.literal('egfr').nullable(),
    unit: z.literal('mL/min/1.73m2').nullable(),
    interval: IntervalSchema.nullable(),
    noteId: IdSchema.optional(),
    sourceIds: SourceIdsSchema,
  })
  .superRefine((item, ctx) => {
    if ((item.measure === null) !== (item.interval === null)) {
      ctx.addIssue({ code: 'custom', message: 'a measured contraindication needs an interval', path: ['interval'] });
    }
  });

export const InteractionsFileSchema = z.strictObject({
  generalNoteId: IdSchema,
  medicines: z.array(MedicineInteractionSchema).min(1),
  depletingCauses: z.array(DepletingCauseSchema),
  contraindications: z.array(ContraindicationSchema),
});

export type MedicineInteraction = z.infer<typeof MedicineInteractionSchema>;
export type DepletingCause = z.infer<typeof DepletingCauseSchema>;
export type Contraindication = z.infer<typeof ContraindicationSchema>;
export type InteractionsFile = z.infer<typeof InteractionsFileSchema>;
