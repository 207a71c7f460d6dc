// The words of <mg-dose-checker>: medicines, salts, fields, and the result's sentences (ids and numbers from
// src/rules/dose-checker.ts → sentences). Functions, so they follow the locale at render time.
import { msg, str } from '@lit/localize';
import type { DoseInteraction, DoseNoteId, DoseReport, DoseWarningId } from '../../src/rules/dose-checker.js';
import { shownToAgree, wholeDays } from '../../src/rules/dose-checker.js';
import { hasHydrates, salt, saltFamily } from '../../src/data/salts.js';
import { labelReferenceMg } from '../../src/data/intake.js';
import { PRODUCT_LIMITS, type Product } from '../../src/checks/products.js';
import type { UpperLimitGuidance } from '../../src/schema/upper-limits.js';
import { formatMg, formatNumber, formatPercent } from '../base/format.js';
import { band } from '../base/dose-words.js';
import type { FieldProblem, NumberFieldName } from './drafts.js';

type Words = Readonly<Partial<Record<string, () => string>>>;

/** Medicines with the names Danish readers know them by (pro.medicin.dk). */
export const medicineLabels: Words = {
  tetracyclines: () =>
    msg('Tetracykliner (antibiotika), fx doxycyclin (Doxyprim) og lymecyclin (Tetralysal, Lymelysal)', {
      id: 'checker.medicine.tetracyclines',
    }),
  fluoroquinolones: () =>
    msg('Fluorquinoloner (antibiotika), fx ciprofloxacin og moxifloxacin', { id: 'checker.medicine.fluoroquinolones' }),
  levothyroxine: () =>
    msg('Levothyroxin (stofskiftemedicin), fx Eltroxin og Euthyrox', { id: 'checker.medicine.levothyroxine' }),
  dolutegravir: () =>
    msg('Dolutegravir (hiv-medicin i Tivicay, Triumeq, Dovato og Juluca)', { id: 'checker.medicine.dolutegravir' }),
  eltrombopag: () => msg('Eltrombopag (Revolade) mod lavt antal blodplader', { id: 'checker.medicine.eltrombopag' }),
  bisphosphonates: () =>
    msg('Bisfosfonater mod knogleskørhed, fx alendronat', { id: 'checker.medicine.bisphosphonates' }),
  digoxin: () => msg('Digoxin (hjertemedicin)', { id: 'checker.medicine.digoxin' }),
  iron: () => msg('Jerntabletter, fx Ferro Duretter og Duroferon', { id: 'checker.medicine.iron' }),
  'other-integrase-inhibitors': () =>
    msg('Anden hiv-medicin af samme type (integrasehæmmere): raltegravir, bictegravir eller cabotegravir', {
      id: 'checker.medicine.other-integrase-inhibitors',
    }),
  'other-interacting-medicines': () =>
    msg(
      'Gabapentin, mycophenolat, penicillamin, rosuvastatin, itraconazol, ketoconazol, (hydroxy)chloroquin eller sotalol',
      { id: 'checker.medicine.other-interacting-medicines' },
    ),
};

export const interactionNotes: Words = {
  'bisphosphonate-after-overnight-fast': () =>
    msg('Bisfosfonatet tages om morgenen på tom mave efter nattens faste. Magnesium aftenen før går fint.', {
      id: 'checker.note.bisphosphonate-after-overnight-fast',
    }),
  'low-magnesium-raises-digoxin-toxicity': () =>
    msg('For lidt magnesium i blodet øger risikoen for bivirkninger af digoxin.', {
      id: 'checker.note.low-magnesium-raises-digoxin-toxicity',
    }),
  'follow-leaflet-or-ask-pharmacist': () =>
    msg(
      'Reglerne er forskellige, og nogle må slet ikke tages sammen med magnesium. Følg indlægssedlen, eller spørg på apoteket.',
      { id: 'checker.note.follow-leaflet-or-ask-pharmacist' },
    ),
  'list-not-complete-ask-pharmacist': () =>
    msg(
      'Listen er ikke komplet. Tager du receptpligtig medicin, så spørg på apoteket, om den kan tages sammen med magnesium.',
      { id: 'checker.note.list-not-complete-ask-pharmacist' },
    ),
};

/** Salt families as Danish labels and Directive 2002/46/EC (da) spell them; readers search for the label word. */
const saltFamilies: Words = {
  oxide: () => msg('Magnesiumoxid', { id: 'checker.salt.oxide' }),
  hydroxide: () => msg('Magnesiumhydroxid', { id: 'checker.salt.hydroxide' }),
  carbonate: () => msg('Magnesiumcarbonat', { id: 'checker.salt.carbonate' }),
  citrate: () => msg('Magnesiumcitrat', { id: 'checker.salt.citrate' }),
  'hydrogen-citrate': () => msg('Magnesiumhydrogencitrat', { id: 'checker.salt.hydrogen-citrate' }),
  'citrate-malate': () => msg('Magnesiumcitratmalat', { id: 'checker.salt.citrate-malate' }),
  bisglycinate: () => msg('Magnesiumbisglycinat', { id: 'checker.salt.bisglycinate' }),
  lactate: () => msg('Magnesiumlactat', { id: 'checker.salt.lactate' }),
  chloride: () => msg('Magnesiumchlorid', { id: 'checker.salt.chloride' }),
  sulfate: () => msg('Magnesiumsulfat', { id: 'checker.salt.sulfate' }),
  malate: () => msg('Magnesiummalat', { id: 'checker.salt.malate' }),
  aspartate: () => msg('Magnesiumaspartat', { id: 'checker.salt.aspartate' }),
  gluconate: () => msg('Magnesiumgluconat', { id: 'checker.salt.gluconate' }),
  threonate: () => msg('Magnesium-L-threonat', { id: 'checker.salt.threonate' }),
  pidolate: () => msg('Magnesiumpidolat', { id: 'checker.salt.pidolate' }),
  orotate: () => msg('Magnesiumorotat', { id: 'checker.salt.orotate' }),
  taurate: () => msg('Magnesiumtaurat', { id: 'checker.salt.taurate' }),
  glycerophosphate: () => msg('Magnesiumglycerophosphat', { id: 'checker.salt.glycerophosphate' }),
};

/** Water of crystallisation by the data's hydrate id, named as a reader can look it up. */
const hydrateNames: Words = {
  '2H2O': () => msg('dihydrat', { id: 'checker.hydrate.2' }),
  '3H2O': () => msg('trihydrat', { id: 'checker.hydrate.3' }),
  '4H2O': () => msg('tetrahydrat', { id: 'checker.hydrate.4' }),
  '6H2O': () => msg('hexahydrat', { id: 'checker.hydrate.6' }),
  '7H2O': () => msg('heptahydrat', { id: 'checker.hydrate.7' }),
  '9H2O': () => msg('nonahydrat', { id: 'checker.hydrate.9' }),
  '14H2O': () => msg('tetradecahydrat', { id: 'checker.hydrate.14' }),
};

export const saltFamilyLabel = (id: string): string => saltFamilies[saltFamily(id)]?.() ?? id;

/** A salt option: "Magnesiumcitrat, med krystalvand (nonahydrat) – 11,9 % magnesium". */
export function saltLabel(id: string): string {
  const item = salt(id);
  const family = saltFamilyLabel(id);
  const form =
    item.hydrate === 'mixed'
      ? family
      : item.hydrate === 'anhydrous'
        ? hasHydrates(id)
          ? msg(str`${family}, vandfri`, { id: 'checker.salt.anhydrous' })
          : family
        : msg(str`${family}, med krystalvand (${hydrateNames[item.hydrate]?.() ?? item.hydrate})`, {
            id: 'checker.salt.hydrate',
          });
  return msg(str`${form} – ${formatNumber(item.elementalMgPercent, 1)} % magnesium`, { id: 'checker.salt.option' });
}

/** The words a reader may write after a count ("2 stk"), besides the number; compared without case. */
export const countUnits = (): string[] =>
  [
    ...msg('stk, tabl, tablet, tabletter, kaps, kapsel, kapsler, dosis, doser', { id: 'checker.count-units' }).split(
      ',',
    ),
    ...DANISH_COUNT_UNITS,
  ]
    .map((unit) => unit.trim())
    .filter(Boolean);

/** Danish pack words are understood on every page (a Danish pack is often read on a page in another language). */
const DANISH_COUNT_UNITS = ['stk', 'tabl', 'tablet', 'tabletter', 'kaps', 'kapsel', 'kapsler'];

/** The field's message for a value it cannot use; never shows a format the field refuses. */
export function fieldProblem(name: NumberFieldName, problem: FieldProblem): string {
  if (problem.kind === 'unit') {
    return name === 'mgPerUnit'
      ? msg(str`Skriv mængden i mg, ikke i ${problem.unit}. Fx 150.`, { id: 'checker.error.unit-mg' })
      : msg(str`Skriv antallet som et tal uden ${problem.unit}. Fx 2.`, { id: 'checker.error.unit-count' });
  }
  switch (name) {
    case 'mgPerUnit':
      return msg(str`Skriv et tal over 0 og højst ${formatNumber(PRODUCT_LIMITS.mgPerUnitMax)}, fx 150.`, {
        id: 'checker.error.mg-per-unit',
      });
    case 'unitsPerDay':
      return msg(
        str`Skriv et antal fra ${formatNumber(PRODUCT_LIMITS.unitsPerDayStep)} til ${formatNumber(PRODUCT_LIMITS.unitsPerDayMax)}, i hele eller halve tabletter.`,
        { id: 'checker.error.units-per-day' },
      );
    case 'unitsPerPack':
      return msg(
        str`Skriv et helt tal fra ${formatNumber(PRODUCT_LIMITS.unitsPerPackMin)} til ${formatNumber(PRODUCT_LIMITS.unitsPerPackMax)}, eller lad feltet stå tomt.`,
        { id: 'checker.error.units-per-pack' },
      );
  }
}

export function productDescription(product: Product): string {
  const perUnit =
    product.mgBasis === 'compound' && product.salt
      ? msg(str`${formatMg(product.mgPerUnit)} ${saltFamilyLabel(product.salt)}`, { id: 'checker.product.compound' })
      : msg(str`${formatMg(product.mgPerUnit)} magnesium`, { id: 'checker.product.elemental' });
  return msg(str`${perUnit} × ${formatNumber(product.unitsPerDay)} om dagen`, { id: 'checker.product.per-day' });
}

export function productTitle(index: number, name: string): string {
  const trimmed = name.trim();
  return trimmed
    ? msg(str`Produkt ${index + 1}: ${trimmed}`, { id: 'checker.product.title-named' })
    : msg(str`Produkt ${index + 1}`, { id: 'checker.product.title' });
}

export function interactionText(item: DoseInteraction): string {
  const gap =
    item.hoursBefore !== null && item.hoursAfter !== null
      ? msg(
          str`Tag medicinen mindst ${formatNumber(item.hoursBefore)} timer før magnesium eller tidligst ${formatNumber(item.hoursAfter)} timer efter, at du har taget magnesium.`,
          { id: 'checker.interaction.gap' },
        )
      : '';
  return [gap, item.noteId ? (interactionNotes[item.noteId]?.() ?? '') : ''].filter(Boolean).join(' ');
}

export function warningText(id: DoseWarningId, report: Pick<DoseReport, 'upperLimitMg'>, kidney: string): string {
  const limit = report.upperLimitMg === null ? '' : formatMg(report.upperLimitMg, 0);
  switch (id) {
    case 'kidney-disease':
      return kidney === 'yes'
        ? msg(
            'Du har en nyresygdom: Tal med din læge, før du tager magnesiumtilskud. Når nyrerne ikke skiller magnesium ordentligt ud, kan det hobe sig op i blodet.',
            { id: 'checker.warning.kidney-yes' },
          )
        : msg(
            'Ved du ikke, om dine nyrer fungerer normalt? Så spørg din læge, før du tager magnesiumtilskud. Ved nedsat nyrefunktion kan magnesium hobe sig op i blodet.',
            { id: 'checker.warning.kidney-unknown' },
          );
    case 'kidney-disease-unanswered':
      return msg(
        'Du har ikke svaret på, om du har en nyresygdom. Har du det, så tal med din læge, før du tager magnesiumtilskud.',
        { id: 'checker.warning.kidney-unanswered' },
      );
    case 'above-upper-limit':
      return msg(
        str`Over den øvre grænse: Mere end ${limit} magnesium om dagen fra tilskud kan give diarré. Tal med apoteket eller din læge om det. Grænsen er ikke et mål at nå op til.`,
        { id: 'checker.warning.above' },
      );
    case 'no-upper-limit-for-age':
      return msg(
        'EU har ingen øvre grænse for børn under 4 år. Giv kun magnesiumtilskud til små børn efter aftale med lægen.',
        { id: 'checker.warning.no-limit' },
      );
    case 'pregnant-or-lactating':
      return msg(
        'Gravid eller ammende: Grænsen for magnesium fra tilskud gælder også, når du er gravid eller ammer. Tal med din læge eller jordemoder, før du tager tilskud.',
        { id: 'checker.warning.pregnant' },
      );
    case 'interaction':
      return msg('Magnesium kan nedsætte optagelsen af visse lægemidler. Hold tidsafstand:', {
        id: 'checker.warning.interaction',
      });
  }
}

export const importantMarker = (): string => msg('Vigtigt:', { id: 'checker.warning.important' });

export function verdictText(report: DoseReport): string {
  const limit = report.upperLimitMg === null ? '' : formatMg(report.upperLimitMg, 0);
  switch (report.verdict) {
    case 'above':
      return msg(str`Over den øvre grænse for tilskud (${limit} om dagen).`, { id: 'checker.verdict.above' });
    case 'at':
      return msg(str`Præcis på den øvre grænse for tilskud (${limit} om dagen).`, { id: 'checker.verdict.at' });
    case 'below':
      return msg(str`Under den øvre grænse for tilskud (${limit} om dagen).`, { id: 'checker.verdict.below' });
    case 'no-limit':
      return msg('Ingen EU-grænse for denne alder.', { id: 'checker.verdict.no-limit' });
  }
}

/** The total, with as many decimals as it takes to agree with the verdict ("250,2 mg", never "250 mg" above). */
export function totalText(report: DoseReport): string {
  const shown = shownToAgree(report.totalElementalMg, report.upperLimitMg, 1);
  return msg(str`${formatMg(shown.value, shown.decimals)} magnesium om dagen fra tilskud`, {
    id: 'checker.result.total',
  });
}

export function percentOfLimitText(report: DoseReport): string {
  if (report.percentOfUpperLimit === null) return '';
  const shown = shownToAgree(report.percentOfUpperLimit, 100, 0);
  return msg(str`${formatPercent(shown.value, shown.decimals)} af den øvre grænse`, {
    id: 'checker.result.percent-of-limit',
  });
}

export function labelText(report: DoseReport): string {
  return msg(
    str`${formatPercent(report.percentOfLabelReference, 0)} af referenceværdien til mærkning (»% RI« på pakningen, EU: ${formatMg(labelReferenceMg().valueMg, 0)})`,
    { id: 'checker.result.label-reference' },
  );
}

/** One product's line; its amount agrees with the verdict the same way the total does. */
export function productLine(title: string, dose: DoseReport['products'][number], report: DoseReport): string {
  const shown = shownToAgree(dose.elementalMgPerDay, report.upperLimitMg, 1);
  const mg = msg(str`${formatMg(shown.value, shown.decimals)} magnesium om dagen`, { id: 'checker.result.product-mg' });
  const days =
    dose.daysOfSupply === null
      ? ''
      : msg(str`pakningen rækker til ${formatNumber(wholeDays(dose.daysOfSupply), 0)} dage`, {
          id: 'checker.result.days',
        });
  return `${title}: ${[mg, days].filter(Boolean).join(' · ')}`;
}

export function noteText(id: Extract<DoseNoteId, 'prescribed-magnesium'>): string {
  switch (id) {
    case 'prescribed-magnesium':
      return msg('Har lægen ordineret magnesium, så følg lægens dosis – grænsen gælder kosttilskud.', {
        id: 'checker.note.prescribed',
      });
  }
}

/** Danish FVST guidance for children's supplements, as a labelled note beside the EU limit (or its absence). */
export function guidanceText(item: UpperLimitGuidance): string {
  return msg(
    str`Til sammenligning vejleder Fødevarestyrelsen i Danmark om højst ${formatMg(item.maxPerDailyDoseMg ?? item.valueMg, 0)} pr. anbefalet daglig dosis af et kosttilskud til børn (${band(item.nativeBand)}).`,
    { id: 'checker.warning.fvst-guidance' },
  );
}

export const scopeText = (): string =>
  msg(
    'Grænsen gælder magnesium i kosttilskud, uanset form, og magnesium tilsat vand og fødevarer – ikke magnesium i almindelig mad. Læg alt med magnesium sammen, også afføringsmidler og syreneutraliserende midler med magnesium. Grænsen er et loft, ikke et mål.',
    { id: 'checker.result.scope' },
  );
