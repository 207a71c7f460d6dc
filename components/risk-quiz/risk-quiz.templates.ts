// The templates of <mg-risk-quiz>: the start screen, one question, and the result. They render what the element
// hands them; the result's advice and level come from src/rules/risk-quiz.ts as ids.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { RiskReport } from '../../src/rules/risk-quiz.js';
import { formatNumber } from '../base/format.js';
import type { CopyController } from '../base/copy-controller.js';
import { renderCopy } from '../base/copy-button.js';
import { partFailedText } from '../base/lazy.js';
import {
  hints,
  kidneyWords,
  levelSentence,
  nextStep,
  notProbability,
  questions,
  stepTitle,
  strongerUncertainLine,
} from './risk-quiz.words.js';

/** What the element lends its templates: headings at the site's level, and its actions. */
export interface QuizView {
  heading(text: string, offset: number, focus?: boolean): TemplateResult;
  start(): void;
  next(): void;
  back(): void;
  restart(): void;
  choose(event: Event): void;
  enterOnAnswer(event: KeyboardEvent): void;
  copy(): void;
}

export function renderIntro(view: QuizView): TemplateResult {
  return html`<div class="intro" part="intro">
    <p>
      ${msg(
        'Find ud af, om du hører til en af de kendte risikogrupper for magnesiummangel, og hvor godt risikoen er dokumenteret. Ni korte trin med et par spørgsmål hver – det tager et par minutter.',
        { id: 'quiz.intro' },
      )}
    </p>
    <div class="actions" part="actions">
      <button type="button" class="primary" part="button" @click=${view.start}>
        ${msg('Start quizzen', { id: 'quiz.start' })}
      </button>
    </div>
  </div>`;
}

export const chooseAnswer = (): string =>
  msg('Svar på hvert spørgsmål for at gå videre. »Ved ikke« er også et svar.', { id: 'quiz.choose-answer' });

export interface QuestionState {
  id: string;
  options: { value: string; label: string }[];
  /** Yes / no / don't know: short answers side by side. */
  inline: boolean;
  chosen: string | undefined;
  /** The reader pressed Next without answering it. */
  missing: boolean;
}

export interface StepState {
  /** The step id (src/rules/risk-quiz.ts `quizSteps`). */
  id: string;
  /** 0-based position; `total` is the same on every step (`stepCount`). */
  index: number;
  total: number;
  /** The last step for these answers (children under 11 have one step only). */
  last: boolean;
  questions: QuestionState[];
}

/** Hints longer than this go behind "Hvad tæller med?", so Next stays near the answers at large text sizes. */
const SHORT_HINT = 110;

function renderHint(id: string, hint: string): TemplateResult {
  return hint.length <= SHORT_HINT
    ? html`<p class="hint" id="hint-${id}">${hint}</p>`
    : html`<details class="hint">
        <summary>${msg('Hvad tæller med?', { id: 'quiz.hint-toggle' })}</summary>
        <p id="hint-${id}">${hint}</p>
      </details>`;
}

function renderQuestion(question: QuestionState, view: QuizView): TemplateResult {
  const { id, options, inline, chosen, missing } = question;
  const hint = hints[id]?.();
  const described = [hint ? `hint-${id}` : '', missing ? `missing-${id}` : ''].filter(Boolean).join(' ');
  return html`<fieldset
    part="question"
    class=${missing ? 'missing' : ''}
    data-question=${id}
    aria-describedby=${described || nothing}
  >
    <legend>${questions[id]?.() ?? id}</legend>
    ${hint ? renderHint(id, hint) : nothing}
    <div class="options ${inline ? 'inline' : ''}" @change=${view.choose} @keydown=${view.enterOnAnswer}>
      ${options.map(
        ({ value, label }) =>
          html`<label class="option" part="option"
            ><input type="radio" name=${id} value=${value} ?checked=${chosen === value} /><span>${label}</span></label
          >`,
      )}
    </div>
    ${missing ? html`<p class="missing-answer" id="missing-${id}">${msg('Vælg et svar.', { id: 'quiz.missing' })}</p>` : nothing}
  </fieldset>`;
}

export function renderStep(state: StepState, view: QuizView): TemplateResult {
  const { id, index, total, last } = state;
  return html`<form class="step" @submit=${(event: Event) => (event.preventDefault(), view.next())}>
    <p class="progress" part="progress">
      ${msg(str`Trin ${formatNumber(index + 1)} af ${formatNumber(total)}`, { id: 'quiz.progress' })}
    </p>
    ${view.heading(stepTitle(id), 0, true)} ${state.questions.map((question) => renderQuestion(question, view))}
    <div class="actions" part="actions">
      <button type="submit" class="primary" part="button">
        ${last ? msg('Se resultatet', { id: 'quiz.show-result' }) : msg('Næste', { id: 'quiz.next' })}
      </button>
      <button type="button" part="button" @click=${view.back}>${msg('Tilbage', { id: 'quiz.back' })}</button>
    </div>
  </form>`;
}

/** The lazy chunk with each risk group's explanation, evidence and sources (see risk-quiz.result.ts). */
export interface ResultDetails {
  module: typeof import('./risk-quiz.result.js') | undefined;
  failed: boolean;
}

export function renderResult(
  report: RiskReport,
  details: ResultDetails,
  doseCheckerHref: string | null,
  copy: CopyController,
  view: QuizView,
): TemplateResult {
  const kidney = report.contraindications.length > 0;
  const assessed = report.level !== 'not-assessed';
  return html`<section class="result level-${report.level}" part="result">
    ${view.heading(msg('Dit resultat', { id: 'quiz.result-heading' }), 0, true)}
    <p class="summary">${levelSentence(report)}</p>
    ${report.uncertainStronger.length > 0 ? html`<p class="stronger">${strongerUncertainLine(report)}</p>` : nothing}
    ${assessed ? html`<p>${notProbability()}</p>` : nothing}
    ${
      kidney
        ? html`<div class="warning" part="warning">
            <p><strong>${kidneyWords.title()}</strong> ${kidneyWords.body()}</p>
            ${report.pointsToDoseChecker ? html`<p>${kidneyWords.products()}</p>` : nothing}
          </div>`
        : nothing
    }
    ${
      details.module
        ? details.module.renderResultDetails(report, view)
        : details.failed
          ? html`<p class="failed">${partFailedText()}</p>`
          : nothing
    }
    ${
      assessed
        ? html`${view.heading(msg('Det kan du gøre', { id: 'quiz.next-heading' }), 1)}
            <ul class="next-steps">
              ${report.nextSteps.map(
                (id) =>
                  html`<li>
                    ${nextStep(id)}
                    ${
                      id === 'check-total-magnesium' && doseCheckerHref
                        ? html`<a href=${doseCheckerHref}
                            >${msg('Gå til doseringstjekket', { id: 'quiz.dose-checker-link' })}</a
                          >`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${report.sourceIds.length > 0 ? html`<mg-sources part="sources" .sourceIds=${report.sourceIds}></mg-sources>` : nothing}
    <div class="actions" part="actions">
      <button type="button" part="button" @click=${view.back}>${msg('Tilbage', { id: 'quiz.back' })}</button>
      <button type="button" class="primary" part="button" @click=${view.restart}>
        ${msg('Start forfra', { id: 'quiz.restart' })}
      </button>
    </div>
    ${renderCopy(copy, view.copy, {
      button: msg('Kopiér resultatet', { id: 'quiz.copy.button' }),
      done: msg('Kopieret', { id: 'quiz.copy.done' }),
      label: msg('Dit resultat som tekst', { id: 'quiz.copy.text-label' }),
    })}
  </section>`;
}
