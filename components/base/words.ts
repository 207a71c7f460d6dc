// Words shared across widgets (STYLE.md 10): one concept, one message id, one wording — age groups, sexes, life
// stages, the answers to yes/no questions, nutrients, and whom to call. Functions, so they follow the locale.
import { msg, str } from '@lit/localize';
import type { AgeGroupId, LifeStage, NativeBand, Sex } from '../../src/schema/common.js';
import type { Contacts } from '../../src/contacts.js';

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

/** The emergency number as readers should dial it: "112", "999 eller 112" (United Kingdom), "144 eller 112". */
export function emergencyNumberWords(
  contacts: Pick<Contacts, 'emergencyNumber' | 'alternativeEmergencyNumber'>,
): string {
  const { emergencyNumber, alternativeEmergencyNumber } = contacts;
  return alternativeEmergencyNumber === null
    ? emergencyNumber
    : msg(str`${emergencyNumber} eller ${alternativeEmergencyNumber}`, { id: 'words.emergency-number-or' });
}

/** Whom to contact the same day, for the page's country. */
export function urgentContactWords(contacts: Pick<Contacts, 'urgent' | 'urgentNumber'>): string {
  if (contacts.urgent === 'dk-doctor-or-1813')
    return msg('din egen læge, lægevagten eller 1813 i Region Hovedstaden', { id: 'words.urgent.dk' });
  if (contacts.urgent === 'number' && contacts.urgentNumber)
    return msg(str`ring ${contacts.urgentNumber}`, { id: 'words.urgent.number' });
  return msg('din egen læge eller den lokale lægevagt', { id: 'words.urgent.local' });
}

/** Too much magnesium: diarrhoea first; with reduced kidney function the signs that need a doctor or 112. */
export function tooMuchLines(emergency: string): { title: string; lines: string[] } {
  return {
    title: msg('Sådan mærkes for meget magnesium', { id: 'common.too-much.title' }),
    lines: [
      msg('Diarré er det første tegn på for meget magnesium fra kosttilskud. Det går over, når du tager mindre.', {
        id: 'common.too-much.diarrhoea',
      }),
      msg(
        'Har du nedsat nyrefunktion, så kontakt din læge ved kvalme, sløvhed, muskelsvaghed, svimmelhed på grund af lavt blodtryk eller langsom puls.',
        { id: 'common.too-much.kidneys' },
      ),
      msg(str`Ring ${emergency} ved kraftig muskelsvaghed, besvær med at trække vejret eller besvimelse.`, {
        id: 'common.too-much.emergency',
      }),
    ],
  };
}

/** Keeps number ranges ("11–17") on one line: word joiners around the dash. */
export const keepRanges = (text: string): string => text.replace(/(\d)–(\d)/g, '$1\u2060–\u2060$2');

/** An age band a source uses where it is narrower than our age group ("18–24 år", "fra 75 år"). */
export function band(nativeBand: NativeBand): string {
  if (!nativeBand) return '';
  const { unit, from, to } = nativeBand;
  if (to === null) return msg(str`fra ${from} år`, { id: 'dose-table.band.years-from' });
  return keepRanges(
    unit === 'months'
      ? msg(str`${from}–${to} måneder`, { id: 'dose-table.band.months' })
      : msg(str`${from}–${to} år`, { id: 'dose-table.band.years' }),
  );
}
