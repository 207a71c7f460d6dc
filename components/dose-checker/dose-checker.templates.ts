// The result of <mg-dose-checker>: warnings (urgent ones first), the total and its verdict,
// the share of the limit, each product, the notes that go with the result, and "copy for the pharmacy".
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { warningUrgency, type DoseReader, type DoseReport, type DoseWarningId } from '../../src/rules/dose-checker.js';
import { tooMuchLines } from '../base/dose-words.js';
import { withTelLinks } from '../base/tel.js';
import type { CopyController } from '../base/copy-controller.js';
import { renderCopy } from '../base/copy-button.js';
import {
  guidanceText,
  importantMarker,
  interactionNotes,
  interactionText,
  labelText,
  medicineLabels,
  noteText,
  percentOfLimitText,
  scopeText,
  totalText,
  verdictText,
  warningText,
} from './dose-checker.words.js';

export interface ResultView {
  /** The result's heading at the site's level (MgElement.heading). */
  heading(text: string, id: string): TemplateResult;
  /** The report of the products with valid input (null before one is complete). */
  report: DoseReport | null;
  /** The reader's warnings, shown before a product is entered too. */
  readerReport: DoseReport;
  kidneyAnswer: DoseReader['kidneyDisease'];
  /** The product lines, worded by the element (they need its drafts' titles). */
  productLines: string[];
  /** Titles of products not counted yet (missing amount or count). */
  incomplete: string[];
  generalNoteId: string;
  emergency: string;
  telNumbers: readonly string[];
  copy: CopyController;
  onCopy(): void;
}

const isUrgent = (id: DoseWarningId): boolean => warningUrgency[id] === 'urgent';

function renderWarning(id: DoseWarningId, view: ResultView): TemplateResult {
  const report = view.readerReport;
  const urgent = isUrgent(id);
  return html`<li class="warning ${urgent ? 'urgent' : ''}" part="warning" data-warning=${id}>
    <p>
      <strong class="marker">${urgent ? importantMarker() : ''}</strong>
      ${warningText(id, report, view.kidneyAnswer)}
    </p>
    ${
      id === 'interaction'
        ? html`<ul>
            ${report.interactions.map(
              (item) =>
                html`<li>
                  <strong>${medicineLabels[item.medicine]?.() ?? item.medicine}:</strong> ${interactionText(item)}
                </li>`,
            )}
            <li>${interactionNotes[view.generalNoteId]?.()}</li>
          </ul>`
        : nothing
    }
  </li>`;
}

export function renderResult(view: ResultView): TemplateResult {
  const { report, readerReport } = view;
  const warnings = readerReport.warnings;
  const percent = report?.percentOfUpperLimit ?? null;
  const tooMuch = report?.notes.includes('too-much-magnesium') ? tooMuchLines(view.emergency) : null;
  // No live regions here: the element's Announcer says what changed, once input settles (components/base/announcer.ts).
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    ${view.heading(msg('Dit magnesium fra tilskud', { id: 'checker.result.title' }), 'result-heading')}
    <ul class="warnings">
      ${warnings.filter(isUrgent).map((id) => renderWarning(id, view))}
    </ul>
    <div class="status">
      ${
        report
          ? html`<p class="total" part="total">${totalText(report)}</p>
              <p class="verdict verdict-${report.verdict}" part="verdict">${verdictText(report)}</p>`
          : html`<p>
              ${msg('Skriv mængden og antallet om dagen for mindst ét produkt for at se resultatet.', {
                id: 'checker.result.empty',
              })}
            </p>`
      }
      ${
        view.incomplete.length > 0 && report
          ? html`<p class="incomplete">
              ${msg(str`Ikke talt med endnu: ${view.incomplete.join(', ')}. Udfyld mængde og antal om dagen.`, {
                id: 'checker.result.incomplete',
              })}
            </p>`
          : nothing
      }
    </div>
    ${
      report
        ? html`${
              percent !== null
                ? html`<div class="meter-row">
                    <label for="meter">${percentOfLimitText(report)}</label>
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
            <p class="label-reference">${labelText(report)}</p>
            <ul class="product-lines">
              ${view.productLines.map((line) => html`<li>${line}</li>`)}
            </ul>
            ${report.notes.includes('prescribed-magnesium') ? html`<p class="note">${noteText('prescribed-magnesium')}</p>` : nothing}`
        : nothing
    }
    <ul class="warnings">
      ${warnings.filter((id) => !isUrgent(id)).map((id) => renderWarning(id, view))}
    </ul>
    ${readerReport.guidance.map((item) => html`<p class="guidance">${guidanceText(item)}</p>`)}
    ${
      tooMuch
        ? html`<div class="too-much" part="too-much">
            <p><strong>${tooMuch.title}</strong></p>
            <ul>
              ${tooMuch.lines.map((line) => html`<li>${withTelLinks(line, view.telNumbers)}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${report ? html`<p class="scope">${scopeText()}</p>` : nothing}
    ${renderCopy(view.copy, view.onCopy, {
      button: msg('Kopiér teksten til apoteket', { id: 'checker.copy.button' }),
      done: msg('Kopieret. Sæt teksten ind i en besked, eller vis den på apoteket.', { id: 'checker.copy.done' }),
      label: msg('Tekst til apoteket', { id: 'checker.copy.text-label' }),
    })}
  </section>`;
}

export interface LayoutView {
  products: TemplateResult[];
  onAdd(): void;
  result: TemplateResult;
  reader: TemplateResult;
}

/** Narrow: products, then the result, then "Om dig"; from 48rem the result stands beside both (styles). */
export function renderLayout(view: LayoutView): TemplateResult {
  const submit = (event: Event) => event.preventDefault();
  return html`<div class="frame">
    <div class="layout" part="layout">
      <form class="products-form" novalidate @submit=${submit}>
        <fieldset class="products" part="products">
          <legend>${msg('Dine magnesiumtilskud', { id: 'checker.products.legend' })}</legend>
          ${view.products}
          <button type="button" class="add" part="add-button" @click=${view.onAdd}>
            ${msg('Tilføj et produkt', { id: 'checker.add' })}
          </button>
        </fieldset>
      </form>
      ${view.result}
      <form class="reader-form" novalidate @submit=${submit}>${view.reader}</form>
    </div>
  </div>`;
}
