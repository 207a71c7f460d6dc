// Plasma magnesium grades as contiguous intervals, with markers and notes.
import { z } from 'zod';
import { IdSchema, IntervalSchema, SourceIdsSchema } from './common.js';

export const PlasmaGradeSchema = z.strictObject({
  id: z.enum(['severe', 'moderate', 'mild', 'normal', 'high']),
  interval: IntervalSchema,
  noteId: IdSchema.optional(),
  sourceIds: SourceIdsSchema,
});

export const ThresholdsFileSchema = z
  .strictObject({
    unit: z.literal('mmol/L'),
    /** Ascending and contiguous: each upper bound is the next lower bound. */
    plasmaGrades: z.array(PlasmaGradeSchema).min(1),
    markers: z.array(
      z.strictObject({ id: IdSchema, valueMmolPerL: z.number().positive(), sourceIds: SourceIdsSchema }),
    ),
    notes: z.array(z.strictObject({ id: IdSchema, sourceIds: SourceIdsSchema })),
  })
  .superRefine((file, ctx) => {
    const grades = file.plasmaGrades;
    if (grades[0]?.interval.lower !== null) {
      ctx.addIssue({
        code: 'custom',
        message: 'the first grade is open below',
        path: ['plasmaGrades', 0, 'interval', 'lower'],
      });
    }
    if (grades[grades.length - 1]?.interval.upper !== null) {
      ctx.addIssue({
        code: 'custom',
        message: 'the last grade is open above',
        path: ['plasmaGrades', grades.length - 1, 'interval', 'upper'],
      });
    }
    for (let i = 1; i < grades.length; i++) {
      const previous = grades[i - 1]!.interval;
      const current = grades[i]!.interval;
      if (previous.upper !== current.lower || previous.upperInclusive === current.lowerInclusive) {
        ctx.addIssue({
          code: 'custom',
          message: 'grades must be contiguous with exactly one side of each boundary inclusive',
          path: ['plasmaGrades', i, 'interval', 'lower'],
        });
      }
    }
  });

export type PlasmaGrade = z.infer<typeof PlasmaGradeSchema>;
export type PlasmaGradeId = PlasmaGrade['id'];
export type ThresholdsFile = z.infer<typeof ThresholdsFileSchema>;
