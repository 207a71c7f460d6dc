// <mg-dose-checker>: the reader's supplements against the upper limit, the label reference, medicine gaps and pack sizes.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/dose-checker.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { formatMg, formatNumber, formatPercent } from '../base/format.js';
import { doseCheckerStyles } from './dose-checker.styles.js';
import {
  evaluateSupplements,
  interactionListNoteId,
  parseReaderNumber,
  shownToAgree,
  wholeDays,
  type DoseInteraction,
  type DoseReader,
  type DoseReport,
  type DoseWarningId,
  type KidneyDiseaseAnswer,
} from '../../src/rules/dose.js';
import { ageGroupIds, isAgeGroup, isLifeStage, isSex } from '../../src/data/age-groups.js';
import { isSaltId, salt, saltIds } from '../../src/data/salts.js';
import { isMedicineId, medicineIds } from '../../src/data/interactions.js';
import { labelReferenceMg } from '../../src/data/intake.js';
import { upperLimitFor } from '../../src/data/upper-limits.js';
import { parseDecimal, parseIdList } from '../../src/checks/parse.js';
import {
  checkProduct,
  checkProducts,
  isMgPerUnit,
  isUnitsPerDay,
  isUnitsPerPack,
  PRODUCT_LIMITS,
  type Product,
} from '../../src/checks/products.js';
import type { AgeGroupId, LifeStage, Sex } from '../../src/schema/common.js';

/** `mg-change` detail: the reader and the products with valid input, without the names the reader typed. */
export interface DoseCheckerChange {
  reader: DoseReader;
  products: Omit<Product, 'name'>[];
}

/** The events `<mg-dose-checker>` fires: `mg-change` with `DoseCheckerChange`, `mg-result` with the `DoseReport`. */
export type MgDoseCheckerEvents = MgEvents<DoseCheckerChange, DoseReport>;

type Basis = 'elemental' | 'compound';
type DraftField = 'mgPerUnit' | 'salt' | 'unitsPerDay' | 'unitsPerPack';

/** A product as the reader edits it: the typed text, checked on every change. */
interface Draft {
  key: number;
  name: string;
  mgPerUnit: string;
  mgBasis: Basis;
  salt: string;
  unitsPerDay: string;
  unitsPerPack: string;
  /** Fields the reader has left (or a preset filled): their errors show. */
  touched: Set<DraftField>;
  /** Whether its fields show; a complete preset product on a pharmacy page starts closed. */
  open: boolean;
}

const kidneyAnswers: readonly KidneyDiseaseAnswer[] = ['yes', 'no', 'unknown'];
const presetProductProps = new Set<PropertyKey>([
  'productName',
  'salt',
  'mgPerUnit',
  'mgBasis',
  'unitsPerDay',
  'unitsPerPack',
]);
const readerProps = ['ageGroup', 'sex', 'lifeStage', 'kidneyDisease', 'medicines'] as const;

const ageGroupLabel = (id: string): string =>
  ({
    '7-11m': msg('7–11 måneder', { id: 'checker.age.7-11m' }),
    '1-3': msg('1–3 år', { id: 'checker.age.1-3' }),
    '4-10': msg('4–10 år', { id: 'checker.age.4-10' }),
    '11-17': msg('11–17 år', { id: 'checker.age.11-17' }),
    '18+': msg('18 år eller ældre', { id: 'checker.age.18-plus' }),
  })[id] ?? id;

const medicineLabel = (id: string): string =>
  ({
    tetracyclines: msg('Tetracykliner, fx doxycyclin og lymecyclin (antibiotika)', {
      id: 'checker.medicine.tetracyclines',
    }),
    fluoroquinolones: msg('Fluorquinoloner, fx ciprofloxacin og moxifloxacin (antibiotika)', {
      id: 'checker.medicine.fluoroquinolones',
    }),
    levothyroxine: msg('Levothyroxin (stofskiftemedicin)', { id: 'checker.medicine.levothyroxine' }),
    dolutegravir: msg('Dolutegravir (hiv-medicin)', { id: 'checker.medicine.dolutegravir' }),
    eltrombopag: msg('Eltrombopag (mod lavt antal blodplader)', { id: 'checker.medicine.eltrombopag' }),
    bisphosphonates: msg('Bisfosfonater mod knogleskørhed, fx alendronat', { id: 'checker.medicine.bisphosphonates' }),
    digoxin: msg('Digoxin (hjertemedicin)', { id: 'checker.medicine.digoxin' }),
    iron: msg('Jerntabletter', { id: 'checker.medicine.iron' }),
    'other-integrase-inhibitors': msg('Anden hiv-medicin: raltegravir, bictegravir eller cabotegravir', {
      id: 'checker.medicine.other-integrase-inhibitors',
    }),
    'other-interacting-medicines': msg(
      'Gabapentin, mycophenolat, penicillamin, rosuvastatin, itraconazol, ketoconazol, (hydroxy)chloroquin eller sotalol',
      { id: 'checker.medicine.other-interacting-medicines' },
    ),
  })[id] ?? id;

const interactionNote = (id: string): string =>
  ({
    'bisphosphonate-after-overnight-fast': msg(
      'Bisfosfonatet tages om morgenen på tom mave efter nattens faste. Magnesium aftenen før går fint.',
      { id: 'checker.note.bisphosphonate-after-overnight-fast' },
    ),
    'low-magnesium-raises-digoxin-toxicity': msg(
      'For lidt magnesium i blodet øger risikoen for bivirkninger af digoxin.',
      { id: 'checker.note.low-magnesium-raises-digoxin-toxicity' },
    ),
    'follow-leaflet-or-ask-pharmacist': msg(
      'Reglerne er forskellige, og nogle må slet ikke tages sammen med magnesium. Følg indlægssedlen, eller spørg på apoteket.',
      { id: 'checker.note.follow-leaflet-or-ask-pharmacist' },
    ),
    'list-not-complete-ask-pharmacist': msg(
      'Listen er ikke komplet. Tager du receptpligtig medicin, så spørg på apoteket, om den kan tages sammen med magnesium.',
      { id: 'checker.note.list-not-complete-ask-pharmacist' },
    ),
  })[id] ?? '';

/** Salt families by the id of their anhydrous form; hydrates are shown as "·9H₂O". */
const saltFamilyLabel = (id: string): string =>
  ({
    oxide: msg('Magnesiumoxid', { id: 'checker.salt.oxide' }),
    hydroxide: msg('Magnesiumhydroxid', { id: 'checker.salt.hydroxide' }),
    carbonate: msg('Magnesiumcarbonat', { id: 'checker.salt.carbonate' }),
    citrate: msg('Magnesiumcitrat', { id: 'checker.salt.citrate' }),
    'hydrogen-citrate': msg('Magnesiumhydrogencitrat', { id: 'checker.salt.hydrogen-citrate' }),
    'citrate-malate': msg('Magnesiumcitratmalat', { id: 'checker.salt.citrate-malate' }),
    bisglycinate: msg('Magnesiumbisglycinat', { id: 'checker.salt.bisglycinate' }),
    lactate: msg('Magnesiumlaktat', { id: 'checker.salt.lactate' }),
    chloride: msg('Magnesiumklorid', { id: 'checker.salt.chloride' }),
    sulfate: msg('Magnesiumsulfat', { id: 'checker.salt.sulfate' }),
    malate: msg('Magnesiummalat', { id: 'checker.salt.malate' }),
    aspartate: msg('Magnesiumaspartat', { id: 'checker.salt.aspartate' }),
    gluconate: msg('Magnesiumglukonat', { id: 'checker.salt.gluconate' }),
    threonate: msg('Magnesium-L-threonat', { id: 'checker.salt.threonate' }),
    pidolate: msg('Magnesiumpidolat', { id: 'checker.salt.pidolate' }),
    orotate: msg('Magnesiumorotat', { id: 'checker.salt.orotate' }),
    taurate: msg('Magnesiumtaurat', { id: 'checker.salt.taurate' }),
    glycerophosphate: msg('Magnesiumglycerofosfat', { id: 'checker.salt.glycerophosphate' }),
  })[id] ?? id;

function saltLabel(id: string): string {
  const item = salt(id);
  const family = item.hydrate === 'anhydrous' || item.hydrate === 'mixed' ? id : id.replace(/-[a-z]+$/, '');
  const hasHydrates = saltIds().some((other) => other !== id && salt(other).form === item.form);
  const form =
    item.hydrate === 'anhydrous'
      ? hasHydrates
        ? msg(str`${saltFamilyLabel(family)}, vandfri`, { id: 'checker.salt.anhydrous' })
        : saltFamilyLabel(family)
      : item.hydrate === 'mixed'
        ? saltFamilyLabel(family)
        : `${saltFamilyLabel(family)} ·${item.hydrate.replace('H2O', 'H₂O')}`;
  return msg(str`${form} (${formatNumber(item.elementalMgPercent, 1)} % magnesium)`, { id: 'checker.salt.option' });
}

const decimalSeparator = (): string => formatNumber(1.5).replace(/\d/g, '') || '.';
/** A number as the reader's fields show it: locale decimal separator, no grouping. */
const fieldText = (value: number | undefined): string =>
  value === undefined ? '' : String(value).replace('.', decimalSeparator());

// Keys make the ids in the shadow root: counted per element, so a server render and the browser's agree.
const emptyDraft = (key: number, open = true): Draft => ({
  key,
  name: '',
  mgPerUnit: '',
  mgBasis: 'elemental',
  salt: '',
  unitsPerDay: '1',
  unitsPerPack: '',
  touched: new Set(),
  open,
});

/**
 * How much elemental magnesium a reader's supplements give per day, against the EU upper limit for
 * supplements and the EU label reference behind "% RI", with medicine time gaps, days of supply and
 * the warnings that go first (kidney disease). It informs; it never proposes a personal dose.
 *
 * @tagname mg-dose-checker
 * @summary Supplement checker: elemental magnesium per day, share of the upper limit and of the label reference, warnings.
 *
 * @attr product-name - Name of the first product (shown to the reader; never in events).
 * @attr salt - Salt form id of the first product from the dataset (e.g. `citrate`, `oxide`); a bare id is the anhydrous form. Required with `mg-basis="compound"`.
 * @attr mg-per-unit - Milligrams per unit (tablet, capsule, dose) of the first product, `.` as decimal point; > 0 and ≤ 5000.
 * @attr mg-basis - What `mg-per-unit` measures: `elemental` (default; EU labels declare elemental magnesium) or `compound` (the salt's weight).
 * @attr units-per-day - Units a day of the first product: 0.5 to 20 in steps of 0.5 (default 1).
 * @attr units-per-pack - Units in a pack of the first product: a whole number 1–10000 (optional; gives days of supply).
 * @attr age-group - `7-11m`, `1-3`, `4-10`, `11-17` or `18+` (default `18+`).
 * @attr sex - `female` or `male` (optional).
 * @attr life-stage - `pregnant`, `lactating` or `none` (default); with `sex="male"` it is bad input.
 * @attr kidney-disease - `yes`, `no` or `unknown` (default: not answered, which counts as `unknown`).
 * @attr medicines - Space-separated medicine ids from the dataset's interaction list, e.g. `levothyroxine iron`.
 *
 * @prop {Array<{name?: string, salt?: string, mgPerUnit: number, mgBasis?: 'elemental' | 'compound', unitsPerDay: number, unitsPerPack?: number}>} products - The products (read or set; setting replaces the list; the reader's edits show in it).
 * @prop {{ageGroup: string, sex: 'female' | 'male' | null, lifeStage: 'pregnant' | 'lactating' | 'none', kidneyDisease: 'yes' | 'no' | 'unknown', medicines: string[]}} reader - The reader (read or set).
 *
 * @fires {MgChangeEvent<DoseCheckerChange>} mg-change - The reader changed an input. `detail`: `{ reader, products }`, products without names.
 * @fires {MgResultEvent<DoseReport>} mg-result - The shown result changed (also the first result from presets). `detail`: the `DoseReport` (unrounded numbers, warnings, interactions, products, sourceIds).
 *
 * @csspart products - The fieldset with the list of products.
 * @csspart product - One product (a disclosure with its fields).
 * @csspart add-button - "Add a product".
 * @csspart remove-button - "Remove product n".
 * @csspart reader - The fieldset about the reader.
 * @csspart result - The result section.
 * @csspart warning - One warning (kidney disease first).
 * @csspart total - The total elemental magnesium per day.
 * @csspart meter - The meter of the share of the upper limit.
 * @csspart verdict - The verdict sentence.
 * @csspart copy-button - "Copy for your pharmacy".
 * @csspart disclaimer - The line saying the widget informs and does not diagnose.
 * @csspart input-problem - The message shown for rejected attribute or property values.
 *
 * @cssprop --mg-dose-checker-max-width - Maximum width of the widget (default none).
 * @cssprop --mg-accent - Buttons, links and the meter.
 * @cssprop --mg-border-color - Borders of fields and cards.
 * @cssprop --mg-danger - Border and marker of urgent warnings (kidney disease, above the limit).
 * @cssprop --mg-warning - Border of other warnings.
 * @cssprop --mg-ok - Marker of a total below the limit.
 * @cssprop --mg-surface - Background of cards.
 * @cssprop --mg-radius - Corner radius.
 * @cssprop --mg-gap - Space between blocks.
 * @cssprop --mg-focus-color - Focus outline.
 */
export class MgDoseChecker extends MgElement<MgDoseCheckerEvents> {
  static override properties = {
    productName: { attribute: 'product-name' },
    salt: {},
    mgPerUnit: { attribute: 'mg-per-unit' },
    mgBasis: { attribute: 'mg-basis' },
    unitsPerDay: { attribute: 'units-per-day' },
    unitsPerPack: { attribute: 'units-per-pack' },
    ageGroup: { attribute: 'age-group' },
    sex: {},
    lifeStage: { attribute: 'life-stage' },
    kidneyDisease: { attribute: 'kidney-disease' },
    medicines: {},
  };
  static override styles = [tokens, doseCheckerStyles];
  static override messages = ownMessages;

  /** Preset of the first product (attribute `product-name`). */
  declare productName: string | null;
  /** Preset salt id of the first product (attribute `salt`). */
  declare salt: string | null;
  /** Preset mg per unit of the first product (attribute `mg-per-unit`, `.` decimal point). */
  declare mgPerUnit: string | null;
  /** Preset basis of the first product (attribute `mg-basis`). */
  declare mgBasis: Basis | null;
  /** Preset units per day of the first product (attribute `units-per-day`). */
  declare unitsPerDay: string | null;
  /** Preset units per pack of the first product (attribute `units-per-pack`). */
  declare unitsPerPack: string | null;
  /** Preset age group (attribute `age-group`). */
  declare ageGroup: AgeGroupId | null;
  /** Preset sex (attribute `sex`). */
  declare sex: Sex | null;
  /** Preset life stage (attribute `life-stage`). */
  declare lifeStage: LifeStage | null;
  /** Preset kidney-disease answer (attribute `kidney-disease`). */
  declare kidneyDisease: KidneyDiseaseAnswer | null;
  /** Preset medicine ids, space-separated (attribute `medicines`). */
  declare medicines: string | null;

  private nextKey = 1;
  private drafts: Draft[] = [emptyDraft(this.nextKey++)];
  private state: DoseReader = {
    ageGroup: '18+',
    sex: null,
    lifeStage: 'none',
    kidneyDisease: 'unknown',
    medicines: [],
  };
  private report: DoseReport | null = null;
  /** The reader's warnings (kidney disease, age, pregnancy, medicines), shown before a product is entered too. */
  private readerReport: DoseReport = evaluateSupplements(this.state, []);
  /** Which write came last, so attributes and properties follow "last write wins". */
  private writeCount = 0;
  private writtenAt = new Map<PropertyKey, number>();
  private lastChange = '';
  private lastResult = '';
  private copyStatus: 'idle' | 'copied' | 'failed' = 'idle';
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | null = null;

  constructor() {
    super();
    this.productName = null;
    this.salt = null;
    this.mgPerUnit = null;
    this.mgBasis = null;
    this.unitsPerDay = null;
    this.unitsPerPack = null;
    this.ageGroup = null;
    this.sex = null;
    this.lifeStage = null;
    this.kidneyDisease = null;
    this.medicines = null;
  }

  override requestUpdate(...args: Parameters<MgElement['requestUpdate']>): void {
    if (args[0] !== undefined) this.writtenAt.set(args[0], ++this.writeCount);
    super.requestUpdate(...args);
  }

  /** The products with valid input, in order (read or set; setting replaces the list). */
  get products(): Product[] {
    return this.validProducts().map(({ product }) => ({ ...product }));
  }

  /** Checked at run time too (scripts are not type-checked): invalid items are reported and left out. */
  set products(value: readonly Product[]) {
    const checked = checkProducts(value as unknown);
    if (checked.ok) this.clearInvalid('products');
    else
      this.reportInvalid(
        'products',
        value,
        `an array of { name?, salt? (salt id), mgPerUnit (> 0, ≤ ${PRODUCT_LIMITS.mgPerUnitMax}), mgBasis? (elemental | compound; compound needs salt), unitsPerDay (0.5–${PRODUCT_LIMITS.unitsPerDayMax}, step 0.5), unitsPerPack? (whole number ${PRODUCT_LIMITS.unitsPerPackMin}–${PRODUCT_LIMITS.unitsPerPackMax}) }`,
        msg('en liste af produkter med mg pr. enhed, grundlag, saltform og antal om dagen og pr. pakning', {
          id: 'checker.accepted-products',
        }),
      );
    this.drafts = checked.valid.map((product) => ({
      ...emptyDraft(this.nextKey++, false),
      name: product.name ?? '',
      mgPerUnit: fieldText(product.mgPerUnit),
      mgBasis: product.mgBasis ?? 'elemental',
      salt: product.salt ?? '',
      unitsPerDay: fieldText(product.unitsPerDay),
      unitsPerPack: fieldText(product.unitsPerPack),
      touched: new Set<DraftField>(['mgPerUnit', 'salt', 'unitsPerDay', 'unitsPerPack']),
    }));
    this.requestUpdate('products');
  }

  /** The reader: age group, sex, life stage, kidney disease, medicines (read or set). */
  get reader(): DoseReader {
    return { ...this.state, medicines: [...this.state.medicines] };
  }

  /** Checked at run time too: invalid fields are reported and fall back to their defaults. */
  set reader(value: DoseReader) {
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const next: DoseReader = { ageGroup: '18+', sex: null, lifeStage: 'none', kidneyDisease: 'unknown', medicines: [] };
    let ok = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (isAgeGroup(record['ageGroup'])) next.ageGroup = record['ageGroup'];
    else ok = false;
    if (record['sex'] === null || record['sex'] === undefined) next.sex = null;
    else if (isSex(record['sex'])) next.sex = record['sex'];
    else ok = false;
    if (isLifeStage(record['lifeStage']) && !(record['lifeStage'] !== 'none' && next.sex === 'male'))
      next.lifeStage = record['lifeStage'];
    else if (record['lifeStage'] !== undefined) ok = false;
    if (kidneyAnswers.includes(record['kidneyDisease'] as KidneyDiseaseAnswer))
      next.kidneyDisease = record['kidneyDisease'] as KidneyDiseaseAnswer;
    else if (record['kidneyDisease'] !== undefined) ok = false;
    if (record['medicines'] !== undefined) {
      const { valid, invalid } = parseIdList(record['medicines'], isMedicineId);
      next.medicines = valid;
      if (invalid.length > 0 || !Array.isArray(record['medicines'])) ok = false;
    }
    if (ok) this.clearInvalid('reader');
    else
      this.reportInvalid(
        'reader',
        value,
        '{ ageGroup: 7-11m | 1-3 | 4-10 | 11-17 | 18+, sex: female | male | null, lifeStage: pregnant | lactating | none (not with male), kidneyDisease: yes | no | unknown, medicines: medicine ids from the dataset }',
        msg('alder, køn, graviditet, nyresygdom og medicin med gyldige værdier', { id: 'checker.accepted-reader' }),
      );
    this.state = next;
    this.requestUpdate('reader');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const productsAt = this.writtenAt.get('products') ?? 0;
    if ([...presetProductProps].some((name) => changed.has(name as keyof MgDoseChecker))) {
      const presetAt = Math.max(...[...presetProductProps].map((name) => this.writtenAt.get(name) ?? 0));
      const draft = this.presetDraft();
      if (draft && presetAt > productsAt) this.drafts = [draft, ...this.drafts.slice(1)];
    }
    const readerAt = this.writtenAt.get('reader') ?? 0;
    for (const name of readerProps) {
      if (changed.has(name) && (this.writtenAt.get(name) ?? 0) > readerAt) this.applyReaderAttribute(name);
    }
    if (changed.has('sex') || changed.has('lifeStage')) this.checkLifeStageWithSex();
    const valid = this.validProducts().map(({ product }) => product);
    this.report = valid.length > 0 ? evaluateSupplements(this.state, valid) : null;
    this.readerReport = this.report ?? evaluateSupplements(this.state, []);
  }

  protected override updated(): void {
    if (this.report) {
      const key = JSON.stringify(this.report);
      if (key !== this.lastResult) {
        this.lastResult = key;
        this.emit('mg-result', this.report);
      }
    }
    if (this.focusAfterUpdate) {
      const target = this.focusAfterUpdate();
      this.focusAfterUpdate = null;
      target?.focus();
    }
  }

  /** The first product from the preset attributes, or null when none is set. */
  private presetDraft(): Draft | null {
    if ([...presetProductProps].every((name) => this[name as keyof this] === null)) return null;
    const draft = emptyDraft(this.nextKey++, false);
    draft.touched = new Set<DraftField>(['mgPerUnit', 'salt', 'unitsPerDay', 'unitsPerPack']);
    // A script may set any value: only text is a name (the fuzzers found a number crashing .trim()).
    const name: unknown = this.productName;
    draft.name = typeof name === 'string' ? name : '';
    if (name === null || typeof name === 'string') this.clearInvalid('product-name');
    else
      this.reportInvalid(
        'product-name',
        name,
        'any text',
        msg('tekst (produktets navn)', { id: 'checker.accepted-product-name' }),
      );
    const mg = parseDecimal(this.mgPerUnit);
    if (this.mgPerUnit !== null) {
      if (isMgPerUnit(mg)) {
        draft.mgPerUnit = fieldText(mg);
        this.clearInvalid('mg-per-unit');
      } else
        this.reportInvalid(
          'mg-per-unit',
          this.mgPerUnit,
          `a number > 0 and ≤ ${PRODUCT_LIMITS.mgPerUnitMax}, with . as decimal point`,
          msg(str`et tal over 0 og højst ${formatNumber(PRODUCT_LIMITS.mgPerUnitMax)}, med punktum som decimaltegn`, {
            id: 'checker.accepted-mg-per-unit',
          }),
        );
    } else this.clearInvalid('mg-per-unit');
    if (this.mgBasis === null || this.mgBasis === 'elemental' || this.mgBasis === 'compound') {
      draft.mgBasis = (this.mgBasis as Basis | null) ?? 'elemental';
      this.clearInvalid('mg-basis');
    } else
      this.reportInvalid(
        'mg-basis',
        this.mgBasis,
        'elemental, compound',
        msg('elemental (magnesium) eller compound (saltets vægt)', { id: 'checker.accepted-mg-basis' }),
      );
    if (this.salt !== null && !isSaltId(this.salt)) {
      this.reportInvalid(
        'salt',
        this.salt,
        `a salt id from the dataset: ${saltIds().join(', ')}`,
        msg('et salt-id fra datasættet, fx citrate eller oxide', { id: 'checker.accepted-salt' }),
      );
    } else if (this.salt === null && draft.mgBasis === 'compound') {
      this.reportInvalid(
        'salt',
        '',
        'a salt id from the dataset (required with mg-basis="compound")',
        msg('et salt-id fra datasættet; det skal med, når mg-basis er compound', {
          id: 'checker.accepted-salt-required',
        }),
      );
    } else {
      draft.salt = this.salt ?? '';
      this.clearInvalid('salt');
    }
    const perDay = parseDecimal(this.unitsPerDay);
    if (this.unitsPerDay !== null && !isUnitsPerDay(perDay))
      this.reportInvalid(
        'units-per-day',
        this.unitsPerDay,
        `a number from 0.5 to ${PRODUCT_LIMITS.unitsPerDayMax} in steps of 0.5`,
        msg(str`et tal fra 0.5 til ${PRODUCT_LIMITS.unitsPerDayMax} i trin på 0.5`, {
          id: 'checker.accepted-units-per-day',
        }),
      );
    else {
      if (perDay !== null) draft.unitsPerDay = fieldText(perDay);
      this.clearInvalid('units-per-day');
    }
    const perPack = parseDecimal(this.unitsPerPack);
    if (this.unitsPerPack !== null && !isUnitsPerPack(perPack))
      this.reportInvalid(
        'units-per-pack',
        this.unitsPerPack,
        `a whole number from ${PRODUCT_LIMITS.unitsPerPackMin} to ${PRODUCT_LIMITS.unitsPerPackMax}`,
        msg(str`et helt tal fra ${PRODUCT_LIMITS.unitsPerPackMin} til ${PRODUCT_LIMITS.unitsPerPackMax}`, {
          id: 'checker.accepted-units-per-pack',
        }),
      );
    else {
      if (perPack !== null) draft.unitsPerPack = fieldText(perPack);
      this.clearInvalid('units-per-pack');
    }
    // An incomplete preset opens so the reader sees what is missing.
    draft.open = !this.draftProduct(draft).ok;
    return draft;
  }

  private applyReaderAttribute(name: (typeof readerProps)[number]): void {
    const value = this[name];
    if (name === 'ageGroup') {
      if (value === null || isAgeGroup(value)) {
        this.state.ageGroup = (value as AgeGroupId | null) ?? '18+';
        this.clearInvalid('age-group');
      } else this.reportInvalid('age-group', value, ageGroupIds().join(', '), ageGroupIds().join(', '));
    } else if (name === 'sex') {
      if (value === null || isSex(value)) {
        this.state.sex = value as Sex | null;
        this.clearInvalid('sex');
      } else this.reportInvalid('sex', value, 'female, male', msg('female eller male', { id: 'checker.accepted-sex' }));
    } else if (name === 'kidneyDisease') {
      if (value === null || kidneyAnswers.includes(value as KidneyDiseaseAnswer)) {
        this.state.kidneyDisease = (value as KidneyDiseaseAnswer | null) ?? 'unknown';
        this.clearInvalid('kidney-disease');
      } else
        this.reportInvalid(
          'kidney-disease',
          value,
          'yes, no, unknown',
          msg('yes, no eller unknown', { id: 'checker.accepted-kidney-disease' }),
        );
    } else if (name === 'medicines') {
      const { valid, invalid } = parseIdList(value, isMedicineId);
      this.state.medicines = valid;
      if (invalid.length > 0)
        this.reportInvalid(
          'medicines',
          invalid.join(' '),
          `space-separated medicine ids: ${medicineIds().join(', ')}`,
          msg('medicin-id’er fra datasættet, adskilt af mellemrum, fx levothyroxine iron', {
            id: 'checker.accepted-medicines',
          }),
        );
      else this.clearInvalid('medicines');
    }
    // lifeStage is checked together with sex in checkLifeStageWithSex().
  }

  private checkLifeStageWithSex(): void {
    if ((this.writtenAt.get('lifeStage') ?? 0) < (this.writtenAt.get('reader') ?? 0)) return;
    const value = this.lifeStage;
    const accepted = value === null || (isLifeStage(value) && !(value !== 'none' && this.state.sex === 'male'));
    if (accepted) {
      this.state.lifeStage = (value as LifeStage | null) ?? 'none';
      this.clearInvalid('life-stage');
    } else {
      this.state.lifeStage = 'none';
      this.reportInvalid(
        'life-stage',
        value,
        'pregnant, lactating, none (not pregnant or lactating with sex="male")',
        msg('pregnant, lactating eller none (ikke pregnant eller lactating sammen med sex="male")', {
          id: 'checker.accepted-life-stage',
        }),
      );
    }
  }

  /** A draft as a product candidate, checked with the same check sites' products get. */
  private draftProduct(draft: Draft) {
    const separator = decimalSeparator();
    const candidate: Record<string, unknown> = {
      mgPerUnit: parseReaderNumber(draft.mgPerUnit, separator),
      mgBasis: draft.mgBasis,
      unitsPerDay: parseReaderNumber(draft.unitsPerDay, separator),
    };
    if (draft.name.trim() !== '') candidate['name'] = draft.name.trim();
    if (draft.mgBasis === 'compound' && draft.salt !== '') candidate['salt'] = draft.salt;
    if (draft.unitsPerPack.trim() !== '') candidate['unitsPerPack'] = parseReaderNumber(draft.unitsPerPack, separator);
    return checkProduct(candidate);
  }

  private fieldErrors(draft: Draft): Set<DraftField> {
    const result = this.draftProduct(draft);
    const errors = new Set<DraftField>();
    if (!result.ok) for (const issue of result.issues) errors.add(issue.field as DraftField);
    return errors;
  }

  private validProducts(): { index: number; product: Product }[] {
    return this.drafts.flatMap((draft, index) => {
      const result = this.draftProduct(draft);
      return result.ok ? [{ index, product: result.value }] : [];
    });
  }

  /** Fires `mg-change` when the reader's input (ids and numbers; no names) changed. */
  private readerChanged(): void {
    this.requestUpdate();
    const detail: DoseCheckerChange = {
      reader: this.reader,
      products: this.products.map((product) => {
        const withoutName = { ...product };
        delete withoutName.name;
        return withoutName;
      }),
    };
    const key = JSON.stringify(detail);
    if (key === this.lastChange) return;
    this.lastChange = key;
    this.copyStatus = 'idle';
    this.emit('mg-change', detail);
  }

  private editDraft(draft: Draft, field: keyof Draft, value: string, touch = false): void {
    (draft as unknown as Record<string, unknown>)[field] = value;
    if (touch && field !== 'name') draft.touched.add(field as DraftField);
    if (field === 'mgBasis' || field === 'salt') draft.touched.add('salt');
    this.readerChanged();
  }

  private addProduct(): void {
    const draft = emptyDraft(this.nextKey++);
    this.drafts = [...this.drafts, draft];
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`#p${draft.key}-name`);
    this.readerChanged();
  }

  private removeProduct(index: number): void {
    this.drafts = this.drafts.filter((_, i) => i !== index);
    const previous = this.drafts[index - 1];
    this.focusAfterUpdate = () => {
      if (!previous) return this.renderRoot.querySelector<HTMLElement>('.add');
      const details = this.renderRoot.querySelector<HTMLDetailsElement>(`#p${previous.key}`);
      return details?.open
        ? this.renderRoot.querySelector<HTMLElement>(`#p${previous.key}-name`)
        : details?.querySelector('summary');
    };
    this.readerChanged();
  }

  private setReader(patch: Partial<DoseReader>): void {
    this.state = { ...this.state, ...patch };
    if (this.state.sex === 'male') this.state.lifeStage = 'none';
    this.readerChanged();
  }

  private async copySummary(): Promise<void> {
    const text = this.summaryText();
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'failed';
    }
    this.requestUpdate();
  }

  // ---- rendering ----

  private productDescription(product: Product): string {
    const perUnit =
      product.mgBasis === 'compound' && product.salt
        ? msg(str`${formatMg(product.mgPerUnit)} ${saltFamilyLabel(salt(product.salt).id)}`, {
            id: 'checker.product.compound',
          })
        : msg(str`${formatMg(product.mgPerUnit)} magnesium`, { id: 'checker.product.elemental' });
    return msg(str`${perUnit} × ${formatNumber(product.unitsPerDay)} om dagen`, { id: 'checker.product.per-day' });
  }

  private productTitle(index: number, draft: Draft): string {
    const name = draft.name.trim();
    return name
      ? msg(str`Produkt ${index + 1}: ${name}`, { id: 'checker.product.title-named' })
      : msg(str`Produkt ${index + 1}`, { id: 'checker.product.title' });
  }

  private renderError(id: string, show: boolean, text: string) {
    return show ? html`<p class="error" id=${id}>${text}</p>` : nothing;
  }

  private renderDraft(draft: Draft, index: number): TemplateResult {
    const errors = this.fieldErrors(draft);
    const shows = (field: DraftField) => errors.has(field) && draft.touched.has(field);
    const id = (field: string) => `p${draft.key}-${field}`;
    const result = this.draftProduct(draft);
    const onInput = (field: keyof Draft) => (event: Event) =>
      this.editDraft(draft, field, (event.target as HTMLInputElement).value);
    const onChange = (field: keyof Draft) => (event: Event) =>
      this.editDraft(draft, field, (event.target as HTMLInputElement).value, true);
    const described = (field: DraftField, hint?: string) =>
      [shows(field) ? id(`${field}-error`) : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
    return html`<details
      class="product"
      part="product"
      id=${`p${draft.key}`}
      .open=${draft.open}
      @toggle=${(event: Event) => (draft.open = (event.target as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="product-title">${this.productTitle(index, draft)}</span>
        <span class="product-summary"
          >${
            result.ok
              ? this.productDescription(result.value)
              : msg('Mangler oplysninger', { id: 'checker.product.incomplete' })
          }</span
        >
      </summary>
      <div class="fields">
        <div class="field">
          <label for=${id('name')}>${msg('Navn (frivilligt)', { id: 'checker.field.name' })}</label>
          <input id=${id('name')} type="text" autocomplete="off" .value=${draft.name} @input=${onInput('name')} />
        </div>
        <fieldset class="basis">
          <legend>${msg('Mængden på pakningen er angivet som', { id: 'checker.field.basis' })}</legend>
          <label
            ><input
              type="radio"
              name=${id('basis')}
              value="elemental"
              .checked=${draft.mgBasis === 'elemental'}
              @change=${onChange('mgBasis')}
            />${msg('Magnesium (det står på EU-pakninger)', { id: 'checker.basis.elemental' })}</label
          >
          <label
            ><input
              type="radio"
              name=${id('basis')}
              value="compound"
              .checked=${draft.mgBasis === 'compound'}
              @change=${onChange('mgBasis')}
            />${msg('Vægten af hele magnesiumsaltet', { id: 'checker.basis.compound' })}</label
          >
        </fieldset>
        ${
          draft.mgBasis === 'compound'
            ? html`<div class="field">
                <label for=${id('salt')}>${msg('Magnesiumform', { id: 'checker.field.salt' })}</label>
                <select
                  id=${id('salt')}
                  aria-invalid=${shows('salt') ? 'true' : 'false'}
                  aria-describedby=${described('salt', id('salt-hint'))}
                  @change=${onChange('salt')}
                >
                  <option value="" ?selected=${draft.salt === ''}>
                    ${msg('Vælg form', { id: 'checker.field.salt-choose' })}
                  </option>
                  ${saltIds().map(
                    (saltId) =>
                      html`<option value=${saltId} ?selected=${draft.salt === saltId}>${saltLabel(saltId)}</option>`,
                  )}
                </select>
                <p class="hint" id=${id('salt-hint')}>
                  ${msg(
                    'Står der ikke, om saltet er vandfrit eller med krystalvand, så vælg den vandfri form. Den giver det højeste tal, så du aldrig får at vide, at du tager mindre, end du gør.',
                    { id: 'checker.field.salt-hint' },
                  )}
                </p>
                ${this.renderError(id('salt-error'), shows('salt'), msg('Vælg saltets form.', { id: 'checker.error.salt' }))}
              </div>`
            : nothing
        }
        <div class="field">
          <label for=${id('mgPerUnit')}
            >${
              draft.mgBasis === 'compound'
                ? msg('Saltets vægt pr. tablet, kapsel eller dosis (mg)', { id: 'checker.field.mg-compound' })
                : msg('Magnesium pr. tablet, kapsel eller dosis (mg)', { id: 'checker.field.mg-elemental' })
            }</label
          >
          <input
            id=${id('mgPerUnit')}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            .value=${draft.mgPerUnit}
            aria-invalid=${shows('mgPerUnit') ? 'true' : 'false'}
            aria-describedby=${described('mgPerUnit')}
            @input=${onInput('mgPerUnit')}
            @change=${onChange('mgPerUnit')}
          />
          ${this.renderError(
            id('mgPerUnit-error'),
            shows('mgPerUnit'),
            msg(str`Skriv et tal over 0 og højst ${formatNumber(PRODUCT_LIMITS.mgPerUnitMax)}, fx 150.`, {
              id: 'checker.error.mg-per-unit',
            }),
          )}
        </div>
        <div class="field">
          <label for=${id('unitsPerDay')}>${msg('Antal om dagen', { id: 'checker.field.units-per-day' })}</label>
          <input
            id=${id('unitsPerDay')}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            .value=${draft.unitsPerDay}
            aria-invalid=${shows('unitsPerDay') ? 'true' : 'false'}
            aria-describedby=${described('unitsPerDay')}
            @input=${onInput('unitsPerDay')}
            @change=${onChange('unitsPerDay')}
          />
          ${this.renderError(
            id('unitsPerDay-error'),
            shows('unitsPerDay'),
            msg(
              str`Skriv et antal fra ${formatNumber(PRODUCT_LIMITS.unitsPerDayStep)} til ${formatNumber(PRODUCT_LIMITS.unitsPerDayMax)}, i hele eller halve.`,
              { id: 'checker.error.units-per-day' },
            ),
          )}
        </div>
        <div class="field">
          <label for=${id('unitsPerPack')}
            >${msg('Antal i pakningen (frivilligt)', { id: 'checker.field.units-per-pack' })}</label
          >
          <input
            id=${id('unitsPerPack')}
            type="text"
            inputmode="numeric"
            autocomplete="off"
            .value=${draft.unitsPerPack}
            aria-invalid=${shows('unitsPerPack') ? 'true' : 'false'}
            aria-describedby=${described('unitsPerPack')}
            @input=${onInput('unitsPerPack')}
            @change=${onChange('unitsPerPack')}
          />
          ${this.renderError(
            id('unitsPerPack-error'),
            shows('unitsPerPack'),
            msg(
              str`Skriv et helt tal fra ${formatNumber(PRODUCT_LIMITS.unitsPerPackMin)} til ${formatNumber(PRODUCT_LIMITS.unitsPerPackMax)}, eller lad feltet stå tomt.`,
              { id: 'checker.error.units-per-pack' },
            ),
          )}
        </div>
        <button type="button" class="remove" part="remove-button" @click=${() => this.removeProduct(index)}>
          ${msg(str`Fjern produkt ${index + 1}`, { id: 'checker.remove' })}
        </button>
      </div>
    </details>`;
  }

  private renderReader(): TemplateResult {
    const reader = this.state;
    const radio = <T extends string>(group: string, value: T, current: T | null, label: string, apply: () => void) =>
      html`<label
        ><input
          type="radio"
          name=${group}
          value=${String(value)}
          .checked=${current === value}
          @change=${apply}
        />${label}</label
      >`;
    return html`<fieldset class="reader" part="reader">
      <legend>${msg('Om dig', { id: 'checker.reader.legend' })}</legend>
      <div class="field">
        <label for="age-group">${msg('Alder', { id: 'checker.reader.age' })}</label>
        <select
          id="age-group"
          @change=${(event: Event) => this.setReader({ ageGroup: (event.target as HTMLSelectElement).value as AgeGroupId })}
        >
          ${ageGroupIds().map(
            (id) => html`<option value=${id} ?selected=${reader.ageGroup === id}>${ageGroupLabel(id)}</option>`,
          )}
        </select>
      </div>
      <fieldset class="choices">
        <legend>${msg('Køn', { id: 'checker.reader.sex' })}</legend>
        ${radio('sex', 'female', reader.sex, msg('Kvinde', { id: 'checker.sex.female' }), () =>
          this.setReader({ sex: 'female' }),
        )}
        ${radio('sex', 'male', reader.sex, msg('Mand', { id: 'checker.sex.male' }), () =>
          this.setReader({ sex: 'male' }),
        )}
      </fieldset>
      ${
        reader.sex === 'male'
          ? nothing
          : html`<fieldset class="choices">
              <legend>${msg('Er du gravid eller ammer du?', { id: 'checker.reader.life-stage' })}</legend>
              ${radio('life-stage', 'none', reader.lifeStage, msg('Nej', { id: 'checker.life-stage.none' }), () =>
                this.setReader({ lifeStage: 'none' }),
              )}
              ${radio(
                'life-stage',
                'pregnant',
                reader.lifeStage,
                msg('Gravid', { id: 'checker.life-stage.pregnant' }),
                () => this.setReader({ lifeStage: 'pregnant' }),
              )}
              ${radio(
                'life-stage',
                'lactating',
                reader.lifeStage,
                msg('Ammer', { id: 'checker.life-stage.lactating' }),
                () => this.setReader({ lifeStage: 'lactating' }),
              )}
            </fieldset>`
      }
      <fieldset class="choices">
        <legend>${msg('Har du en nyresygdom eller nedsat nyrefunktion?', { id: 'checker.reader.kidney' })}</legend>
        ${radio('kidney', 'yes', reader.kidneyDisease, msg('Ja', { id: 'checker.kidney.yes' }), () =>
          this.setReader({ kidneyDisease: 'yes' }),
        )}
        ${radio('kidney', 'no', reader.kidneyDisease, msg('Nej', { id: 'checker.kidney.no' }), () =>
          this.setReader({ kidneyDisease: 'no' }),
        )}
        ${radio('kidney', 'unknown', reader.kidneyDisease, msg('Ved ikke', { id: 'checker.kidney.unknown' }), () =>
          this.setReader({ kidneyDisease: 'unknown' }),
        )}
      </fieldset>
      <fieldset class="medicines">
        <legend>${msg('Tager du noget af denne medicin?', { id: 'checker.reader.medicines' })}</legend>
        ${medicineIds().map(
          (id) =>
            html`<label
              ><input
                type="checkbox"
                value=${id}
                .checked=${reader.medicines.includes(id)}
                @change=${(event: Event) =>
                  this.setReader({
                    medicines: (event.target as HTMLInputElement).checked
                      ? medicineIds().filter((item) => item === id || reader.medicines.includes(item))
                      : reader.medicines.filter((item) => item !== id),
                  })}
              />${medicineLabel(id)}</label
            >`,
        )}
        <p class="hint">${interactionNote(interactionListNoteId())}</p>
      </fieldset>
    </fieldset>`;
  }

  private interactionText(item: DoseInteraction): string {
    const gap =
      item.hoursBefore !== null && item.hoursAfter !== null
        ? msg(
            str`Tag medicinen mindst ${formatNumber(item.hoursBefore)} timer før magnesium eller tidligst ${formatNumber(item.hoursAfter)} timer efter.`,
            { id: 'checker.interaction.gap' },
          )
        : '';
    return [gap, item.noteId ? interactionNote(item.noteId) : ''].filter(Boolean).join(' ');
  }

  private warningText(id: DoseWarningId, upperLimitMg: number | null): string {
    const limit = upperLimitMg === null ? '' : formatMg(upperLimitMg, 0);
    switch (id) {
      case 'kidney-disease':
        return this.state.kidneyDisease === 'yes'
          ? msg(
              'Du har en nyresygdom: Tal med din læge, før du tager magnesiumtilskud. Når nyrerne ikke skiller magnesium ordentligt ud, kan det hobe sig op i blodet.',
              { id: 'checker.warning.kidney-yes' },
            )
          : msg(
              'Ved du ikke, om dine nyrer fungerer normalt? Så spørg din læge, før du tager magnesiumtilskud. Ved nedsat nyrefunktion kan magnesium hobe sig op i blodet.',
              { id: 'checker.warning.kidney-unknown' },
            );
      case 'above-upper-limit':
        return msg(
          str`Over den øvre grænse: Mere end ${limit} magnesium om dagen fra tilskud kan give diarré. Tal med dit apotek eller din læge om det. Grænsen er ikke et mål at nå op til.`,
          { id: 'checker.warning.above' },
        );
      case 'no-upper-limit-for-age':
        return msg(
          'EU har ingen øvre grænse for børn under 4 år. Giv kun magnesiumtilskud til små børn efter aftale med lægen.',
          { id: 'checker.warning.no-limit' },
        );
      case 'pregnant-or-lactating':
        return msg(
          'Gravid eller ammende: Grænsen for magnesium fra tilskud gælder også nu. Tal med din læge eller jordemoder, før du tager tilskud.',
          { id: 'checker.warning.pregnant' },
        );
      case 'interaction':
        return msg('Magnesium kan nedsætte optagelsen af noget medicin. Hold tidsafstand:', {
          id: 'checker.warning.interaction',
        });
    }
  }

  private verdictText(report: DoseReport): string {
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

  private totalText(report: DoseReport): string {
    const shown = shownToAgree(report.totalElementalMg, report.upperLimitMg, 1);
    return msg(str`${formatMg(shown.value, shown.decimals)} magnesium om dagen fra tilskud`, {
      id: 'checker.result.total',
    });
  }

  private percentOfLimitText(report: DoseReport): string {
    if (report.percentOfUpperLimit === null) return '';
    const shown = shownToAgree(report.percentOfUpperLimit, 100, 0);
    return msg(str`${formatPercent(shown.value, shown.decimals)} af den øvre grænse`, {
      id: 'checker.result.percent-of-limit',
    });
  }

  private labelText(report: DoseReport): string {
    return msg(
      str`${formatPercent(report.percentOfLabelReference, 0)} af referenceværdien på pakninger (% RI, EU: ${formatMg(labelReferenceMg().valueMg, 0)})`,
      { id: 'checker.result.label-reference' },
    );
  }

  private productLines(report: DoseReport): string[] {
    return this.validProducts().map(({ index }, i) => {
      const dose = report.products[i]!;
      const mg = msg(str`${formatMg(dose.elementalMgPerDay)} magnesium om dagen`, { id: 'checker.result.product-mg' });
      const days =
        dose.daysOfSupply === null
          ? ''
          : msg(str`pakningen rækker til ${formatNumber(wholeDays(dose.daysOfSupply), 0)} dage`, {
              id: 'checker.result.days',
            });
      return `${this.productTitle(index, this.drafts[index]!)}: ${[mg, days].filter(Boolean).join(' · ')}`;
    });
  }

  private summaryText(): string {
    const report = this.report;
    const lines = [msg('Mit magnesium fra tilskud', { id: 'checker.copy.title' })];
    lines.push(`${msg('Alder', { id: 'checker.reader.age' })}: ${ageGroupLabel(this.state.ageGroup)}`);
    if (report) {
      lines.push(...this.productLines(report).map((line) => `- ${line}`));
      lines.push(`${this.totalText(report)}. ${this.verdictText(report)}`);
      if (report.percentOfUpperLimit !== null) lines.push(this.percentOfLimitText(report));
      lines.push(this.labelText(report));
      for (const warning of report.warnings) lines.push(this.warningText(warning, report.upperLimitMg));
      for (const item of report.interactions)
        lines.push(`- ${medicineLabel(item.medicine)}: ${this.interactionText(item)}`);
    }
    lines.push(interactionNote(interactionListNoteId()), disclaimer());
    return lines.join('\n');
  }

  private renderWarning(id: DoseWarningId, report: DoseReport): TemplateResult {
    const urgent = id === 'kidney-disease' || id === 'above-upper-limit';
    return html`<li class="warning ${urgent ? 'urgent' : ''}" part="warning" data-warning=${id}>
      <p>
        <strong class="marker">${urgent ? msg('Vigtigt:', { id: 'checker.warning.important' }) : ''}</strong>
        ${this.warningText(id, report.upperLimitMg)}
      </p>
      ${
        id === 'no-upper-limit-for-age'
          ? upperLimitFor(report.ageGroup).guidance.map((item) =>
              item.nativeBand?.unit === 'years'
                ? html`<p>
                    ${msg(
                      str`Til sammenligning: Fødevarestyrelsen i Danmark vejleder om højst ${formatMg(item.valueMg, 0)} om dagen fra tilskud til børn på ${item.nativeBand.from}–${item.nativeBand.to ?? ''} år.`,
                      { id: 'checker.warning.fvst-guidance' },
                    )}
                  </p>`
                : nothing,
            )
          : nothing
      }
      ${
        id === 'interaction'
          ? html`<ul>
              ${report.interactions.map(
                (item) =>
                  html`<li><strong>${medicineLabel(item.medicine)}:</strong> ${this.interactionText(item)}</li>`,
              )}
              <li>${interactionNote(interactionListNoteId())}</li>
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderResult(): TemplateResult {
    const report = this.report;
    const incomplete = this.drafts
      .map((draft, index) => ({ draft, index }))
      .filter(({ draft }) => !this.draftProduct(draft).ok);
    // Kidney disease goes first, with or without a product entered.
    const warnings = this.readerReport.warnings;
    const isUrgent = (id: DoseWarningId) => id === 'kidney-disease' || id === 'above-upper-limit';
    const percent = report?.percentOfUpperLimit ?? null;
    return html`<section class="result" part="result" aria-labelledby="result-heading">
      <p class="section-title" id="result-heading">${msg('Resultat', { id: 'checker.result.heading' })}</p>
      <ul class="warnings" aria-live="assertive">
        ${warnings.filter(isUrgent).map((id) => this.renderWarning(id, this.readerReport))}
      </ul>
      <div role="status" class="status">
        ${
          report
            ? html`<p class="total" part="total">${this.totalText(report)}</p>
                <p class="verdict verdict-${report.verdict}" part="verdict">${this.verdictText(report)}</p>`
            : html`<p>
                ${msg('Skriv mængden og antallet om dagen for mindst ét produkt for at se resultatet.', {
                  id: 'checker.result.empty',
                })}
              </p>`
        }
        ${
          incomplete.length > 0 && report
            ? html`<p class="incomplete">
                ${msg(
                  str`Ikke talt med endnu: ${incomplete.map(({ draft, index }) => this.productTitle(index, draft)).join(', ')}. Udfyld mængde og antal om dagen.`,
                  { id: 'checker.result.incomplete' },
                )}
              </p>`
            : nothing
        }
      </div>
      ${
        report
          ? html`${
                percent !== null
                  ? html`<div class="meter-row">
                      <label for="meter">${this.percentOfLimitText(report)}</label>
                      <meter
                        id="meter"
                        part="meter"
                        class=${report.verdict}
                        min="0"
                        max="100"
                        .value=${Math.min(percent, 100)}
                      ></meter>
                    </div>`
                  : nothing
              }
              <p class="label-reference">${this.labelText(report)}</p>
              <ul class="product-lines">
                ${this.productLines(report).map((line) => html`<li>${line}</li>`)}
              </ul>`
          : nothing
      }
      <ul class="warnings" aria-live="polite">
        ${warnings.filter((id) => !isUrgent(id)).map((id) => this.renderWarning(id, this.readerReport))}
      </ul>
      ${
        report
          ? html`<p class="scope">
              ${msg(
                'Grænsen gælder magnesium fra kosttilskud, vand og berigede fødevarer, ikke magnesium i almindelig mad. Læg alle tilskud sammen, også afføringsmidler og syreneutraliserende midler med magnesium. Grænsen er et loft, ikke et mål.',
                { id: 'checker.result.scope' },
              )}
            </p>`
          : nothing
      }
      <div class="copy">
        <button type="button" part="copy-button" @click=${() => void this.copySummary()}>
          ${msg('Kopiér til dit apotek', { id: 'checker.copy.button' })}
        </button>
        <p role="status" class="copy-status">
          ${
            this.copyStatus === 'copied'
              ? msg('Kopieret. Sæt teksten ind i en besked eller vis den på apoteket.', { id: 'checker.copy.done' })
              : this.copyStatus === 'failed'
                ? msg('Kunne ikke kopiere. Markér teksten herunder, og kopiér den selv.', { id: 'checker.copy.failed' })
                : ''
          }
        </p>
        ${
          this.copyStatus === 'failed'
            ? html`<label for="copy-text" class="visually-hidden"
                  >${msg('Tekst til apoteket', { id: 'checker.copy.text-label' })}</label
                ><textarea id="copy-text" readonly rows="8" .value=${this.summaryText()}></textarea>`
            : nothing
        }
      </div>
    </section>`;
  }

  protected override render() {
    return html`${this.renderInputProblems()}
      <form novalidate @submit=${(event: Event) => event.preventDefault()}>
        <fieldset class="products" part="products">
          <legend>${msg('Dine magnesiumtilskud', { id: 'checker.products.legend' })}</legend>
          ${this.drafts.map((draft, index) => this.renderDraft(draft, index))}
          <button type="button" class="add" part="add-button" @click=${() => this.addProduct()}>
            ${msg('Tilføj et produkt', { id: 'checker.add' })}
          </button>
        </fieldset>
        ${this.renderReader()}
      </form>
      ${this.renderResult()}
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>
      <mg-sources .sourceIds=${this.readerReport.sourceIds}></mg-sources>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-dose-checker': MgDoseChecker;
  }
}
