// <mg-dose-table>: adequate intake and upper limit by age group and life stage, with the reader's row marked.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/dose-table.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { emergencyNumberWords } from '../base/words.js';
import { PageContactsController } from '../base/page-contacts.js';
import { SharedReader, type SharedAnswers } from '../base/shared-reader.js';
import { doseTableStyles } from './dose-table.styles.js';
import { tableTitle, renderAbout, renderPicker, renderStatus, renderTable } from './dose-table.templates.js';
import { ageGroupIds, isAgeGroup, isSex, lifeStages } from '../../src/data/age-groups.js';
import { doseTableRows, highlightRow, type DoseTableNutrient } from '../../src/rules/dose-table.js';
import { lifeStagesFor } from '../../src/rules/reader.js';
import {
  ageGroupInput,
  compareInput,
  doseTableInputs,
  lifeStageInput,
  nutrientInput,
  sexInput,
} from '../../src/checks/dose-table-inputs.js';
import type { AgeGroupId, LifeStage, Sex } from '../../src/schema/common.js';

/** The `mg-change` detail: the table's input state (ids only). */
export interface DoseTableChangeDetail {
  ageGroup: AgeGroupId | null;
  sex: Sex | null;
  lifeStage: LifeStage;
  nutrient: DoseTableNutrient;
}

/** The events `<mg-dose-table>` fires: `mg-change` with `DoseTableChangeDetail` (it shows no computed result). */
export type MgDoseTableEvents = MgEvents<DoseTableChangeDetail>;

/**
 * One cited table of how much of a nutrient people need a day and the upper limit, by age group,
 * sex and life stage. It marks the reader's row (set by the site, or chosen by the reader in the
 * small form above the table). Intake and limits shown as *the* value are NNR 2023 / EFSA; other
 * authorities appear only with `compare`, labelled as comparisons.
 *
 * @tagname mg-dose-table
 * @summary Adequate intake and upper limit by age and life stage, with sources; highlights the reader's row.
 *
 * @attr nutrient - `magnesium` (default), `calcium`, `vitamin-d` or `potassium`.
 * @attr compare - Boolean: adds labelled comparison values (IOM/US, VKM/Norway, NNR 2012) for magnesium.
 * @attr age-group - The reader's age group to mark: `7-11m`, `1-3`, `4-10`, `11-17`, `18+`.
 * @attr sex - `female` or `male`; without it both rows of a sex-split age group are marked.
 * @attr life-stage - `pregnant`, `lactating` or `none` (default). Bad input with `sex="male"` or under 11 years; at 11–17 it marks the girls' row with a note.
 * @attr independent - Keeps this widget out of the shared reader: it neither uses nor shares the age group, sex and pregnancy the reader chose with the other widgets on the page (by default a reader answers once for all of them; the answers never leave the page).
 * @attr heading-level - Heading level (2–6) of the table's heading, to fit the page's outline. Default 2.
 *
 * @fires {MgChangeEvent<DoseTableChangeDetail>} mg-change - The reader changed the nutrient or the marked row in the form. `detail: { ageGroup, sex, lifeStage, nutrient }` (ids; `null` when unset). The table fires no `mg-result`.
 *
 * @csspart picker - The disclosure with the form that marks the reader's row.
 * @csspart form - The form inside it (native selects).
 * @csspart status - The polite live region saying which row is marked.
 * @csspart scroll - The box the table scrolls in when it is wider than its container.
 * @csspart table - The `<table>`.
 * @csspart row - A body row; the reader's row also has `aria-current="true"`.
 * @csspart current-label - The visible "your row" label in the marked row.
 * @csspart legend - The explanation of AI, RI and AR and of what the intake covers, above the table.
 * @csspart notes - The explanations below the table (label reference value, what the limit covers).
 * @csspart national-advice - The Danish vitamin D recommendations (a labelled note, vitamin D only).
 * @csspart too-much - What too much magnesium feels like and when to call for help (magnesium only).
 * @csspart disclaimer - The line saying the widget informs and does not diagnose.
 * @csspart input-problem - The message shown for rejected attribute values.
 * @csspart heading - The table's heading (`role="heading"`, level from `heading-level`).
 *
 * @cssprop --mg-dose-table-highlight - Background of the reader's row (default: the accent at 14 %).
 * @cssprop --mg-dose-table-font-size - Font size of the table (default 0.9375em).
 * @cssprop --mg-accent - Marker and label fill of the reader's row, focus ring (default: blue mixed with the text colour).
 * @cssprop --mg-on-accent - Text of the "your row" label on the accent fill (default: white or black, whichever contrasts more).
 * @cssprop --mg-border-color - Table rules (default: the text colour at 35 %) and the selects' borders (at 70 %; they need 3:1).
 * @cssprop --mg-surface - Background of the header row.
 * @cssprop --mg-radius - Corner radius of the form and the label.
 * @cssprop --mg-gap - Space between parts.
 * @cssprop --mg-focus-color - Focus outline (default: the accent).
 * @cssprop --mg-warning - Border of the message for rejected attribute values.
 */
export class MgDoseTable extends MgElement<MgDoseTableEvents> {
  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    independent: { type: Boolean },
    nutrient: {},
    compare: { type: Boolean },
    ageGroup: { attribute: 'age-group' },
    sex: {},
    lifeStage: { attribute: 'life-stage' },
  };
  static override styles = [tokens, doseTableStyles];
  static override messages = ownMessages;
  static override inputs = doseTableInputs;
  /** Heading level 2–6 of the table's heading (attribute `heading-level`), to fit the page's outline; anything else is reported and 2 is used. */
  headingLevel: number | string | null = null;
  /** Stays out of the page's shared reader: neither reads nor shares the reader's answers (attribute `independent`). */
  independent = false;

  /** Nutrient id; `null` = magnesium. Checked at run time: a bad value is reported and ignored. */
  nutrient: DoseTableNutrient | null = null;
  /** Show labelled comparison values of other authorities. */
  compare = false;
  /** The reader's age group id, or `null` (no row marked). */
  ageGroup: AgeGroupId | null = null;
  /** `female`, `male` or `null`. */
  sex: Sex | null = null;
  /** `pregnant`, `lactating`, `none` or `null` (= none). */
  lifeStage: LifeStage | null = null;

  #table = doseTableRows('magnesium');
  #highlight = highlightRow(null, null, 'none', this.#table);
  protected static override showsContacts = true;
  readonly #page = new PageContactsController(this);
  readonly #shared = new SharedReader(
    this,
    () => this.independent,
    (answers, changed) => this.#applyShared(answers, changed, true),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    // Answers given before this widget arrived (a lazy-loaded table) mark its row too.
    this.#applyShared(this.#shared.answers, ['ageGroup', 'sex', 'lifeStage'], false);
  }

  /** The reader's answers from another widget, where the site set no attribute of its own (the site's preset wins). */
  #applyShared(answers: SharedAnswers, changed: readonly (keyof SharedAnswers)[], announce: boolean): void {
    let applied = false;
    if (changed.includes('ageGroup') && answers.ageGroup && !this.hasAttribute('age-group')) {
      this.ageGroup = answers.ageGroup;
      applied = true;
    }
    if (changed.includes('sex') && answers.sex && !this.hasAttribute('sex')) {
      this.sex = answers.sex;
      applied = true;
    }
    if (changed.includes('lifeStage') && answers.lifeStage && !this.hasAttribute('life-stage')) {
      this.lifeStage = answers.lifeStage;
      applied = true;
    }
    if (!applied) return;
    // A life stage that no longer fits the shared age or sex is dropped (the site's own attributes are left alone:
    // they are checked and reported as always).
    const ageGroup = isAgeGroup(this.ageGroup) ? this.ageGroup : null;
    const sex = isSex(this.sex) ? this.sex : null;
    if (!this.hasAttribute('life-stage') && !lifeStagesFor(ageGroup, sex).includes(this.lifeStage ?? 'none'))
      this.lifeStage = 'none';
    if (announce) this.emit('mg-change', this.#changeDetail());
  }

  #changeDetail(): DoseTableChangeDetail {
    return {
      ageGroup: this.ageGroup,
      sex: this.sex,
      lifeStage: this.lifeStage ?? 'none',
      nutrient: this.nutrient ?? 'magnesium',
    };
  }

  /** The input in effect: rejected values fall back to their defaults. */
  get #state(): DoseTableChangeDetail {
    return {
      ageGroup: this.input(ageGroupInput),
      sex: this.input(sexInput),
      lifeStage: this.input(lifeStageInput),
      nutrient: this.input(nutrientInput),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { ageGroup, sex, lifeStage, nutrient } = this.#state;
    this.#table = doseTableRows(nutrient, { compare: this.input(compareInput) });
    this.#highlight = highlightRow(ageGroup, sex, lifeStage, this.#table);
  }

  /** Reader input from the form: sets the property (never the attribute) and tells the page. */
  #onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const value = select.value === '' ? null : select.value;
    const before = { sex: this.sex, lifeStage: this.lifeStage };
    if (select.name === 'nutrient') this.nutrient = value as DoseTableNutrient | null;
    if (select.name === 'age-group') this.ageGroup = value as AgeGroupId | null;
    if (select.name === 'sex') this.sex = value as Sex | null;
    if (select.name === 'life-stage') {
      this.lifeStage = value as LifeStage | null;
      // The options are disabled for men; should a script have set male meanwhile, pregnancy implies female.
      if (value !== 'none' && this.sex === 'male') this.sex = 'female';
    }
    // A life stage that no longer applies (a man, a child) is dropped, not reported: the reader changed it.
    // (Checked ids only: another attribute may still hold a rejected value, which must not throw here.)
    const ageGroup = isAgeGroup(this.ageGroup) ? this.ageGroup : null;
    if (!lifeStagesFor(ageGroup, isSex(this.sex) ? this.sex : null).includes(this.lifeStage ?? 'none'))
      this.lifeStage = 'none';
    this.emit('mg-change', this.#changeDetail());
    // Only what the reader chose here (and what that choice changed): an untouched "not pregnant" default is not
    // an answer the quiz may take.
    const chosen: SharedAnswers = {};
    if (select.name === 'age-group' && isAgeGroup(this.ageGroup)) chosen.ageGroup = this.ageGroup;
    if ((select.name === 'sex' || this.sex !== before.sex) && isSex(this.sex)) chosen.sex = this.sex;
    if (select.name === 'life-stage' || this.lifeStage !== before.lifeStage)
      chosen.lifeStage = this.lifeStage ?? 'none';
    this.#shared.share(chosen);
    this.#revealRow = true;
  };

  /** After the reader's own choice (never a preset): the marked row is scrolled into view; focus stays put. */
  #revealRow = false;

  protected override updated(): void {
    if (!this.#revealRow) return;
    this.#revealRow = false;
    const rows = this.renderRoot.querySelectorAll('tr.current');
    const last = rows[rows.length - 1];
    const first = rows[0];
    if (!first || !last) return;
    // The last marked row first (both rows of a sex-split group), then the first, so all of them end up in view;
    // 'nearest' moves the page only as far as needed, and not at all when the rows are already in view.
    last.scrollIntoView({ block: 'nearest' });
    if (first !== last) first.scrollIntoView({ block: 'nearest' });
  }

  protected override render(): TemplateResult {
    const { ageGroup, sex, lifeStage, nutrient } = this.#state;
    const contacts = this.#page.contacts;
    const telNumbers = [contacts.emergencyNumber, contacts.alternativeEmergencyNumber].filter(
      (number): number is string => number !== null,
    );
    return html`${this.renderInputProblems()} ${this.heading(tableTitle(this.#table))}
      ${renderPicker(
        {
          nutrient,
          ageGroup,
          sex,
          lifeStage,
          ageGroups: ageGroupIds(),
          lifeStages: lifeStagesFor(ageGroup, sex),
          allLifeStages: ['none', ...lifeStages().filter((stage) => stage !== 'none')],
        },
        this.#onSelect,
      )}
      <p class="status" part="status" role="status">${renderStatus(this.#table, this.#highlight)}</p>
      ${renderTable(this.#table, this.#highlight)}
      ${renderAbout(this.#table, emergencyNumberWords(contacts), telNumbers)}
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>
      <mg-sources .sourceIds=${[...this.#table.sourceIds, ...this.#highlight.sourceIds]}></mg-sources>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-dose-table': MgDoseTable;
  }
}
