// The templates of <mg-symptom-checklist>: the always-visible emergency box, one checkbox per sign, and the result.
// They render what the element hands them; every decision was made in src/rules/symptom-checklist.ts.
import { html, nothing, type TemplateResult } from 'lit';
import { copyText } from '../base/copy-text.js';
import { msg, str } from '@lit/localize';
import type { SymptomAssessment } from '../../src/rules/symptom-checklist.js';
import { withTelLinks } from '../base/tel.js';
import type { CopyController } from '../base/copy-controller.js';
import { renderCopy } from '../base/copy-button.js';
import { combinationLabels, hints, labels, notLikelihood, redFlagsIntro } from './symptom-checklist.words.js';

/** The result's sentences, as `guidance()` of the element words them (shown, announced and copied alike). */
export interface Guidance {
  title: string;
  alert: string[];
  flags: string[];
  why: string[];
  next: string[];
}

export function renderEmergencyBox(
  numberWords: string,
  known: boolean,
  telNumbers: readonly string[],
  emergency: { symptomIds: string[]; combinationRuleIds: string[] },
): TemplateResult {
  const title = known
    ? msg(str`Ring ${numberWords} ved:`, { id: 'symptoms.emergency.title' })
    : msg(str`Ring ${numberWords} eller det lokale alarmnummer ved:`, { id: 'symptoms.emergency.title-unknown' });
  return html`<div class="emergency" part="emergency-box">
    <p><strong>${withTelLinks(title, telNumbers)}</strong></p>
    <ul>
      ${emergency.symptomIds.map((id) => html`<li>${labels[id]?.() ?? id}</li>`)}
      ${emergency.combinationRuleIds.map((id) => html`<li>${combinationLabels[id]?.() ?? id}</li>`)}
    </ul>
  </div>`;
}

/** One sign; `flag`: what a ticked red flag calls for, shown beside it (the full guidance is in the result). */
export function renderOption(
  id: string,
  ticked: boolean,
  flag: string | null,
  telNumbers: readonly string[],
  onToggle: (event: Event) => void,
): TemplateResult {
  const hint = hints[id];
  return html`<div class="option" part="option">
    <input
      type="checkbox"
      id="symptom-${id}"
      value=${id}
      .checked=${ticked}
      aria-describedby=${hint ? `hint-${id}` : nothing}
      @change=${onToggle}
    />
    <label for="symptom-${id}">${labels[id]?.() ?? id}</label>
    ${hint ? html`<span class="hint" part="hint" id="hint-${id}">${hint()}</span>` : nothing}
    ${flag === null ? nothing : html`<strong class="flag" part="flag">${withTelLinks(flag, telNumbers)}</strong>`}
  </div>`;
}

export function renderResult(
  heading: TemplateResult,
  assessment: SymptomAssessment,
  guidance: Guidance,
  telNumbers: readonly string[],
  copy: CopyController,
  onCopy: () => void,
): TemplateResult {
  const { alert, flags, title, why, next } = guidance;
  const red = assessment.level === 'emergency' || assessment.level === 'urgent';
  const linked = (text: string) => withTelLinks(text, telNumbers);
  // No live regions here: the element's Announcer says the new level only (components/base/announcer.ts).
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    ${heading}
    <div class="alert ${red ? `alert-${assessment.level}` : ''}" part="alert">
      ${
        red
          ? html`<p class="level"><strong>${linked(title)}</strong></p>
              ${alert.map((line) => html`<p>${line}</p>`)}
              <p>${redFlagsIntro()}</p>
              <ul>
                ${flags.map((label) => html`<li>${label}</li>`)}
              </ul>`
          : nothing
      }
    </div>
    <div>
      ${red ? nothing : html`<p class="level" part="level"><strong>${linked(title)}</strong></p>`}
      ${why.map((line) => html`<p>${line}</p>`)}
      ${
        next.length > 0
          ? html`<p class="next-heading">
                <strong>${msg('Det kan du gøre', { id: 'symptoms.next-heading' })}</strong>
              </p>
              <ul>
                ${next.map((line) => html`<li>${linked(line)}</li>`)}
              </ul>`
          : nothing
      }
    </div>
    <p class="not-likelihood" part="not-likelihood">${notLikelihood()}</p>
    ${
      assessment.selected.length === 0
        ? nothing
        : renderCopy(copy, onCopy, {
            button: msg('Kopiér som tekst', { id: 'symptoms.copy.button' }),
            done: msg('Kopieret', { id: 'symptoms.copy.done' }),
            label: msg('Tekst til lægen', { id: 'symptoms.copy.text-label' }),
          })
    }
  </section>`;
}

/** The plain-text summary the reader can take to the doctor. */
/** The copied text: the ticked signs, the guidance as shown, date and sources (components/base/copy-text.ts). */
export function plainText(selectedLabels: string[], guidance: Guidance, sourceIds: readonly string[]): string {
  const { alert, flags, title, why, next } = guidance;
  return copyText({
    title: msg('Tegn på magnesiummangel: mine kryds', { id: 'symptoms.copy.title' }),
    answersTitle: msg('Symptomer, jeg har sat kryds ved:', { id: 'symptoms.copy.ticked' }),
    answers: selectedLabels,
    result: [
      title,
      ...alert,
      ...(flags.length > 0 ? [redFlagsIntro(), ...flags.map((label) => `- ${label}`)] : []),
      ...why,
      ...next.map((line) => `- ${line}`),
      '',
      notLikelihood(),
    ],
    sourceIds,
  });
}
