// The templates of <mg-dose-table>: the picker that marks the reader's row, the table, and the lines below it.
// They render the table model of src/rules/dose-table.ts; the element decides nothing medical.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DoseTable, DoseTableRow, Highlight, HighlightNoteId } from '../../src/rules/dose-table.js';
import { DOSE_TABLE_NUTRIENTS } from '../../src/rules/dose-table.js';
import type { AgeGroupId, LifeStage, Sex } from '../../src/schema/common.js';
import { formatMg, formatNumber } from '../base/format.js';
import { ageGroupWords, lifeStageWords } from '../base/reader-words.js';
import { tooMuchLines } from '../base/dose-words.js';
import { withTelLinks } from '../base/tel.js';
import {
  amount,
  band,
  comparisonAuthority,
  comparisonWhat,
  fvstGuidance,
  intakeIsFromFood,
  keepRanges,
  measureAbbreviation,
  measureLegend,
  nationalAdviceFormula,
  nationalAdviceLine,
  nationalAdviceTitle,
  noteText,
  nutrientNames,
  rowLabel,
  supplementalScope,
  teenPregnancyStatus,
} from './dose-table.words.js';

/** Column headers in the reader's language; `compare` is `null` when the column is not shown. */
export interface Columns {
  group: string;
  intake: string;
  limit: string;
  notes: string;
  compare: string | null;
}

/** Names of the authorities behind *the* values (the same in every language). */
const AUTHORITY_NAMES = { 'nnr-2023': 'NNR 2023', efsa: 'EFSA' } as const;

export function columnsFor(table: DoseTable): Columns {
  const intakeAuthorities = [
    ...new Set(table.rows.flatMap((row) => row.intakes.map((item) => AUTHORITY_NAMES[item.authority]))),
  ].join(' / ');
  return {
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
}

function renderUpperLimit(row: DoseTableRow, table: DoseTable): TemplateResult {
  const limit = row.upperLimit;
  if (limit.value !== null) {
    const shownBand = band(limit.nativeBand);
    return html`<span class="value">${amount(limit.value, table.unit)}</span>${
        shownBand
          ? html` <span class="band">${msg(str`(gælder ${shownBand})`, { id: 'dose-table.applies-band' })}</span>`
          : nothing
      }`;
  }
  const none = msg('Ingen EU-grænse', { id: 'dose-table.ul.none' });
  if (limit.status === 'none') return html`<strong>${none}</strong>`;
  if (limit.status === 'insufficient-data')
    return html`<strong>${none}</strong>
      <span class="band">${msg('(for lidt viden til at fastsætte en)', { id: 'dose-table.ul.insufficient' })}</span>`;
  return html`${msg('Ikke med her', { id: 'dose-table.not-in-dataset' })}`;
}

function renderNotes(row: DoseTableRow, highlightNotes: HighlightNoteId[], table: DoseTable): TemplateResult {
  const notes = [...new Set([...row.noteIds, ...highlightNotes])];
  return html`${notes.map((note) => html`<p>${noteText(note)}</p>`)}${row.upperLimit.guidance.map(
    (item) =>
      html`<p>
        ${fvstGuidance(
          item.nativeBand,
          amount(item.maxPerDailyDose ?? item.value, table.unit),
          amount(item.value, table.unit),
        )}
      </p>`,
  )}`;
}

function renderComparisons(row: DoseTableRow, table: DoseTable): TemplateResult {
  if (row.comparisons.length === 0) return html`<span aria-hidden="true">–</span>`;
  return html`<ul>
    ${row.comparisons.map((item) => {
      const shownBand = band(item.nativeBand);
      const what = shownBand ? `${comparisonWhat(item)} ${shownBand}` : comparisonWhat(item);
      const value =
        item.valueMax === null
          ? amount(item.value, table.unit)
          : `${formatNumber(item.value)}–${amount(item.valueMax, table.unit)}`;
      return html`<li>
        ${msg(str`${comparisonAuthority(item.authority)}, ${what}: ${value}`, { id: 'dose-table.compare.item' })}
      </li>`;
    })}
  </ul>`;
}

function renderRow(row: DoseTableRow, table: DoseTable, highlight: Highlight, columns: Columns): TemplateResult {
  const current = highlight.rowIds.includes(row.id);
  const highlightNotes = current ? highlight.noteIds : [];
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
          : row.intakes.map((item, index) => {
              const shownBand = band(item.nativeBand);
              return html`${index > 0 ? html`<br />` : nothing}<span class="value"
                  >${amount(item.value, table.unit)}</span
                >
                (${measureAbbreviation(item.measure)})${shownBand ? html` <span class="band">${shownBand}</span>` : nothing}`;
            })
      }
    </td>
    <td role="cell" data-label=${columns.limit}>${renderUpperLimit(row, table)}</td>
    <td role="cell" class=${hasNotes ? 'notes-cell' : 'notes-cell empty'} data-label=${columns.notes}>
      ${renderNotes(row, highlightNotes, table)}
    </td>
    ${
      columns.compare
        ? html`<td role="cell" class="notes-cell" data-label=${columns.compare}>${renderComparisons(row, table)}</td>`
        : nothing
    }
  </tr>`;
}

/** The widget's heading, also the table's name (its caption, read with the table, not shown twice). */
export const tableTitle = (table: DoseTable): string =>
  msg(str`${nutrientNames[table.nutrient]()}: hvor meget har du brug for om dagen?`, { id: 'dose-table.caption' });

export function renderTable(table: DoseTable, highlight: Highlight): TemplateResult {
  const columns = columnsFor(table);
  const headers = [columns.group, columns.intake, columns.limit, columns.notes, columns.compare];
  return html`<div class="legend" part="legend">
      ${table.measures.map((measure) => html`<p>${measureLegend(measure)}</p>`)}
      ${table.intakeNote === 'from-food' ? html`<p>${intakeIsFromFood()}</p>` : nothing}
    </div>
    <div class="scroll" part="scroll" role="region" tabindex="0" aria-labelledby="caption">
      <table role="table" part="table" class=${columns.compare ? 'compare' : ''}>
        <caption id="caption" class="visually-hidden">
          ${tableTitle(table)}
        </caption>
        <thead>
          <tr role="row">
            ${headers.map((header) =>
              header === null ? nothing : html`<th role="columnheader" scope="col">${header}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map((row) => renderRow(row, table, highlight, columns))}
        </tbody>
      </table>
    </div>`;
}

/** The lines below the table: label reference, what the limit covers, national advice, too much, comparisons. */
export function renderAbout(table: DoseTable, emergency: string, telNumbers: readonly string[]): TemplateResult {
  const basis = table.upperLimitBasis;
  const tooMuch = table.tooMuch ? tooMuchLines(emergency) : null;
  return html`<div class="about" part="notes">
    <p>
      ${msg(
        str`»% RI« på pakningen regnes ud fra ${amount(table.labelReference.value, table.unit)}. RI står her for referenceindtag: EU's fælles referenceværdi til mærkning, ens for alle voksne. Det er ikke et anbefalet indtag.`,
        { id: 'dose-table.label-reference' },
      )}
    </p>
    ${
      table.upperLimitScope === 'supplemental-magnesium'
        ? html`<p>
              ${supplementalScope()}
              ${
                basis
                  ? msg(
                      str`Grænsen er sat, fordi større mængder kan give let diarré, som er set fra omkring ${formatNumber(
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
    ${
      table.nationalAdvice.length > 0
        ? html`<div class="national" part="national-advice">
            <p><strong>${nationalAdviceTitle()}</strong></p>
            <ul>
              ${table.nationalAdvice.map((item) => html`<li>${nationalAdviceLine(item)}</li>`)}
            </ul>
            <p>${nationalAdviceFormula()}</p>
          </div>`
        : nothing
    }
    ${
      tooMuch
        ? html`<div class="too-much" part="too-much">
            <p><strong>${tooMuch.title}</strong></p>
            <ul>
              ${tooMuch.lines.map((line) => html`<li>${withTelLinks(line, telNumbers)}</li>`)}
            </ul>
          </div>`
        : nothing
    }
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

export function renderStatus(table: DoseTable, highlight: Highlight): TemplateResult | typeof nothing {
  const { rowIds, noteIds } = highlight;
  const labels = table.rows.filter((row) => rowIds.includes(row.id)).map(rowLabel);
  if (labels.length === 0 && noteIds.length === 0) return nothing;
  return html`${labels.length > 0 ? msg(str`Markeret: ${labels.join(', ')}.`, { id: 'dose-table.status' }) : nothing}
  ${noteIds.filter((note) => note !== 'no-extra-need-in-pregnancy-or-lactation').map((note) => noteText(note))}
  ${noteIds.includes('no-extra-need-in-pregnancy-or-lactation') ? teenPregnancyStatus() : nothing}`;
}

export interface PickerState {
  nutrient: string;
  ageGroup: AgeGroupId | null;
  sex: Sex | null;
  lifeStage: LifeStage;
  ageGroups: readonly AgeGroupId[];
  /** The life stages that can apply to the chosen age and sex (src/rules/reader.ts); the rest are disabled. */
  lifeStages: readonly LifeStage[];
  allLifeStages: readonly LifeStage[];
}

function renderSelect(
  name: string,
  label: string,
  options: Array<[string, string, boolean?]>,
  value: string,
  onSelect: (event: Event) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${`field-${name}`}>${label}</label>
    <select id=${`field-${name}`} name=${name} @change=${onSelect}>
      ${options.map(
        ([optionValue, optionLabel, disabled]) =>
          html`<option value=${optionValue} ?selected=${optionValue === value} ?disabled=${disabled === true}>
            ${optionLabel}
          </option>`,
      )}
    </select>
  </div>`;
}

export function renderPicker(state: PickerState, onSelect: (event: Event) => void): TemplateResult {
  const choose = msg('Vælg', { id: 'dose-table.choose' });
  const lifeStageLabel = (id: LifeStage) => lifeStageWords[id]();
  return html`<details class="picker" part="picker">
    <summary>${msg('Find din egen række i tabellen', { id: 'dose-table.picker' })}</summary>
    <form part="form" @submit=${(event: Event) => event.preventDefault()}>
      <fieldset>
        <legend>${msg('Vis tabellen for', { id: 'dose-table.legend' })}</legend>
        ${renderSelect(
          'nutrient',
          msg('Næringsstof', { id: 'dose-table.field.nutrient' }),
          DOSE_TABLE_NUTRIENTS.map((id) => [id, nutrientNames[id]()]),
          state.nutrient,
          onSelect,
        )}
        ${renderSelect(
          'age-group',
          msg('Alder', { id: 'dose-table.field.age' }),
          [['', choose], ...state.ageGroups.map((id): [string, string] => [id, ageGroupWords[id]()])],
          state.ageGroup ?? '',
          onSelect,
        )}
        ${renderSelect(
          'sex',
          msg('Køn', { id: 'dose-table.field.sex' }),
          [
            ['', choose],
            ['female', msg('Kvinde eller pige', { id: 'dose-table.sex.female' })],
            ['male', msg('Mand eller dreng', { id: 'dose-table.sex.male' })],
          ],
          state.sex ?? '',
          onSelect,
        )}
        ${renderSelect(
          'life-stage',
          msg('Gravid eller ammer', { id: 'dose-table.field.life-stage' }),
          state.allLifeStages.map((id): [string, string, boolean] => [
            id,
            lifeStageLabel(id),
            !state.lifeStages.includes(id),
          ]),
          state.lifeStage,
          onSelect,
        )}
      </fieldset>
    </form>
  </details>`;
}
