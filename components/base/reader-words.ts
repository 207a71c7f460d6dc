// Words for the reader's answers shared by the widgets that ask them (dose table, risk quiz, dose checker): age
// groups, sexes, life stages, yes/no answers and the questions themselves (words.ts says why they are split).
import { msg } from '@lit/localize';
import type { AgeGroupId, LifeStage, Sex } from '../../src/schema/common.js';

export const ageGroupWords = {
  '7-11m': () => msg('7–11 måneder', { id: 'words.age.7-11m' }),
  '1-3': () => msg('1–3 år', { id: 'words.age.1-3' }),
  '4-10': () => msg('4–10 år', { id: 'words.age.4-10' }),
  '11-17': () => msg('11–17 år', { id: 'words.age.11-17' }),
  '18+': () => msg('18 år og derover', { id: 'words.age.18-plus' }),
} satisfies Record<AgeGroupId, () => string>;

export const sexWords = {
  female: () => msg('Kvinde', { id: 'words.sex.female' }),
  male: () => msg('Mand', { id: 'words.sex.male' }),
} satisfies Record<Sex, () => string>;

export const lifeStageWords = {
  none: () => msg('Nej', { id: 'words.life-stage.none' }),
  pregnant: () => msg('Gravid', { id: 'words.life-stage.pregnant' }),
  lactating: () => msg('Ammer', { id: 'words.life-stage.lactating' }),
} satisfies Record<LifeStage, () => string>;

export const answerWords = {
  yes: () => msg('Ja', { id: 'words.answer.yes' }),
  no: () => msg('Nej', { id: 'words.answer.no' }),
  unknown: () => msg('Ved ikke', { id: 'words.answer.unknown' }),
} satisfies Record<'yes' | 'no' | 'unknown', () => string>;

/** The pregnancy question, asked only from 11 years. */
export const lifeStageQuestion = (): string =>
  msg('Er du gravid, eller ammer du?', { id: 'words.question.life-stage' });
export const kidneyQuestion = (): string =>
  msg('Har du en nyresygdom eller nedsat nyrefunktion?', { id: 'words.question.kidney-disease' });
/** Shown where a reader might answer for a child (REFERENCE-FACTS: no pregnancy question under 11). */
export const childHint = (): string =>
  msg('Svarer du for et barn, så vælg barnets alder.', { id: 'words.hint.for-a-child' });
