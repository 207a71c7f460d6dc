// The words of <mg-dose-table>: nutrients, rows, bands, measures, notes and the lines below the table
// (ids and numbers from src/rules/dose-table.ts → sentences). Functions, so they follow the locale at render time.
import { msg, str } from '@lit/localize';
import type {
  DoseTableComparison,
  DoseTableNoteId,
  DoseTableNutrient,
  DoseTableRow,
  DoseTableUnit,
  HighlightNoteId,
  IntakeMeasure,
} from '../../src/rules/dose-table.js';
import type { NationalAdvice } from '../../src/schema/nutrients.js';
import type { NativeBand } from '../../src/schema/common.js';
import { formatMg, formatMicrograms, formatNumber } from '../base/format.js';
import { keepRanges } from '../base/words.js';
import { ageGroupWords } from '../base/reader-words.js';
import { band } from '../base/dose-words.js';

export { band, keepRanges };

/** An amount in the table's unit (format.ts keeps the unit on the number's line). */
export const amount = (value: number, unit: DoseTableUnit): string =>
  unit === 'ug' ? formatMicrograms(value) : formatMg(value);

export const nutrientNames = {
  magnesium: () => msg('Magnesium', { id: 'dose-table.nutrient.magnesium' }),
  calcium: () => msg('Calcium', { id: 'dose-table.nutrient.calcium' }),
  'vitamin-d': () => msg('D-vitamin', { id: 'dose-table.nutrient.vitamin-d' }),
  potassium: () => msg('Kalium', { id: 'dose-table.nutrient.potassium' }),
} satisfies Record<DoseTableNutrient, () => string>;

export function rowLabel(row: Pick<DoseTableRow, 'ageGroup' | 'sex' | 'lifeStage'>): string {
  if (row.lifeStage === 'pregnant') return msg('Gravide', { id: 'dose-table.row.pregnant' });
  if (row.lifeStage === 'lactating') return msg('Ammende', { id: 'dose-table.row.lactating' });
  if (row.ageGroup === '11-17' && row.sex === 'female') return msg('Piger 11–17 år', { id: 'dose-table.row.girls' });
  if (row.ageGroup === '11-17' && row.sex === 'male') return msg('Drenge 11–17 år', { id: 'dose-table.row.boys' });
  if (row.ageGroup === '18+' && row.sex === 'female') return msg('Kvinder fra 18 år', { id: 'dose-table.row.women' });
  if (row.ageGroup === '18+' && row.sex === 'male') return msg('Mænd fra 18 år', { id: 'dose-table.row.men' });
  return ageGroupWords[row.ageGroup]();
}

export const measureAbbreviation = (measure: IntakeMeasure): string =>
  ({ 'adequate-intake': 'AI', 'recommended-intake': 'RI', 'average-requirement': 'AR' })[measure];

/** Shown above the table, so the abbreviations are explained where a reader first meets them. */
export const measureLegend = (measure: IntakeMeasure): string =>
  ({
    'adequate-intake': () =>
      msg(
        'AI = tilstrækkeligt indtag: den mængde, der ser ud til at dække behovet, når der ikke er grundlag for en egentlig anbefaling.',
        { id: 'dose-table.legend.ai' },
      ),
    'recommended-intake': () =>
      msg('RI = anbefalet indtag: dækker behovet hos næsten alle raske.', { id: 'dose-table.legend.ri' }),
    'average-requirement': () =>
      msg('AR = gennemsnitligt behov: dækker behovet hos omkring halvdelen.', { id: 'dose-table.legend.ar' }),
  })[measure]();

export const intakeIsFromFood = (): string =>
  msg(
    'Indtaget gælder alt, hvad du spiser og drikker. De fleste får det gennem kosten. Det er ikke en dosis for kosttilskud.',
    { id: 'dose-table.intake-is-total' },
  );

export const noteText = (note: DoseTableNoteId | HighlightNoteId): string =>
  ({
    'no-eu-limit-doctor-advice': () =>
      msg('Giv kun kosttilskud med magnesium efter aftale med lægen.', { id: 'dose-table.note.doctor-advice' }),
    'no-extra-need-in-pregnancy-or-lactation': () =>
      msg('EFSA: intet ekstra behov under graviditet og amning.', { id: 'dose-table.note.no-extra-need' }),
    'limit-includes-pregnancy-and-lactation': () =>
      msg('Grænsen gælder også under graviditet og amning.', { id: 'dose-table.note.limit-pregnancy' }),
    'general-row-for-life-stage': () =>
      msg('Tabellen har ingen særskilt værdi for graviditet og amning, så den almindelige række er markeret.', {
        id: 'dose-table.note.general-row',
      }),
    'no-row-for-age-group': () =>
      msg('Tabellen har ingen værdier for denne aldersgruppe.', { id: 'dose-table.note.no-row' }),
  })[note]();

export const teenPregnancyStatus = (): string =>
  msg('EFSA regner ikke med et ekstra behov under graviditet og amning, så rækken for piger 11–17 år gælder.', {
    id: 'dose-table.status.teen-pregnancy',
  });

/** Danish FVST guidance for small children's supplements: a labelled note, never the limit. */
export function fvstGuidance(nativeBand: NativeBand, perDose: string, tolerable: string): string {
  return msg(
    str`Dansk vejledning, ikke en EU-grænse (Fødevarestyrelsen, ${band(nativeBand)}): højst ${perDose} pr. anbefalet daglig dosis af et kosttilskud. Fødevarestyrelsen henviser til et tolerabelt øvre indtagsniveau på ${tolerable} om dagen.`,
    { id: 'dose-table.guidance' },
  );
}

export const comparisonAuthority = (authority: DoseTableComparison['authority']): string =>
  ({
    'iom-1997': () => msg('USA (IOM 1997)', { id: 'dose-table.authority.iom' }),
    'vkm-2016': () => msg('Norge (VKM 2016)', { id: 'dose-table.authority.vkm' }),
    'nnr-2012': () => msg('NNR 2012 (afløst)', { id: 'dose-table.authority.nnr-2012' }),
  })[authority]();

export function comparisonWhat(item: DoseTableComparison): string {
  if (item.kind === 'upper-limit') return msg('øvre grænse', { id: 'dose-table.compare.upper-limit' });
  if (item.measure === 'rda') return 'RDA';
  if (item.measure === 'recommended-intake') return msg('anbefalet indtag', { id: 'dose-table.compare.ri' });
  return msg('tilstrækkeligt indtag', { id: 'dose-table.compare.ai' });
}

/** One piece of the Danish vitamin D advice (Sundhedsstyrelsen and Fødevarestyrelsen), with its numbers from data/. */
export function nationalAdviceLine(item: NationalAdvice): string {
  const dose =
    item.valueMax === null
      ? formatMicrograms(item.value)
      : keepRanges(`${formatNumber(item.value)}–${formatMicrograms(item.valueMax)}`);
  switch (item.id) {
    case 'dk-vitamin-d-small-children':
      return msg(str`${dose} hele året til børn fra ${item.fromWeeks} uger, til de fylder ${item.toYears} år.`, {
        id: 'dose-table.dk.vitamin-d.small-children',
      });
    case 'dk-vitamin-d-pregnant-lactating':
      return msg(str`${dose} hele året til gravide og ammende.`, { id: 'dose-table.dk.vitamin-d.pregnant' });
    case 'dk-vitamin-d-winter-from-4':
      return msg(str`${dose} i vinterhalvåret (oktober–april) til alle fra ${item.fromYears} år.`, {
        id: 'dose-table.dk.vitamin-d.winter',
      });
    case 'dk-vitamin-d-over-70': {
      const [from, to] = item.withCalciumMg ?? [0, 0];
      const calcium = keepRanges(`${formatNumber(from)}–${formatMg(to)}`);
      return msg(
        str`${dose} sammen med ${calcium} calcium hele året til alle over ${item.fromYears} år, til personer i plejebolig eller med hjemmepleje og til personer med øget risiko for knogleskørhed.`,
        { id: 'dose-table.dk.vitamin-d.over-70' },
      );
    }
  }
}

export const nationalAdviceTitle = (): string =>
  msg('Danske anbefalinger om D-vitamintilskud (Sundhedsstyrelsen og Fødevarestyrelsen):', {
    id: 'dose-table.dk.vitamin-d.title',
  });

export const nationalAdviceFormula = (): string =>
  msg('Spædbørn, der får modermælkserstatning, skal ikke altid have tilskud. Spørg sundhedsplejersken.', {
    id: 'dose-table.dk.vitamin-d.formula',
  });

/** What the magnesium limit counts, in words a reader can act on (REFERENCE-FACTS 0c). */
export const supplementalScope = (): string =>
  msg(
    'Den øvre grænse gælder magnesium i kosttilskud, uanset form – fx citrat, oxid, chlorid, lactat, bisglycinat og threonat – og magnesium tilsat vand og fødevarer. Den gælder ikke det magnesium, der findes naturligt i maden.',
    { id: 'dose-table.scope.supplemental' },
  );
