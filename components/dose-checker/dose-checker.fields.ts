// The form of <mg-dose-checker>: one disclosure per product, and "Om dig" (age, sex, pregnancy, kidneys, medicines).
// Templates only: the element and its ProductDrafts controller hold the state.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { saltIds } from '../../src/data/salts.js';
import { medicineIds } from '../../src/data/interactions.js';
import { ageGroupIds } from '../../src/data/age-groups.js';
import type { DoseReader } from '../../src/rules/dose-checker.js';
import type { LifeStage } from '../../src/schema/common.js';
import {
  ageGroupWords,
  answerWords,
  childHint,
  kidneyQuestion,
  lifeStageQuestion,
  lifeStageWords,
  sexWords,
} from '../base/reader-words.js';
import type { Draft, DraftCheck, NumberFieldName, ProductDrafts } from './drafts.js';
import {
  fieldProblem,
  interactionNotes,
  medicineLabels,
  productDescription,
  productTitle,
  saltLabel,
} from './dose-checker.words.js';

export interface FieldsView {
  drafts: ProductDrafts;
  remove(index: number): void;
  setReader(patch: Partial<DoseReader>): void;
}

const fieldId = (draft: Draft, field: string) => `p${draft.key}-${field}`;

function numberField(
  draft: Draft,
  check: DraftCheck,
  name: NumberFieldName,
  label: string,
  view: FieldsView,
  inputmode: 'decimal' | 'numeric',
): TemplateResult {
  const problem = check.problems.get(name);
  const shows = problem !== undefined && draft.touched.has(name);
  const id = fieldId(draft, name);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      inputmode=${inputmode}
      autocomplete="off"
      .value=${view.drafts.text(draft, name)}
      aria-invalid=${shows ? 'true' : 'false'}
      aria-describedby=${shows ? `${id}-error` : nothing}
      @input=${(event: Event) => view.drafts.editNumber(draft, name, (event.target as HTMLInputElement).value)}
      @change=${(event: Event) => view.drafts.editNumber(draft, name, (event.target as HTMLInputElement).value, true)}
    />
    ${shows ? html`<p class="error" id=${`${id}-error`}>${fieldProblem(name, problem)}</p>` : nothing}
  </div>`;
}

export function renderDraft(draft: Draft, index: number, view: FieldsView): TemplateResult {
  const check = view.drafts.check(draft);
  const id = (field: string) => fieldId(draft, field);
  const saltShows = check.problems.has('salt') && draft.touched.has('salt');
  const compound = draft.mgBasis === 'compound';
  const basis = (value: Draft['mgBasis'], label: string) =>
    html`<label
      ><input
        type="radio"
        name=${id('basis')}
        value=${value}
        .checked=${draft.mgBasis === value}
        @change=${() => view.drafts.edit(draft, { mgBasis: value })}
      />${label}</label
    >`;
  return html`<details
    class="product"
    part="product"
    id=${`p${draft.key}`}
    .open=${draft.open}
    @toggle=${(event: Event) => (draft.open = (event.target as HTMLDetailsElement).open)}
  >
    <summary>
      <span class="product-title">${productTitle(index, draft.name)}</span>
      <span class="product-summary"
        >${check.product ? productDescription(check.product) : msg('Mangler oplysninger', { id: 'checker.product.incomplete' })}</span
      >
    </summary>
    <div class="fields">
      <div class="field">
        <label for=${id('name')}>${msg('Navn (frivilligt)', { id: 'checker.field.name' })}</label>
        <input
          id=${id('name')}
          type="text"
          autocomplete="off"
          .value=${draft.name}
          @input=${(event: Event) => view.drafts.edit(draft, { name: (event.target as HTMLInputElement).value })}
        />
      </div>
      <fieldset class="basis">
        <legend>${msg('Mængden på pakningen er angivet som', { id: 'checker.field.basis' })}</legend>
        ${basis('elemental', msg('Magnesium (som det står på pakningen)', { id: 'checker.basis.elemental' }))}
        ${basis('compound', msg('Vægten af hele magnesiumsaltet', { id: 'checker.basis.compound' }))}
      </fieldset>
      ${
        compound
          ? html`<div class="field">
              <label for=${id('salt')}>${msg('Magnesiumform', { id: 'checker.field.salt' })}</label>
              <select
                id=${id('salt')}
                aria-invalid=${saltShows ? 'true' : 'false'}
                aria-describedby=${[saltShows ? id('salt-error') : '', id('salt-hint')].filter(Boolean).join(' ')}
                @change=${(event: Event) => view.drafts.edit(draft, { salt: (event.target as HTMLSelectElement).value })}
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
              ${
                saltShows
                  ? html`<p class="error" id=${id('salt-error')}>
                      ${msg('Vælg saltets form.', { id: 'checker.error.salt' })}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${numberField(
        draft,
        check,
        'mgPerUnit',
        compound
          ? msg('Saltets vægt pr. tablet, kapsel eller dosis (mg)', { id: 'checker.field.mg-compound' })
          : msg('Magnesium pr. tablet, kapsel eller dosis (mg)', { id: 'checker.field.mg-elemental' }),
        view,
        'decimal',
      )}
      ${numberField(draft, check, 'unitsPerDay', msg('Antal om dagen', { id: 'checker.field.units-per-day' }), view, 'decimal')}
      ${numberField(
        draft,
        check,
        'unitsPerPack',
        msg('Antal i pakningen (frivilligt)', { id: 'checker.field.units-per-pack' }),
        view,
        'numeric',
      )}
      <button type="button" class="remove" part="remove-button" @click=${() => view.remove(index)}>
        ${msg(str`Fjern produkt ${index + 1}`, { id: 'checker.remove' })}
      </button>
    </div>
  </details>`;
}

/** "Om dig": folded to a one-line summary of every answer, open until the reader or the site has answered. */
export interface ReaderView {
  reader: DoseReader;
  lifeStages: readonly LifeStage[];
  /** Whether the kidney question has an answer (the reader's or the site's); unanswered shows no choice ticked. */
  kidneyAnswered: boolean;
  open: boolean;
  summary: string;
  onToggle(open: boolean): void;
}

export function renderReader(
  { reader, lifeStages, kidneyAnswered, open, summary, onToggle }: ReaderView,
  view: FieldsView,
): TemplateResult {
  const radio = <T extends string>(
    group: string,
    value: T,
    current: T | null,
    label: string,
    patch: Partial<DoseReader>,
  ) =>
    html`<label
      ><input
        type="radio"
        name=${group}
        value=${String(value)}
        .checked=${current === value}
        @change=${() => view.setReader(patch)}
      />${label}</label
    >`;
  const kidney = kidneyAnswered ? reader.kidneyDisease : null;
  const legend = msg('Om dig', { id: 'checker.reader.legend' });
  return html`<details
    class="about"
    part="about"
    .open=${open}
    @toggle=${(event: Event) => onToggle((event.target as HTMLDetailsElement).open)}
  >
    <summary part="about-summary">
      <span class="about-title">${legend}</span>
      <span class="about-line">${summary}</span>
      <span class="about-edit" aria-hidden="true">${msg('Ret', { id: 'checker.reader.edit' })}</span>
    </summary>
    <fieldset class="reader" part="reader">
      <legend class="visually-hidden">${legend}</legend>
      <div class="field">
        <label for="age-group">${msg('Alder', { id: 'checker.reader.age' })}</label>
        <select
          id="age-group"
          aria-describedby="age-group-hint"
          @change=${(event: Event) =>
            view.setReader({ ageGroup: (event.target as HTMLSelectElement).value as DoseReader['ageGroup'] })}
        >
          ${ageGroupIds().map(
            (id) => html`<option value=${id} ?selected=${reader.ageGroup === id}>${ageGroupWords[id]()}</option>`,
          )}
        </select>
        <p class="hint" id="age-group-hint">${childHint()}</p>
      </div>
      <fieldset class="choices">
        <legend>${msg('Køn', { id: 'checker.reader.sex' })}</legend>
        ${radio('sex', 'female', reader.sex, sexWords.female(), { sex: 'female' })}
        ${radio('sex', 'male', reader.sex, sexWords.male(), { sex: 'male' })}
      </fieldset>
      ${
        // Pregnancy is asked only where it can apply: from 11 years, not for men (src/rules/reader.ts).
        lifeStages.length > 1
          ? html`<fieldset class="choices">
              <legend>${lifeStageQuestion()}</legend>
              ${radio('life-stage', 'none', reader.lifeStage, lifeStageWords.none(), { lifeStage: 'none' })}
              ${radio('life-stage', 'pregnant', reader.lifeStage, lifeStageWords.pregnant(), {
                lifeStage: 'pregnant',
              })}
              ${radio('life-stage', 'lactating', reader.lifeStage, lifeStageWords.lactating(), {
                lifeStage: 'lactating',
              })}
            </fieldset>`
          : nothing
      }
      <fieldset class="choices">
        <legend>${kidneyQuestion()}</legend>
        ${radio('kidney', 'yes', kidney, answerWords.yes(), { kidneyDisease: 'yes' })}
        ${radio('kidney', 'no', kidney, answerWords.no(), { kidneyDisease: 'no' })}
        ${radio('kidney', 'unknown', kidney, answerWords.unknown(), { kidneyDisease: 'unknown' })}
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
                  view.setReader({
                    medicines: (event.target as HTMLInputElement).checked
                      ? medicineIds().filter((item) => item === id || reader.medicines.includes(item))
                      : reader.medicines.filter((item) => item !== id),
                  })}
              />${medicineLabels[id]?.() ?? id}</label
            >`,
        )}
        <p class="hint">${interactionNotes['list-not-complete-ask-pharmacist']?.()}</p>
      </fieldset>
    </fieldset>
  </details>`;
}
