// The dose checker's rule: elemental magnesium per day from supplements against the EU upper limit,
// the 375 mg label reference, medicine time gaps, days of supply and the warnings that go with them.
import type { AgeGroupId, LifeStage, Sex } from '../schema/common.js';
import type { Product } from '../checks/products.js';
import { salt } from '../data/salts.js';
import { upperLimitFor } from '../data/upper-limits.js';
import { labelReferenceMg } from '../data/intake.js';
import { contraindications, interactionFor, interactionGeneralNoteId } from '../data/interactions.js';
import { upperLimitNoteSourceIds } from '../data/upper-limits.js';
import type { UpperLimitGuidance } from '../schema/upper-limits.js';
import { add, compare, multiply, ratio, toDecimal, toNumber, type Decimal } from './decimal.js';
import { lifeStagesFor } from './reader.js';

export type KidneyDiseaseAnswer = 'yes' | 'no' | 'unknown';

/** The reader as the dose checker asks about them (`reader` property, `mg-change` detail). */
export interface DoseReader {
  ageGroup: AgeGroupId;
  sex: Sex | null;
  lifeStage: LifeStage;
  /** Not answered counts as `unknown`. */
  kidneyDisease: KidneyDiseaseAnswer;
  /** Medicine ids from the dataset's interaction list. */
  medicines: string[];
}

export type DoseVerdict = 'below' | 'at' | 'above' | 'no-limit';

/** In the order the widget shows them: kidney disease always first. */
export type DoseWarningId =
  | 'kidney-disease'
  | 'kidney-disease-unanswered'
  | 'above-upper-limit'
  | 'no-upper-limit-for-age'
  | 'pregnant-or-lactating'
  | 'interaction';

/**
 * How a warning is announced and marked: `urgent` ones (kidney disease, above the limit) go to the assertive live
 * region with "Vigtigt:"; the others are polite.
 */
export const warningUrgency: Readonly<Record<DoseWarningId, 'urgent' | 'normal'>> = {
  'kidney-disease': 'urgent',
  'kidney-disease-unanswered': 'normal',
  'above-upper-limit': 'urgent',
  'no-upper-limit-for-age': 'normal',
  'pregnant-or-lactating': 'normal',
  interaction: 'normal',
};

/**
 * Lines that go with the result (ids; the view words them): `prescribed-magnesium` (above the limit: a dose the
 * doctor prescribed is the doctor's; the limit is for supplements) and `too-much-magnesium` (what too much feels
 * like, with an intake at or above the limit, or where no limit is set).
 */
export type DoseNoteId = 'prescribed-magnesium' | 'too-much-magnesium';

export interface DoseInteraction {
  medicine: string;
  /** Take the medicine at least this many hours before magnesium; `null`: no simple hour rule, see `noteId`. */
  hoursBefore: number | null;
  /** …or at least this many hours after magnesium. */
  hoursAfter: number | null;
  noteId?: string;
}

export interface ProductDose {
  elementalMgPerDay: number;
  /** Units per pack ÷ units per day; `null` without a pack size. */
  daysOfSupply: number | null;
}

/** The `mg-result` detail of `<mg-dose-checker>`: unrounded numbers, plus the sources behind them. */
export interface DoseReport {
  ageGroup: AgeGroupId;
  totalElementalMg: number;
  upperLimitMg: number | null;
  percentOfUpperLimit: number | null;
  percentOfLabelReference: number;
  exceedsUpperLimit: boolean;
  verdict: DoseVerdict;
  warnings: DoseWarningId[];
  interactions: DoseInteraction[];
  products: ProductDose[];
  /** Lines that go with the result (see `DoseNoteId`). */
  notes: DoseNoteId[];
  /**
   * Danish FVST guidance for the reader's age (1–2 years: 58 mg per daily dose of a supplement; 3–10 years: 239 mg),
   * a labelled note beside the EU limit, never the limit.
   */
  guidance: UpperLimitGuidance[];
  /** The life stages the checker asks about for this reader: pregnancy and breastfeeding only from 11 years. */
  lifeStages: LifeStage[];
  sourceIds: string[];
}

/**
 * Elemental magnesium per unit: as declared (`elemental`, the default: EU labels declare elemental
 * magnesium) or the compound's mass × the salt's fraction. A bare salt id is the anhydrous form.
 */
function elementalPerUnit(product: Product): Decimal {
  const amount = toDecimal(product.mgPerUnit);
  if (product.mgBasis !== 'compound') return amount;
  if (product.salt === undefined) throw new RangeError('[magnesium-widgets] a compound amount needs a salt');
  // The dataset's percentage as written (60.3 %), divided by 100 exactly.
  const percent = toDecimal(salt(product.salt).elementalMgPercent);
  return multiply(amount, { units: percent.units, scale: percent.scale + 2 });
}

const perDay = (product: Product): Decimal => multiply(elementalPerUnit(product), toDecimal(product.unitsPerDay));

export function elementalMgPerUnit(product: Product): number {
  return toNumber(elementalPerUnit(product));
}

export function productDose(product: Product): ProductDose {
  return {
    elementalMgPerDay: toNumber(perDay(product)),
    daysOfSupply: product.unitsPerPack === undefined ? null : ratio(product.unitsPerPack, product.unitsPerDay),
  };
}

/** The verdict of an exact total against a limit: exactly the limit is `at`, never `above`. */
export function verdictFor(totalMg: number, upperLimitMg: number | null): DoseVerdict {
  if (upperLimitMg === null) return 'no-limit';
  const side = compare(toDecimal(totalMg), toDecimal(upperLimitMg));
  return side > 0 ? 'above' : side === 0 ? 'at' : 'below';
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** How the reader's answers were given (the widget knows; a script evaluating a stored reader need not say). */
export interface DoseOptions {
  /**
   * `false` while the reader has not answered the kidney question: their answer still counts as `unknown`, but the
   * warning is the neutral `kidney-disease-unanswered` (nothing alarming before an answer) instead of the urgent
   * `kidney-disease`, which follows an answer of yes or "don't know". Default `true`.
   */
  kidneyAnswered?: boolean;
}

export function evaluateSupplements(
  reader: DoseReader,
  products: readonly Product[],
  options: DoseOptions = {},
): DoseReport {
  const upperLimit = upperLimitFor(reader.ageGroup);
  const label = labelReferenceMg();
  const doses = products.map(productDose);
  const totalElementalMg = toNumber(products.map(perDay).reduce(add, { units: 0n, scale: 0 }));
  const upperLimitMg = upperLimit.valueMg;
  const verdict = verdictFor(totalElementalMg, upperLimitMg);
  const interactions = reader.medicines.map((id): DoseInteraction => {
    const found = interactionFor(id);
    const item: DoseInteraction = { medicine: found.id, hoursBefore: found.hoursBefore, hoursAfter: found.hoursAfter };
    if (found.noteId !== undefined) item.noteId = found.noteId;
    return item;
  });

  const warnings: DoseWarningId[] = [];
  const sourceIds: string[] = [...upperLimit.sourceIds, ...label.sourceIds];
  // Not answered counts as unknown: unsure readers go to a doctor first too.
  if (reader.kidneyDisease !== 'no') {
    const unanswered = reader.kidneyDisease === 'unknown' && options.kidneyAnswered === false;
    warnings.push(unanswered ? 'kidney-disease-unanswered' : 'kidney-disease');
    sourceIds.push(...contraindications().flatMap((item) => (item.measure === 'egfr' ? item.sourceIds : [])));
  }
  if (verdict === 'above') warnings.push('above-upper-limit');
  if (verdict === 'no-limit') warnings.push('no-upper-limit-for-age');
  // Pregnancy and breastfeeding count only where they can apply (from 11 years, not for men).
  if (reader.lifeStage !== 'none' && lifeStagesFor(reader.ageGroup, reader.sex).includes(reader.lifeStage))
    warnings.push('pregnant-or-lactating');
  if (interactions.length > 0) {
    warnings.push('interaction');
    sourceIds.push(...reader.medicines.flatMap((id) => interactionFor(id).sourceIds));
  }
  for (const product of products) {
    if (product.mgBasis === 'compound' && product.salt !== undefined) sourceIds.push(...salt(product.salt).sourceIds);
  }
  const notes: DoseNoteId[] = [];
  if (verdict === 'above') notes.push('prescribed-magnesium');
  if (verdict !== 'below') notes.push('too-much-magnesium');
  for (const note of notes) {
    sourceIds.push(
      ...upperLimitNoteSourceIds(note === 'prescribed-magnesium' ? 'prescribed-magnesium-follow-doctor' : note),
    );
  }
  const guidance = upperLimit.guidance;
  sourceIds.push(...guidance.flatMap((item) => item.sourceIds));

  return {
    ageGroup: reader.ageGroup,
    totalElementalMg,
    upperLimitMg,
    percentOfUpperLimit: upperLimitMg === null ? null : ratio(totalElementalMg * 100, upperLimitMg),
    percentOfLabelReference: ratio(totalElementalMg * 100, label.valueMg),
    exceedsUpperLimit: verdict === 'above',
    verdict,
    warnings,
    interactions,
    products: doses,
    notes,
    guidance,
    lifeStages: lifeStagesFor(reader.ageGroup, reader.sex),
    sourceIds: unique(sourceIds),
  };
}

export { interactionGeneralNoteId };

/**
 * How many decimals to show so the shown number sits on the same side of `limit` as the unrounded
 * one (250.2 against 250 → 1, not 0: "250,2 mg", never "250 mg" next to "above"). Starts at
 * `minimumDecimals`; rounds half away from zero like Intl.NumberFormat. `null` limit: the minimum.
 */
export function decimalsToAgree(
  value: number,
  limit: number | null,
  minimumDecimals = 0,
  maximumDecimals = 10,
): number {
  if (limit === null) return minimumDecimals;
  const side = Math.sign(value - limit);
  for (let decimals = minimumDecimals; decimals < maximumDecimals; decimals++) {
    if (Math.sign(Number(value.toFixed(decimals)) - limit) === side) return decimals;
  }
  return maximumDecimals;
}

/**
 * The number to show and its decimals, agreeing with the verdict. Past `maximumDecimals` (float
 * noise) the value is moved away from the limit in the last shown digit, so it still agrees.
 */
export function shownToAgree(
  value: number,
  limit: number | null,
  minimumDecimals = 0,
  maximumDecimals = 10,
): { value: number; decimals: number } {
  const decimals = decimalsToAgree(value, limit, minimumDecimals, maximumDecimals);
  let shown = Number(value.toFixed(decimals));
  if (limit !== null && Math.sign(shown - limit) !== Math.sign(value - limit)) {
    const step = 10 ** -decimals;
    shown = value > limit ? limit + step : limit - step;
  }
  return { value: shown, decimals };
}

/** Whole days a pack lasts (rounded down: a pack never lasts longer than shown). */
export function wholeDays(daysOfSupply: number): number {
  return Math.floor(daysOfSupply);
}
