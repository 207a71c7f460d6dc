// <mg-dose-checker>: the reader's supplements against the upper limit, the label reference, medicine gaps and pack sizes.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/dose-checker.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { numberMarks } from '../base/format.js';
import { emergencyNumberWords } from '../base/words.js';
import { CopyController } from '../base/copy-controller.js';
import { PageContactsController } from '../base/page-contacts.js';
import { Announcer } from '../base/announcer.js';
import { SharedReader, type SharedAnswers } from '../base/shared-reader.js';
import { lifeStagesFor } from '../../src/rules/reader.js';
import { WriteOrder } from '../base/write-order.js';
import { doseCheckerStyles } from './dose-checker.styles.js';
import { ProductDrafts } from './drafts.js';
import { renderDraft, renderReader, type FieldsView } from './dose-checker.fields.js';
import { renderLayout, renderResult } from './dose-checker.templates.js';
import { presetProduct, readerFromAttributes, readerWithShared, sharedKeys } from './presets.js';
import { announcements, readerSummary, summaryText } from './dose-checker.copy.js';
import { countUnits, productLine, productTitle } from './dose-checker.words.js';
import {
  evaluateSupplements,
  interactionGeneralNoteId,
  type DoseReader,
  type DoseReport,
  type KidneyDiseaseAnswer,
} from '../../src/rules/dose-checker.js';
import type { Product } from '../../src/checks/products.js';
import {
  doseCheckerInputs,
  presetProductInputs,
  productsInput,
  readerInput,
  readerInputs,
} from '../../src/checks/dose-checker-inputs.js';
import type { AgeGroupId, LifeStage, Sex } from '../../src/schema/common.js';

/** `mg-change` detail: the reader and the products with valid input, without the names the reader typed. */
export interface DoseCheckerChange {
  reader: DoseReader;
  products: Omit<Product, 'name'>[];
}

/** The events `<mg-dose-checker>` fires: `mg-change` with `DoseCheckerChange`, `mg-result` with the `DoseReport`. */
export type MgDoseCheckerEvents = MgEvents<DoseCheckerChange, DoseReport>;

const presetProperties = presetProductInputs.map((spec) => spec.property);

const readerProperties = readerInputs.map((spec) => spec.property);

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
 * @attr life-stage - `pregnant`, `lactating` or `none` (default); with `sex="male"` or an age group under 11 it is bad input (the checker asks about pregnancy only from 11 years).
 * @attr kidney-disease - `yes`, `no` or `unknown` (default: not answered, which counts as `unknown`).
 * @attr medicines - Space-separated medicine ids from the dataset's interaction list, e.g. `levothyroxine iron`.
 * @attr independent - Keeps this widget out of the shared reader: it neither uses nor shares the reader's answers (age group, sex, pregnancy, kidneys, medicines) with the other widgets on the page (by default a reader answers once for all of them; the answers never leave the page).
 * @attr heading-level - Heading level (2–6) of the result's heading, to fit the page's outline. Default 2.
 *
 * @prop {Array<{name?: string, salt?: string, mgPerUnit: number, mgBasis?: 'elemental' | 'compound', unitsPerDay: number, unitsPerPack?: number}>} products - The products (read or set; setting replaces the list; the reader's edits show in it).
 * @prop {{ageGroup: string, sex: 'female' | 'male' | null, lifeStage: 'pregnant' | 'lactating' | 'none', kidneyDisease: 'yes' | 'no' | 'unknown', medicines: string[]}} reader - The reader (read or set).
 *
 * @fires {MgChangeEvent<DoseCheckerChange>} mg-change - The reader changed an input. `detail`: `{ reader, products }`, products without names.
 * @fires {MgResultEvent<DoseReport>} mg-result - The shown result changed (also the first result from presets). `detail`: the `DoseReport` (exact totals, not rounded for display; warnings, interactions, products, notes, sourceIds).
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
 * @csspart copy-button - "Copy the text for the pharmacy".
 * @csspart too-much - What too much magnesium feels like and when to call for help (at or above the limit).
 * @csspart disclaimer - The line saying the widget informs and does not diagnose.
 * @csspart input-problem - The message shown for rejected attribute or property values.
 * @csspart heading - The widget's heading(s) (`role="heading"`, level from `heading-level`).
 * @csspart announcer - The hidden polite live region (what a screen reader is told once input settles).
 * @csspart layout - The grid of products, result and "Om dig" (result beside the form from 48rem wide).
 * @csspart about - "Om dig": a disclosure folded to one line of answers once answered.
 * @csspart about-summary - The one-line summary of the reader's answers ("Ret" opens it).
 *
 * @cssprop --mg-dose-checker-max-width - Maximum width of the widget (default none).
 * @cssprop --mg-accent - Button borders, the copy button's fill, the meter, ticks and the focus ring (default: blue mixed with the text colour).
 * @cssprop --mg-on-accent - Text on the accent fill (default: white or black, whichever contrasts more with the accent).
 * @cssprop --mg-border-color - Borders of cards (default: the text colour at 35 %) and of fields and the meter (at 70 %); fields need 3:1.
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
    headingLevel: { attribute: 'heading-level' },
    independent: { type: Boolean },
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
  static override inputs = doseCheckerInputs;
  /** Heading level 2–6 of the result's heading (attribute `heading-level`), to fit the page's outline; anything else is reported and 2 is used. */
  headingLevel: number | string | null = null;
  /** Stays out of the page's shared reader: neither reads nor shares the reader's answers (attribute `independent`). */
  independent = false;

  /** Preset attributes and the `products`/`reader` properties: the last write wins (first field: the ones below write). */
  readonly #writes = new WriteOrder();

  /** Preset of the first product (attribute `product-name`). */
  productName: string | null = null;
  /** Preset salt id of the first product (attribute `salt`). */
  salt: string | null = null;
  /** Preset mg per unit of the first product (attribute `mg-per-unit`, `.` decimal point; a script may set a number). */
  mgPerUnit: string | number | null = null;
  /** Preset basis of the first product (attribute `mg-basis`). */
  mgBasis: 'elemental' | 'compound' | null = null;
  /** Preset units per day of the first product (attribute `units-per-day`; a script may set a number). */
  unitsPerDay: string | number | null = null;
  /** Preset units per pack of the first product (attribute `units-per-pack`; a script may set a number). */
  unitsPerPack: string | number | null = null;
  /** Preset age group (attribute `age-group`). */
  ageGroup: AgeGroupId | null = null;
  /** Preset sex (attribute `sex`). */
  sex: Sex | null = null;
  /** Preset life stage (attribute `life-stage`). */
  lifeStage: LifeStage | null = null;
  /** Preset kidney-disease answer (attribute `kidney-disease`). */
  kidneyDisease: KidneyDiseaseAnswer | null = null;
  /** Preset medicine ids, space-separated (attribute `medicines`). */
  medicines: string | null = null;

  readonly #drafts = new ProductDrafts(this, {
    marks: numberMarks,
    units: (field) => (field === 'mgPerUnit' ? ['mg'] : countUnits()),
    edited: () => this.#inputChanged(),
  });
  protected static override showsContacts = true;
  readonly #page = new PageContactsController(this);
  readonly #copy = new CopyController(this, () => this.renderRoot.querySelector('textarea'));
  readonly #announcer = new Announcer(this);
  readonly #shared = new SharedReader(
    this,
    () => this.independent,
    (answers, changed) => this.#applyShared(answers, changed, true),
  );
  /** Answers that came from another widget on the page (the "Om dig" summary says so). */
  #fromElsewhere = new Set<keyof SharedAnswers>();
  #state: DoseReader = readerInput.check(null).value;
  /** Whether the kidney question has an answer (the reader's, or the site's preset); unanswered counts as unknown. */
  #kidneyAnswered = false;
  /** "Om dig" open: until answered on the first render (a preset page starts folded), then as the reader leaves it. */
  #aboutOpen: boolean | null = null;
  #report: DoseReport | null = null;
  /** The reader's warnings (kidney disease, age, pregnancy, medicines), shown before a product is entered too. */
  #readerReport: DoseReport = evaluateSupplements(this.#state, []);
  #lastChange = '';
  #lastResult = '';
  #focusAfterUpdate: (() => HTMLElement | null | undefined) | null = null;

  override requestUpdate(...args: Parameters<MgElement['requestUpdate']>): void {
    // Lit's own constructor asks for an update (no name) before this class's fields exist. The `#` fields exist
    // (undefined) from the end of that constructor, before any field is written: the properties declared above
    // `#writes` find it unset.
    if (args[0] !== undefined) this.#writes?.stamp(args[0]);
    super.requestUpdate(...args);
  }

  /** The products with valid input, in order (read or set; setting replaces the list). */
  get products(): Product[] {
    return this.#drafts.valid().map(({ product }) => ({ ...product }));
  }

  set products(value: readonly Product[]) {
    // Checked at run time too (scripts are not type-checked): invalid items are reported and left out.
    this.#drafts.replace(this.checkInput(productsInput, value).map((product) => this.#drafts.draftFrom(product)));
    this.requestUpdate('products');
  }

  /** The reader: age group, sex, life stage, kidney disease, medicines (read or set). */
  get reader(): DoseReader {
    return { ...this.#state, medicines: [...this.#state.medicines] };
  }

  set reader(value: DoseReader) {
    // Checked at run time too: invalid fields are reported and fall back to their defaults.
    this.#state = this.checkInput(readerInput, value);
    // A site that passes the kidney answer has answered it (`unknown` included).
    if (typeof value === 'object' && value !== null && 'kidneyDisease' in value) this.#kidneyAnswered = true;
    this.requestUpdate('reader');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const presetChanged = presetProperties.some((name) => changed.has(name as keyof MgDoseChecker));
    if (presetChanged && this.#writes.latest(presetProperties) > this.#writes.latest(['products'])) {
      const preset = presetProduct(this, (spec) => this.input(spec));
      if (preset) this.#drafts.drafts = [this.#drafts.presetDraft(preset), ...this.#drafts.drafts.slice(1)];
    }
    if (readerProperties.some((name) => changed.has(name as keyof MgDoseChecker))) {
      const newer = (name: string) =>
        this.#writes.latest([name]) > this.#writes.latest(['reader']) && this[name as keyof this] !== null;
      const next = readerFromAttributes(this.#state, newer, (spec) => this.input(spec), this.lifeStage !== null);
      this.#state = next.reader;
      this.#kidneyAnswered = next.kidneyAnswered ?? this.#kidneyAnswered;
    }
    const valid = this.#drafts.valid().map(({ product }) => product);
    const options = { kidneyAnswered: this.#kidneyAnswered };
    this.#report = valid.length > 0 ? evaluateSupplements(this.#state, valid, options) : null;
    this.#readerReport = this.#report ?? evaluateSupplements(this.#state, [], options);
    this.#aboutOpen ??= !this.#kidneyAnswered;
    const news = announcements(this.#report, this.#readerReport, this.#state.kidneyDisease);
    this.#announcer.urgent(news.urgent);
    this.#announcer.settle(news.settled);
  }

  protected override updated(): void {
    if (this.#report) {
      const key = JSON.stringify(this.#report);
      if (key !== this.#lastResult) {
        this.#lastResult = key;
        this.emit('mg-result', this.#report);
      }
    }
    if (this.#focusAfterUpdate) {
      const target = this.#focusAfterUpdate();
      this.#focusAfterUpdate = null;
      target?.focus();
    }
  }

  /** Fires `mg-change` when the reader's input (ids and numbers; no names) changed. */
  #inputChanged(): void {
    this.requestUpdate();
    const detail: DoseCheckerChange = {
      reader: this.reader,
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- names never leave in events
      products: this.products.map(({ name, ...product }) => product),
    };
    const key = JSON.stringify(detail);
    if (key === this.#lastChange) return;
    this.#lastChange = key;
    this.#copy.reset();
    this.emit('mg-change', detail);
  }

  readonly #fieldsView: FieldsView = {
    drafts: this.#drafts,
    remove: (index) => {
      const previous = this.#drafts.remove(index);
      this.#focusAfterUpdate = () => {
        if (!previous) return this.renderRoot.querySelector<HTMLElement>('.add');
        const details = this.renderRoot.querySelector<HTMLDetailsElement>(`#p${previous.key}`);
        return details?.open
          ? this.renderRoot.querySelector<HTMLElement>(`#p${previous.key}-name`)
          : details?.querySelector('summary');
      };
      this.#inputChanged();
    },
    setReader: (patch) => {
      this.#state = { ...this.#state, ...patch };
      if (patch.kidneyDisease) this.#kidneyAnswered = true;
      this.#dropLifeStageThatCannotApply();
      const keys = Object.keys(patch) as (keyof SharedAnswers)[];
      for (const key of keys) this.#fromElsewhere.delete(key);
      this.#shared.share(Object.fromEntries(keys.map((key) => [key, this.#state[key]])));
      this.#inputChanged();
    },
  };

  /** A life stage that no longer applies (a man, a child under 11) is dropped: no widget asks about it then. */
  #dropLifeStageThatCannotApply(): void {
    if (!lifeStagesFor(this.#state.ageGroup, this.#state.sex).includes(this.#state.lifeStage))
      this.#state.lifeStage = 'none';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Answers given before this widget arrived fill it too (without an mg-change: nothing changed for the site).
    this.#applyShared(this.#shared.answers, sharedKeys, false);
  }

  /** The reader's answers from another widget, for every question the site did not preset (its attributes win). */
  #applyShared(answers: SharedAnswers, changed: readonly (keyof SharedAnswers)[], notify: boolean): void {
    const shared = readerWithShared(this.#state, answers, changed, (name) => this.hasAttribute(name));
    if (shared.applied.length === 0) return;
    this.#state = shared.reader;
    for (const key of shared.applied) this.#fromElsewhere.add(key);
    if (shared.applied.includes('kidneyDisease')) this.#kidneyAnswered = true;
    this.#dropLifeStageThatCannotApply();
    if (notify) this.#inputChanged();
    else this.requestUpdate();
  }

  #addProduct(): void {
    const draft = this.#drafts.add();
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`#p${draft.key}-name`);
    this.#inputChanged();
  }

  #productLines(report: DoseReport): string[] {
    return this.#drafts
      .valid()
      .map(({ index }, i) =>
        productLine(productTitle(index, this.#drafts.drafts[index]!.name), report.products[i]!, report),
      );
  }

  #emergency(): { words: string; telNumbers: string[] } {
    const contacts = this.#page.contacts;
    return {
      words: emergencyNumberWords(contacts),
      telNumbers: [contacts.emergencyNumber, contacts.alternativeEmergencyNumber].filter(
        (number): number is string => number !== null,
      ),
    };
  }

  protected override render(): TemplateResult {
    const incomplete = this.#drafts.drafts
      .map((draft, index) => ({ draft, index }))
      .filter(({ draft }) => this.#drafts.check(draft).product === null)
      .map(({ draft, index }) => productTitle(index, draft.name));
    const emergency = this.#emergency();
    const report = this.#report;
    const onCopy = () =>
      void this.#copy.copy(
        summaryText({
          reader: this.#state,
          kidneyAnswered: this.#kidneyAnswered,
          report,
          shown: this.#readerReport,
          productLines: report ? this.#productLines(report) : [],
          emergency: emergency.words,
        }),
      );
    return html`${this.renderInputProblems()}
      ${renderLayout({
        products: this.#drafts.drafts.map((draft, index) => renderDraft(draft, index, this.#fieldsView)),
        onAdd: () => this.#addProduct(),
        result: renderResult({
          heading: (text, id) => this.heading(text, { id }),
          report,
          readerReport: this.#readerReport,
          kidneyAnswer: this.#state.kidneyDisease,
          productLines: report ? this.#productLines(report) : [],
          incomplete,
          generalNoteId: interactionGeneralNoteId(),
          emergency: emergency.words,
          telNumbers: emergency.telNumbers,
          copy: this.#copy,
          onCopy,
        }),
        reader: renderReader(
          {
            reader: this.#state,
            lifeStages: this.#readerReport.lifeStages,
            kidneyAnswered: this.#kidneyAnswered,
            open: this.#aboutOpen ?? true,
            summary: readerSummary(this.#state, this.#kidneyAnswered, this.#fromElsewhere),
            onToggle: (open) => (this.#aboutOpen = open),
          },
          this.#fieldsView,
        ),
      })}
      ${this.#announcer.render()}
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>
      <mg-sources .sourceIds=${this.#readerReport.sourceIds}></mg-sources>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-dose-checker': MgDoseChecker;
  }
}
