// What <mg-dose-checker> accepts from a site: a preset first product (attributes), the reader's answers (attributes
// or the `reader` property) and the products (the `products` property). Attribute numbers use "." as the decimal mark.
import { ageGroupIds, isAgeGroup, isLifeStage, isSex, lifeStages, sexes } from '../data/age-groups.js';
import { isMedicineId, medicineIds } from '../data/interactions.js';
import { saltIds } from '../data/salts.js';
import { lifeStageProblem } from '../rules/reader.js';
import type { DoseReader, KidneyDiseaseAnswer } from '../rules/dose-checker.js';
import { parseIdList } from './parse.js';
import { checkProducts, isMgPerUnit, isUnitsPerDay, isUnitsPerPack, PRODUCT_LIMITS, type Product } from './products.js';
import { decimal, headingLevelInput, idList, lifeStage, oneOf, type InputSpec } from './spec.js';

export const KIDNEY_ANSWERS: readonly KidneyDiseaseAnswer[] = ['yes', 'no', 'unknown'];

/** `product-name`: any text (a script may set anything; only text is a name). */
export const productNameInput: InputSpec<string | null> = {
  name: 'product-name',
  property: 'productName',
  accepted: { kind: 'any-text' },
  check: (raw) =>
    raw === null || raw === undefined
      ? { value: null, ok: true }
      : typeof raw === 'string'
        ? { value: raw, ok: true }
        : { value: null, ok: false },
};

export const mgBasisInput = oneOf('mg-basis', 'mgBasis', ['elemental', 'compound'] as const, null);

/** `salt`: a salt id; required with `mg-basis="compound"` (a compound weight means nothing without its salt). */
export const saltInput: InputSpec<string | null> = {
  ...oneOf('salt', 'salt', saltIds(), null),
  combined: (value, input) => value !== null || input(mgBasisInput) !== 'compound',
  combinedAccepted: { kind: 'required-when', field: 'mg-basis', value: 'compound' },
};

export const mgPerUnitInput = decimal(
  'mg-per-unit',
  'mgPerUnit',
  { min: 0, minExclusive: true, max: PRODUCT_LIMITS.mgPerUnitMax },
  isMgPerUnit,
);
export const unitsPerDayInput = decimal(
  'units-per-day',
  'unitsPerDay',
  { min: 0, minExclusive: true, max: PRODUCT_LIMITS.unitsPerDayMax, step: PRODUCT_LIMITS.unitsPerDayStep },
  isUnitsPerDay,
);
export const unitsPerPackInput = decimal(
  'units-per-pack',
  'unitsPerPack',
  { min: PRODUCT_LIMITS.unitsPerPackMin, max: PRODUCT_LIMITS.unitsPerPackMax, integer: true },
  isUnitsPerPack,
);

export const ageGroupInput = oneOf('age-group', 'ageGroup', ageGroupIds(), '18+');
export const sexInput = oneOf('sex', 'sex', sexes(), null);
export const lifeStageInput = lifeStage(
  lifeStages(),
  (stage, input) => lifeStageProblem(input(ageGroupInput), input(sexInput), stage) === null,
);
/** Not answered (`null`) counts as `unknown` in the calculation. */
export const kidneyDiseaseInput = oneOf('kidney-disease', 'kidneyDisease', KIDNEY_ANSWERS, null);
export const medicinesInput = idList('medicines', 'medicines', 'medicine', medicineIds, isMedicineId);

/** The preset product's attributes: any of them set makes a first product. */
export const presetProductInputs = [
  productNameInput,
  saltInput,
  mgPerUnitInput,
  mgBasisInput,
  unitsPerDayInput,
  unitsPerPackInput,
] as const;
export const readerInputs = [ageGroupInput, sexInput, lifeStageInput, kidneyDiseaseInput, medicinesInput] as const;
export const doseCheckerInputs = [...presetProductInputs, ...readerInputs, headingLevelInput] as const;

/** `products` (script): the valid products are kept, the rest reported. */
export const productsInput: InputSpec<Product[]> = {
  name: 'products',
  property: 'products',
  accepted: {
    kind: 'shape',
    forDevelopers: `an array of { name?, salt? (salt id), mgPerUnit (> 0, ≤ ${PRODUCT_LIMITS.mgPerUnitMax}), mgBasis? (elemental | compound; compound needs salt), unitsPerDay (0.5–${PRODUCT_LIMITS.unitsPerDayMax}, step 0.5), unitsPerPack? (whole number ${PRODUCT_LIMITS.unitsPerPackMin}–${PRODUCT_LIMITS.unitsPerPackMax}) }`,
    wordsId: 'products',
  },
  check(raw) {
    const checked = checkProducts(raw);
    return { value: checked.valid, ok: checked.ok };
  },
};

const DEFAULT_READER: DoseReader = {
  ageGroup: '18+',
  sex: null,
  lifeStage: 'none',
  kidneyDisease: 'unknown',
  medicines: [],
};

/** `reader` (script): fields that are wrong fall back to their defaults; the rest is kept. */
export const readerInput: InputSpec<DoseReader> = {
  name: 'reader',
  property: 'reader',
  accepted: {
    kind: 'shape',
    forDevelopers:
      '{ ageGroup: 7-11m | 1-3 | 4-10 | 11-17 | 18+, sex: female | male | null, lifeStage: pregnant | lactating | none (not with male, not under 11), kidneyDisease: yes | no | unknown, medicines: medicine ids from the dataset }',
    wordsId: 'reader',
  },
  check(raw) {
    if (raw === null || raw === undefined) return { value: { ...DEFAULT_READER }, ok: true };
    const isObject = typeof raw === 'object' && !Array.isArray(raw);
    const record = (isObject ? raw : {}) as Record<string, unknown>;
    const next: DoseReader = { ...DEFAULT_READER, medicines: [] };
    let ok = isObject;
    if (isAgeGroup(record['ageGroup'])) next.ageGroup = record['ageGroup'];
    else ok = false;
    if (record['sex'] === null || record['sex'] === undefined) next.sex = null;
    else if (isSex(record['sex'])) next.sex = record['sex'];
    else ok = false;
    const stage = record['lifeStage'];
    if (isLifeStage(stage) && lifeStageProblem(next.ageGroup, next.sex, stage) === null) next.lifeStage = stage;
    else if (stage !== undefined) ok = false;
    const kidney = record['kidneyDisease'];
    if ((KIDNEY_ANSWERS as readonly unknown[]).includes(kidney)) next.kidneyDisease = kidney as KidneyDiseaseAnswer;
    else if (kidney !== undefined) ok = false;
    if (record['medicines'] !== undefined) {
      const { valid, invalid } = parseIdList(record['medicines'], isMedicineId);
      next.medicines = valid;
      if (invalid.length > 0 || !Array.isArray(record['medicines'])) ok = false;
    }
    return { value: next, ok };
  },
};
