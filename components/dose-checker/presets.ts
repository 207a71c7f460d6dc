// What a site's attributes on <mg-dose-checker> preset: the first product, and the reader (where an attribute was
// written after the `reader` property), and where the reader's answers from other widgets may fill in (where the site
// preset nothing). Values come already checked by their specs (src/checks/dose-checker-inputs.ts).
import type { InputSpec } from '../../src/checks/spec.js';
import type { Product } from '../../src/checks/products.js';
import type { DoseReader } from '../../src/rules/dose-checker.js';
import type { SharedAnswers } from '../base/shared-reader.js';
import {
  ageGroupInput,
  kidneyDiseaseInput,
  lifeStageInput,
  medicinesInput,
  mgBasisInput,
  mgPerUnitInput,
  presetProductInputs,
  productNameInput,
  saltInput,
  sexInput,
  unitsPerDayInput,
  unitsPerPackInput,
} from '../../src/checks/dose-checker-inputs.js';

type Input = <Value>(spec: InputSpec<Value>) => Value;

/** The first product from the preset attributes, or null when none of them is set. */
export function presetProduct(element: object, input: Input): Partial<Product> | null {
  const raw = element as Record<string, unknown>;
  if (presetProductInputs.every((spec) => raw[spec.property] === null)) return null;
  const salt = input(saltInput);
  const mgPerUnit = input(mgPerUnitInput);
  const unitsPerPack = input(unitsPerPackInput);
  return {
    name: input(productNameInput) ?? '',
    mgBasis: input(mgBasisInput) ?? 'elemental',
    ...(salt === null ? {} : { salt }),
    ...(mgPerUnit === null ? {} : { mgPerUnit }),
    unitsPerDay: input(unitsPerDayInput) ?? 1,
    ...(unitsPerPack === null ? {} : { unitsPerPack }),
  };
}

/**
 * The reader with the attributes applied that `newer` names (set, and written after the `reader` property);
 * `kidneyAnswered` when the kidney attribute was among them (a valid answer: the site has answered it).
 * `lifeStageSet`: the `life-stage` attribute is set (it may be newer than `reader` or not).
 */
export function readerFromAttributes(
  reader: DoseReader,
  newer: (property: string) => boolean,
  input: Input,
  lifeStageSet: boolean,
): { reader: DoseReader; kidneyAnswered?: boolean } {
  const next = { ...reader };
  if (newer('ageGroup')) next.ageGroup = input(ageGroupInput);
  if (newer('sex')) next.sex = input(sexInput);
  // A set life stage is checked again when the age or sex it depends on changes.
  if (lifeStageSet && (newer('lifeStage') || newer('sex') || newer('ageGroup'))) next.lifeStage = input(lifeStageInput);
  if (newer('medicines')) next.medicines = input(medicinesInput);
  if (!newer('kidneyDisease')) return { reader: next };
  next.kidneyDisease = input(kidneyDiseaseInput) ?? 'unknown';
  return { reader: next, kidneyAnswered: input(kidneyDiseaseInput) !== null };
}

/** The attribute that presets each shared answer: a site's preset wins over the reader's answers elsewhere. */
const sharedAttributes = {
  ageGroup: 'age-group',
  sex: 'sex',
  lifeStage: 'life-stage',
  kidneyDisease: 'kidney-disease',
  medicines: 'medicines',
} as const satisfies Record<keyof SharedAnswers, string>;
export const sharedKeys = Object.keys(sharedAttributes) as (keyof SharedAnswers)[];

/** The reader with the shared answers that changed, except where the site set an attribute; and which applied. */
export function readerWithShared(
  reader: DoseReader,
  answers: SharedAnswers,
  changed: readonly (keyof SharedAnswers)[],
  hasAttribute: (name: string) => boolean,
): { reader: DoseReader; applied: (keyof SharedAnswers)[] } {
  const applied = changed.filter((key) => answers[key] !== undefined && !hasAttribute(sharedAttributes[key]));
  const next: Record<string, unknown> = { ...reader };
  for (const key of applied) next[key] = key === 'medicines' ? [...answers.medicines!] : answers[key];
  return { reader: next as unknown as DoseReader, applied };
}
