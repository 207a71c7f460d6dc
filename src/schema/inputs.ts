// Schemas of what sites pass at run time (products, quiz answers), for Node users and the property test.
import { z } from 'zod';
import { PRODUCT_LIMITS } from '../checks/products.js';
import { ageGroupIds, lifeStages, sexes } from '../data/age-groups.js';
import { yesNoQuestionIds } from '../data/risk-factors.js';
import { saltIds } from '../data/salts.js';

type NonEmpty = [string, ...string[]];

export const ProductSchema = z
  .strictObject({
    name: z.string().optional(),
    salt: z.enum(saltIds() as NonEmpty).optional(),
    mgPerUnit: z.number().gt(0).lte(PRODUCT_LIMITS.mgPerUnitMax),
    mgBasis: z.enum(['elemental', 'compound']).optional(),
    // A multiple of 0.5; `Number.isInteger(n * 2)` is exact for every double, unlike a decimal remainder.
    unitsPerDay: z
      .number()
      .gt(0)
      .lte(PRODUCT_LIMITS.unitsPerDayMax)
      .refine((value) => Number.isInteger(value * 2), { message: 'a multiple of 0.5' }),
    unitsPerPack: z.number().int().min(PRODUCT_LIMITS.unitsPerPackMin).max(PRODUCT_LIMITS.unitsPerPackMax).optional(),
  })
  .superRefine((product, ctx) => {
    if (product.mgBasis === 'compound' && product.salt === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a compound amount needs a salt', path: ['salt'] });
    }
  });

export const ProductsSchema = z.array(ProductSchema);

const YesNoUnknownSchema = z.enum(['yes', 'no', 'unknown']);

export const AnswersSchema = z.strictObject({
  'age-group': z.enum(ageGroupIds() as NonEmpty).optional(),
  sex: z.enum(sexes() as NonEmpty).optional(),
  'life-stage': z.enum(lifeStages() as NonEmpty).optional(),
  ...Object.fromEntries(yesNoQuestionIds().map((id) => [id, YesNoUnknownSchema.optional()])),
});

export type ProductInput = z.infer<typeof ProductSchema>;
export type AnswersInput = z.infer<typeof AnswersSchema>;
