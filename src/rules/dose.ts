// The dose checker's rule: elemental magnesium per day from supplements against the EU upper limit,
// the 375 mg label reference, medicine time gaps, days of supply and the warnings that go with them.
import type { AgeGroupId, LifeStage, Sex } from '../schema/common.js';
import type { Product } from '../checks/products.js';
import { elementalFraction, salt } from '../data/salts.js';
import { upperLimitFor } from '../data/upper-limits.js';
import { labelReferenceMg } from '../data/intake.js';
import { contraindications, interactionFor, interactionGeneralNoteId } from '../data/interactions.js';

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
  'kidney-disease' | 'above-upper-limit' | 'no-upper-limit-for-age' | 'pregnant-or-lactating' | 'interaction';

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
  sourceIds: string[];
}

/**
 * Elemental magnesium per unit: as declared (`elemental`, the default: EU labels declare elemental
 * magnesium) or the compound's mass × the salt's fraction. A bare salt id is the anhydrous form.
 */
export function elementalMgPerUnit(product: Product): number {
  if (product.mgBasis !== 'compound') return product.mgPerUnit;
  if (product.salt === undefined) throw new RangeError('[magnesium-widgets] a compound amount needs a salt');
  return product.mgPerUnit * elementalFraction(product.salt);
}

export function productDose(product: Product): ProductDose {
  return {
    elementalMgPerDay: elementalMgPerUnit(product) * product.unitsPerDay,
    daysOfSupply: product.unitsPerPack === undefined ? null : product.unitsPerPack / product.unitsPerDay,
  };
}

/** The verdict of an unrounded total against a limit: exactly the limit is `at`, never `above`. */
export function verdictFor(totalMg: number, upperLimitMg: number | null): DoseVerdict {
  if (upperLimitMg === null) return 'no-limit';
  if (totalMg > upperLimitMg) return 'above';
  return totalMg === upperLimitMg ? 'at' : 'below';
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

export function evaluateSupplements(reader: DoseReader, products: readonly Product[]): DoseReport {
  const upperLimit = upperLimitFor(reader.ageGroup);
  const label = labelReferenceMg();
  const doses = products.map(productDose);
  const totalElementalMg = doses.reduce((sum, dose) => sum + dose.elementalMgPerDay, 0);
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
    warnings.push('kidney-disease');
    sourceIds.push(...contraindications().flatMap((item) => (item.measure === 'egfr' ? item.sourceIds : [])));
  }
  if (verdict === 'above') warnings.push('above-upper-limit');
  if (verdict === 'no-limit') {
    warnings.push('no-upper-limit-for-age');
    // Danish FVST guidance (1–2 years) is shown as a labelled note beside "no EU limit".
    sourceIds.push(...upperLimit.guidance.flatMap((item) => item.sourceIds));
  }
  if (reader.lifeStage !== 'none') warnings.push('pregnant-or-lactating');
  if (interactions.length > 0) {
    warnings.push('interaction');
    sourceIds.push(...reader.medicines.flatMap((id) => interactionFor(id).sourceIds));
  }
  for (const product of products) {
    if (product.mgBasis === 'compound' && product.salt !== undefined) sourceIds.push(...salt(product.salt).sourceIds);
  }

  return {
    ageGroup: reader.ageGroup,
    totalElementalMg,
    upperLimitMg,
    percentOfUpperLimit: upperLimitMg === null ? null : (totalElementalMg / upperLimitMg) * 100,
    percentOfLabelReference: (totalElementalMg / label.valueMg) * 100,
    exceedsUpperLimit: verdict === 'above',
    verdict,
    warnings,
    interactions,
    products: doses,
    sourceIds: unique(sourceIds),
  };
}

/** The note the interaction list always ends with: not complete, ask the pharmacist about prescription medicine. */
export const interactionListNoteId = interactionGeneralNoteId;

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

/**
 * A number as a reader types it, with `,` or `.` as the decimal mark (`2,5` and `2.5`). A group of
 * thousands in the locale's style (`1.000` where `,` is the decimal separator, `1,000` where it is
 * `.`) is refused rather than read as 1. `null` for anything else (empty, letters, units, exponents).
 */
export function parseReaderNumber(text: string, decimalSeparator: string): number | null {
  const trimmed = text.trim();
  const groupSeparator = decimalSeparator === ',' ? '.' : ',';
  if (new RegExp(`^\\d{1,3}(\\${groupSeparator}\\d{3})+$`).test(trimmed)) return null;
  const normalised = trimmed.replace(',', '.');
  if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
