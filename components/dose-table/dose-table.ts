// <mg-dose-table>: adequate intake and upper limit by age group and life stage, with the reader's row marked.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/dose-table.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { formatMg, formatMicrograms, formatNumber } from '../base/format.js';
import { doseTableStyles } from './dose-table.styles.js';
import { isAgeGroup, isLifeStage, isSex } from '../../src/data/age-groups.js';
import {
  DOSE_TABLE_NUTRIENTS,
  doseTableRows,
  highlightRow,
  isDoseTableNutrient,
  type DoseTable,
  type DoseTableComparison,
  type DoseTableIntake,
  type DoseTableNoteId,
  type DoseTableNutrient,
  type DoseTableRow,
  type DoseTableUnit,
  type Highlight,
  type HighlightNoteId,
  type IntakeMeasure,
} from '../../src/rules/dose-table.js';
import type { AgeGroupId, LifeStage, NativeBand, Sex } from '../../src/schema/common.js';

/** Column headers in the reader's language; `compare` is `null` when the column is not shown. */
interface Columns {
  group: string;
  intake: string;
  limit: string;
  notes: string;
  compare: string | null;
}

/** Keeps number ranges ("11–17") on one line: word joiners around the dash. */
const keepRanges = (text: string): string => text.replace(/(\d)–(\d)/g, '$1\u2060–\u2060$2');

/** The `mg-change` detail: the table's input state (ids only). */
export interface DoseTableChangeDetail {
  ageGroup: AgeGroupId | null;
  sex: Sex | null;
  lifeStage: LifeStage;
  nutrient: DoseTableNutrient;
}

/** The events `<mg-dose-table>` fires: `mg-change` with `DoseTableChangeDetail` (it shows no computed result). */
export type MgDoseTableEvents = MgEvents<DoseTableChangeDetail>;

const AGE_GROUPS: readonly AgeGroupId[] = ['7-11m', '1-3', '4-10', '11-17', '18+'];
const SEXES: readonly Sex[] = ['female', 'male'];
const LIFE_STAGES: readonly LifeStage[] = ['none', 'pregnant', 'lactating'];
const UNDER_11: readonly AgeGroupId[] = ['7-11m', '1-3', '4-10'];
/** Names of the authorities behind *the* values (the same in every language). */
const AUTHORITY_NAMES = { 'nnr-2023': 'NNR 2023', efsa: 'EFSA' } as const;

const ACCEPTED = {
  nutrient: 'magnesium, calcium, vitamin-d, potassium',
  'age-group': '7-11m, 1-3, 4-10, 11-17, 18+',
  sex: 'female, male',
  'life-stage':
    'pregnant, lactating, none (pregnant and lactating only with age-group 11-17 or 18+ and not with sex="male")',
} as const;

const acceptedForReaders = (name: keyof typeof ACCEPTED): string => {
  switch (name) {
    case 'nutrient':
      return msg('magnesium, calcium, vitamin-d eller potassium', { id: 'dose-table.accepted.nutrient' });
    case 'age-group':
      return msg('7-11m, 1-3, 4-10, 11-17 eller 18+', { id: 'dose-table.accepted.age-group' });
    case 'sex':
      return msg('female eller male', { id: 'dose-table.accepted.sex' });
    case 'life-stage':
      return msg('pregnant, lactating eller none (pregnant og lactating kun fra 11 år og ikke med sex="male")', {
        id: 'dose-table.accepted.life-stage',
      });
  }
};

const nutrientName = (nutrient: DoseTableNutrient): string =>
  ({
    magnesium: () => msg('Magnesium', { id: 'dose-table.nutrient.magnesium' }),
    calcium: () => msg('Calcium', { id: 'dose-table.nutrient.calcium' }),
    'vitamin-d': () => msg('D-vitamin', { id: 'dose-table.nutrient.vitamin-d' }),
    potassium: () => msg('Kalium', { id: 'dose-table.nutrient.potassium' }),
  })[nutrient]();

const ageLabel = (ageGroup: AgeGroupId): string =>
  ({
    '7-11m': () => msg('7–11 måneder', { id: 'dose-table.age.7-11m' }),
    '1-3': () => msg('1–3 år', { id: 'dose-table.age.1-3' }),
    '4-10': () => msg('4–10 år', { id: 'dose-table.age.4-10' }),
    '11-17': () => msg('11–17 år', { id: 'dose-table.age.11-17' }),
    '18+': () => msg('18 år og derover', { id: 'dose-table.age.adult' }),
  })[ageGroup]();

function rowLabel(row: Pick<DoseTableRow, 'ageGroup' | 'sex' | 'lifeStage'>): string {
  if (row.lifeStage === 'pregnant') return msg('Gravide', { id: 'dose-table.row.pregnant' });
  if (row.lifeStage === 'lactating') return msg('Ammende', { id: 'dose-table.row.lactating' });
  if (row.ageGroup === '11-17' && row.sex === 'female') return msg('Piger 11–17 år', { id: 'dose-table.row.girls' });
  if (row.ageGroup === '11-17' && row.sex === 'male') return msg('Drenge 11–17 år', { id: 'dose-table.row.boys' });
  if (row.ageGroup === '18+' && row.sex === 'female') return msg('Kvinder fra 18 år', { id: 'dose-table.row.women' });
  if (row.ageGroup === '18+' && row.sex === 'male') return msg('Mænd fra 18 år', { id: 'dose-table.row.men' });
  return ageLabel(row.ageGroup);
}

function band(nativeBand: NativeBand): string {
  if (!nativeBand) return '';
  const { unit, from, to } = nativeBand;
  if (to === null) return msg(str`fra ${from} år`, { id: 'dose-table.band.years-from' });
  return keepRanges(
    unit === 'months'
      ? msg(str`${from}–${to} måneder`, { id: 'dose-table.band.months' })
      : msg(str`${from}–${to} år`, { id: 'dose-table.band.years' }),
  );
}

const measureAbbreviation = (measure: IntakeMeasure): string =>
  ({ 'adequate-intake': 'AI', 'recommended-intake': 'RI', 'average-requirement': 'AR' })[measure];

const measureLegend = (measure: IntakeMeasure): string =>
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

const noteText = (note: DoseTableNoteId | HighlightNoteId): string =>
  ({
    'no-eu-limit-doctor-advice': () =>
      msg('Giv kun kosttilskud med magnesium efter aftale med lægen.', { id: 'dose-table.note.doctor-advice' }),
    'no-extra-need-in-pregnancy-or-lactation': () =>
      msg('EFSA: intet ekstra behov under graviditet og amning.', { id: 'dose-table.note.no-extra-need' }),
    'limit-includes-pregnancy-and-lactation': () =>
      msg('Grænsen gælder også under graviditet og amning.', { id: 'dose-table.note.limit-pregnancy' }),
    'vitamin-d-older-adults-not-covered': () =>
      msg('Ældre kan have brug for mere. Spørg lægen.', { id: 'dose-table.note.vitamin-d-older' }),
    'general-row-for-life-stage': () =>
      msg('Tabellen har ingen særskilt værdi for graviditet og amning, så den almindelige række er markeret.', {
        id: 'dose-table.note.general-row',
      }),
    'no-row-for-age-group': () =>
      msg('Tabellen har ingen værdier for denne aldersgruppe.', { id: 'dose-table.note.no-row' }),
  })[note]();

const comparisonAuthority = (authority: DoseTableComparison['authority']): string =>
  ({
    'iom-1997': () => msg('USA (IOM 1997)', { id: 'dose-table.authority.iom' }),
    'vkm-2016': () => msg('Norge (VKM 2016)', { id: 'dose-table.authority.vkm' }),
    'nnr-2012': () => msg('NNR 2012 (afløst)', { id: 'dose-table.authority.nnr-2012' }),
  })[authority]();

function comparisonWhat(item: DoseTableComparison): string {
  if (item.kind === 'upper-limit') return msg('øvre grænse', { id: 'dose-table.compare.upper-limit' });
  if (item.measure === 'rda') return 'RDA';
  if (item.measure === 'recommended-intake') return msg('anbefalet indtag', { id: 'dose-table.compare.ri' });
  return msg('tilstrækkeligt indtag', { id: 'dose-table.compare.ai' });
}

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
 * @csspart notes - The explanations below the table (label reference value, what the limit covers).
 * @csspart disclaimer - The line saying the widget informs and does not diagnose.
 * @csspart input-problem - The message shown for rejected attribute values.
 *
 * @cssprop --mg-dose-table-highlight - Background of the reader's row (default: the accent at 14 %).
 * @cssprop --mg-dose-table-font-size - Font size of the table (default 0.9375em).
 * @cssprop --mg-accent - Marker of the reader's row, focus ring.
 * @cssprop --mg-border-color - Table rules.
 * @cssprop --mg-surface - Background of the header row.
 * @cssprop --mg-radius - Corner radius of the form and the label.
 * @cssprop --mg-gap - Space between parts.
 * @cssprop --mg-focus-color - Focus outline (default: the accent).
 * @cssprop --mg-warning - Border of the message for rejected attribute values.
 */
export class MgDoseTable extends MgElement<MgDoseTableEvents> {
  static override properties = {
    nutrient: {},
    compare: { type: Boolean },
    ageGroup: { attribute: 'age-group' },
    sex: {},
    lifeStage: { attribute: 'life-stage' },
  };
  static override styles = [tokens, doseTableStyles];
  static override messages = ownMessages;

  /** Nutrient id; `null` = magnesium. Checked at run time: a bad value is reported and ignored. */
  declare nutrient: DoseTableNutrient | null;
  /** Show labelled comparison values of other authorities. */
  declare compare: boolean;
  /** The reader's age group id, or `null` (no row marked). */
  declare ageGroup: AgeGroupId | null;
  /** `female`, `male` or `null`. */
  declare sex: Sex | null;
  /** `pregnant`, `lactating`, `none` or `null` (= none). */
  declare lifeStage: LifeStage | null;

  private table: DoseTable = doseTableRows('magnesium');
  private highlight: Highlight = highlightRow(null, null, 'none', this.table);
  private state: DoseTableChangeDetail = { ageGroup: null, sex: null, lifeStage: 'none', nutrient: 'magnesium' };

  constructor() {
    super();
    this.nutrient = null;
    this.compare = false;
    this.ageGroup = null;
    this.sex = null;
    this.lifeStage = null;
  }

  /** The input in effect: rejected values fall back to their defaults. */
  private resolve(): { state: DoseTableChangeDetail; rejected: Array<keyof typeof ACCEPTED> } {
    const rejected: Array<keyof typeof ACCEPTED> = [];
    const pick = <T>(name: keyof typeof ACCEPTED, value: unknown, ok: (v: unknown) => v is T): T | null => {
      if (value === null || value === undefined) return null;
      if (ok(value)) return value;
      rejected.push(name);
      return null;
    };
    const nutrient = pick('nutrient', this.nutrient, isDoseTableNutrient) ?? 'magnesium';
    const ageGroup = pick('age-group', this.ageGroup, isAgeGroup);
    const sex = pick('sex', this.sex, isSex);
    let lifeStage = pick('life-stage', this.lifeStage, isLifeStage) ?? 'none';
    const table = doseTableRows(nutrient);
    if (highlightRow(ageGroup, sex, lifeStage, table).problem) {
      rejected.push('life-stage');
      lifeStage = 'none';
    }
    return { state: { ageGroup, sex, lifeStage, nutrient }, rejected };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!['nutrient', 'compare', 'ageGroup', 'sex', 'lifeStage'].some((name) => changed.has(name))) return;
    const { state, rejected } = this.resolve();
    const values: Record<keyof typeof ACCEPTED, unknown> = {
      nutrient: this.nutrient,
      'age-group': this.ageGroup,
      sex: this.sex,
      'life-stage': this.lifeStage,
    };
    for (const name of Object.keys(ACCEPTED) as Array<keyof typeof ACCEPTED>) {
      if (rejected.includes(name)) this.reportInvalid(name, values[name], ACCEPTED[name], acceptedForReaders(name));
      else this.clearInvalid(name);
    }
    // A script may set anything; only a boolean counts (the attribute always gives one).
    if (typeof this.compare === 'boolean') this.clearInvalid('compare');
    else
      this.reportInvalid(
        'compare',
        this.compare,
        'boolean (present or absent)',
        msg('true eller false (attributten er enten sat eller ej)', { id: 'dose-table.accepted.compare' }),
      );
    this.state = state;
    this.table = doseTableRows(state.nutrient, { compare: this.compare === true });
    this.highlight = highlightRow(state.ageGroup, state.sex, state.lifeStage, this.table);
  }

  /** Reader input from the form: sets the property (never the attribute) and tells the page. */
  private onSelect(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value === '' ? null : select.value;
    if (select.name === 'nutrient') this.nutrient = value as DoseTableNutrient | null;
    if (select.name === 'age-group') {
      this.ageGroup = value as AgeGroupId | null;
      if (value !== null && UNDER_11.includes(value as AgeGroupId)) this.lifeStage = 'none';
    }
    if (select.name === 'sex') {
      this.sex = value as Sex | null;
      if (value === 'male') this.lifeStage = 'none';
    }
    if (select.name === 'life-stage') {
      this.lifeStage = value as LifeStage | null;
      // The options are disabled for men; should a script have set male meanwhile, pregnancy implies female.
      if (value !== 'none' && this.sex === 'male') this.sex = 'female';
    }
    this.emit('mg-change', { ...this.resolve().state });
  }

  /** An amount in the row's unit (format.ts keeps the unit on the number's line). */
  private amount(value: number, unit: DoseTableUnit): string {
    return unit === 'ug' ? formatMicrograms(value) : formatMg(value);
  }

  private renderIntake(item: DoseTableIntake, unit: DoseTableUnit): TemplateResult {
    const shownBand = band(item.nativeBand);
    return html`<span class="value">${this.amount(item.value, unit)}</span> (${measureAbbreviation(item.measure)})${
        shownBand ? html` <span class="band">${shownBand}</span>` : nothing
      }`;
  }

  private renderUpperLimit(row: DoseTableRow, unit: DoseTableUnit): TemplateResult {
    const limit = row.upperLimit;
    if (limit.value !== null) {
      const shownBand = band(limit.nativeBand);
      return html`<span class="value">${this.amount(limit.value, unit)}</span>${
          shownBand
            ? html` <span class="band">${msg(str`(gælder ${shownBand})`, { id: 'dose-table.applies-band' })}</span>`
            : nothing
        }`;
    }
    if (limit.status === 'none') return html`<strong>${msg('Ingen EU-grænse', { id: 'dose-table.ul.none' })}</strong>`;
    if (limit.status === 'insufficient-data')
      return html`<strong>${msg('Ingen EU-grænse', { id: 'dose-table.ul.none' })}</strong>
        <span class="band">${msg('(for lidt viden til at sætte en)', { id: 'dose-table.ul.insufficient' })}</span>`;
    return html`${msg('Ikke med her', { id: 'dose-table.not-in-dataset' })}`;
  }

  private renderNotes(row: DoseTableRow, highlightNotes: HighlightNoteId[]): TemplateResult {
    const notes = [...new Set<DoseTableNoteId | HighlightNoteId>([...row.noteIds, ...highlightNotes])];
    return html`${notes.map((note) => html`<p>${noteText(note)}</p>`)}${row.upperLimit.guidance.map((item) => {
      const guidanceBand = band(item.nativeBand);
      const limit = this.amount(item.value, this.table.unit);
      const perDose =
        item.maxPerDailyDose === null
          ? ''
          : msg(str`, højst ${this.amount(item.maxPerDailyDose, this.table.unit)} pr. dagsdosis af et tilskud`, {
              id: 'dose-table.guidance.per-dose',
            });
      return html`<p>
        ${msg(
          str`Dansk vejledning, ikke en EU-grænse (Fødevarestyrelsen, ${guidanceBand}): højst ${limit} om dagen${perDose}.`,
          { id: 'dose-table.guidance' },
        )}
      </p>`;
    })}`;
  }

  private renderComparisons(row: DoseTableRow): TemplateResult {
    if (row.comparisons.length === 0) return html`<span aria-hidden="true">–</span>`;
    return html`<ul>
      ${row.comparisons.map((item) => {
        const shownBand = band(item.nativeBand);
        const what = shownBand ? `${comparisonWhat(item)} ${shownBand}` : comparisonWhat(item);
        const value =
          item.valueMax === null
            ? this.amount(item.value, this.table.unit)
            : `${formatNumber(item.value)}–${this.amount(item.valueMax, this.table.unit)}`;
        return html`<li>
          ${msg(str`${comparisonAuthority(item.authority)}, ${what}: ${value}`, { id: 'dose-table.compare.item' })}
        </li>`;
      })}
    </ul>`;
  }

  private renderRow(row: DoseTableRow, columns: Columns): TemplateResult {
    const current = this.highlight.rowIds.includes(row.id);
    const highlightNotes = current ? this.highlight.noteIds : [];
    const hasNotes = row.noteIds.length + highlightNotes.length + row.upperLimit.guidance.length > 0;
    // Explicit roles keep the table's semantics when narrow containers restyle it as stacked cards.
    return html`<tr role="row" part="row" class=${current ? 'current' : ''} aria-current=${current ? 'true' : 'false'}>
      <th role="rowheader" scope="row">
        ${keepRanges(rowLabel(row))}${
          current
            ? html` <span class="current-label" part="current-label"
                >${msg('Din række', { id: 'dose-table.your-row' })}</span
              >`
            : nothing
        }
      </th>
      <td role="cell" data-label=${columns.intake}>
        ${
          row.intakes.length === 0
            ? msg('Ikke med her', { id: 'dose-table.not-in-dataset' })
            : row.intakes.map(
                (item, index) => html`${index > 0 ? html`<br />` : nothing}${this.renderIntake(item, this.table.unit)}`,
              )
        }
      </td>
      <td role="cell" data-label=${columns.limit}>${this.renderUpperLimit(row, this.table.unit)}</td>
      <td role="cell" class=${hasNotes ? 'notes-cell' : 'notes-cell empty'} data-label=${columns.notes}>
        ${this.renderNotes(row, highlightNotes)}
      </td>
      ${
        columns.compare
          ? html`<td role="cell" class="notes-cell" data-label=${columns.compare}>${this.renderComparisons(row)}</td>`
          : nothing
      }
    </tr>`;
  }

  private renderSelect(
    name: string,
    label: string,
    options: Array<[string, string, boolean?]>,
    value: string,
  ): TemplateResult {
    return html`<div class="field">
      <label for=${`field-${name}`}>${label}</label>
      <select id=${`field-${name}`} name=${name} @change=${this.onSelect}>
        ${options.map(
          ([optionValue, optionLabel, disabled]) =>
            html`<option value=${optionValue} ?selected=${optionValue === value} ?disabled=${disabled === true}>
              ${optionLabel}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderPicker(): TemplateResult {
    const { ageGroup, sex, lifeStage, nutrient } = this.state;
    const noLifeStage = sex === 'male' || (ageGroup !== null && UNDER_11.includes(ageGroup));
    const choose = msg('Vælg', { id: 'dose-table.choose' });
    return html`<details class="picker" part="picker">
      <summary>${msg('Markér din egen række', { id: 'dose-table.picker' })}</summary>
      <form part="form" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>${msg('Vis tabellen for', { id: 'dose-table.legend' })}</legend>
          ${this.renderSelect(
            'nutrient',
            msg('Næringsstof', { id: 'dose-table.field.nutrient' }),
            DOSE_TABLE_NUTRIENTS.map((id) => [id, nutrientName(id)]),
            nutrient,
          )}
          ${this.renderSelect(
            'age-group',
            msg('Alder', { id: 'dose-table.field.age' }),
            [['', choose], ...AGE_GROUPS.map((id): [string, string] => [id, ageLabel(id)])],
            ageGroup ?? '',
          )}
          ${this.renderSelect(
            'sex',
            msg('Køn', { id: 'dose-table.field.sex' }),
            [
              ['', choose],
              [SEXES[0]!, msg('Kvinde eller pige', { id: 'dose-table.sex.female' })],
              [SEXES[1]!, msg('Mand eller dreng', { id: 'dose-table.sex.male' })],
            ],
            sex ?? '',
          )}
          ${this.renderSelect(
            'life-stage',
            msg('Gravid eller ammer', { id: 'dose-table.field.life-stage' }),
            LIFE_STAGES.map((id): [string, string, boolean] => [
              id,
              id === 'pregnant'
                ? msg('Gravid', { id: 'dose-table.life-stage.pregnant' })
                : id === 'lactating'
                  ? msg('Ammer', { id: 'dose-table.life-stage.lactating' })
                  : msg('Ingen af delene', { id: 'dose-table.life-stage.none' }),
              id !== 'none' && noLifeStage,
            ]),
            lifeStage,
          )}
        </fieldset>
      </form>
    </details>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const { rowIds, noteIds } = this.highlight;
    const labels = this.table.rows.filter((row) => rowIds.includes(row.id)).map(rowLabel);
    if (labels.length === 0 && noteIds.length === 0) return nothing;
    return html`${labels.length > 0 ? msg(str`Markeret: ${labels.join(', ')}.`, { id: 'dose-table.status' }) : nothing}
    ${noteIds.filter((note) => note !== 'no-extra-need-in-pregnancy-or-lactation').map((note) => noteText(note))}
    ${
      noteIds.includes('no-extra-need-in-pregnancy-or-lactation')
        ? msg('EFSA sætter ikke et ekstra behov under graviditet og amning, så rækken for piger 11–17 år gælder.', {
            id: 'dose-table.status.teen-pregnancy',
          })
        : nothing
    }`;
  }

  private renderAbout(): TemplateResult {
    const table = this.table;
    const basis = table.upperLimitBasis;
    return html`<div class="about" part="notes">
      <p>
        ${msg(
          str`”% RI” på pakken regnes ud fra ${this.amount(table.labelReference.value, table.unit)}. Det er EU's referenceværdi til mærkning, ens for alle voksne, og ikke et anbefalet indtag.`,
          { id: 'dose-table.label-reference' },
        )}
      </p>
      ${
        table.upperLimitScope === 'supplemental-magnesium'
          ? html`<p>
                ${msg(
                  'Den øvre grænse gælder magnesium fra kosttilskud, vand og berigede fødevarer – ikke det magnesium, der naturligt er i maden. Den gælder de letopløselige magnesiumsalte og magnesiumoxid.',
                  { id: 'dose-table.scope.supplemental' },
                )}
                ${
                  basis
                    ? msg(
                        str`Den er sat, fordi større mængder kan give let diarré, som er set fra omkring ${formatNumber(
                          basis.loaelFrom,
                        )}–${formatMg(basis.loaelTo)} om dagen.`,
                        { id: 'dose-table.scope.basis' },
                      )
                    : nothing
                }
              </p>
              <p>
                ${msg(
                  'Grænsen er et loft, ikke et mål. Læg alle kilder sammen, også syreneutraliserende midler og afføringsmidler med magnesium. Har du en nyresygdom, så tal med lægen, før du tager magnesium.',
                  { id: 'dose-table.caveat' },
                )}
              </p>`
          : table.upperLimitScope === 'total-intake'
            ? html`<p>
                ${msg('Den øvre grænse gælder det samlede indtag fra mad, drikke og kosttilskud.', {
                  id: 'dose-table.scope.total',
                })}
              </p>`
            : html`<p>${msg('EFSA har ikke fastsat en øvre grænse.', { id: 'dose-table.scope.none' })}</p>`
      }
      ${table.measures.map((measure) => html`<p>${measureLegend(measure)}</p>`)}
      ${
        table.compare
          ? html`<p>
              ${
                table.comparisonCount > 0
                  ? msg(
                      'Tal fra andre myndigheder er kun til sammenligning. De bygger på andre aldersgrupper og metoder; de gældende værdier er NNR 2023 og EFSA.',
                      { id: 'dose-table.compare.intro' },
                    )
                  : msg('Der er ingen sammenligningstal for dette næringsstof.', { id: 'dose-table.compare.none' })
              }
            </p>`
          : nothing
      }
    </div>`;
  }

  protected override render() {
    const table = this.table;
    const name = nutrientName(table.nutrient);
    const intakeAuthorities = [
      ...new Set(table.rows.flatMap((row) => row.intakes.map((item) => AUTHORITY_NAMES[item.authority]))),
    ].join(' / ');
    const columns: Columns = {
      group: msg('Gruppe', { id: 'dose-table.col.group' }),
      intake: msg(str`Indtag pr. dag (${intakeAuthorities})`, { id: 'dose-table.col.intake' }),
      limit:
        table.upperLimitScope === 'supplemental-magnesium'
          ? msg('Øvre grænse pr. dag for tilskud (EFSA)', { id: 'dose-table.col.ul-supplemental' })
          : table.upperLimitScope === 'total-intake'
            ? msg('Øvre grænse pr. dag for det samlede indtag (EFSA)', { id: 'dose-table.col.ul-total' })
            : msg('Øvre grænse pr. dag (EFSA)', { id: 'dose-table.col.ul' }),
      notes: msg('Bemærk', { id: 'dose-table.col.notes' }),
      compare:
        table.compare && table.comparisonCount > 0
          ? msg('Andre myndigheder (kun til sammenligning)', { id: 'dose-table.col.compare' })
          : null,
    };
    const headers = [columns.group, columns.intake, columns.limit, columns.notes, columns.compare];
    return html`${this.renderInputProblems()} ${this.renderPicker()}
      <p class="status" part="status" role="status">${this.renderStatus()}</p>
      <div class="scroll" part="scroll" role="region" tabindex="0" aria-labelledby="caption">
        <table role="table" part="table" class=${columns.compare ? 'compare' : ''}>
          <caption id="caption">
            ${msg(str`${name}: hvor meget har du brug for om dagen?`, { id: 'dose-table.caption' })}
          </caption>
          <thead>
            <tr role="row">
              ${headers.map((header) =>
                header === null ? nothing : html`<th role="columnheader" scope="col">${header}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map((row) => this.renderRow(row, columns))}
          </tbody>
        </table>
      </div>
      ${this.renderAbout()}
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>
      <mg-sources .sourceIds=${[...table.sourceIds, ...this.highlight.sourceIds]}></mg-sources>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-dose-table': MgDoseTable;
  }
}
