// The templates of <mg-risk-quiz>: the start screen, one question, and the result. They render what the element
// hands them; the result's advice and level come from src/rules/risk-quiz.ts as ids.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { RiskReport } from '../../src/rules/risk-quiz.js';
import { formatNumber } from '../base/format.js';
import { partFailedText } from '../base/lazy.js';
import { hints, levelSentence, nextStep, notProbability, questions, strongerUncertainLine } from './risk-quiz.words.js';

/** What the element lends its templates: headings at the site's level, and its actions. */
export interface QuizView {
  heading(text: string, offset: number, focus?: boolean): TemplateResult;
  start(): void;
  next(): void;
  back(): void;
  restart(): void;
  choose(event: Event): void;
  enterOnAnswer(event: KeyboardEvent): void;
}

export function renderIntro(view: QuizView): TemplateResult {
  return html`<div class="intro" part="intro">
    <p>
      ${msg(
        'Find ud af, om du hører til en af de kendte risikogrupper for magnesiummangel, og hvor godt risikoen er dokumenteret. Ét spørgsmål ad gangen – det tager et par minutter.',
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

export const chooseAnswer = (): string => msg('Vælg et svar for at gå videre.', { id: 'quiz.choose-answer' });

export interface QuestionState {
  id: string;
  /** 0-based position and the number of questions that apply. */
  index: number;
  total: number;
  options: { value: string; label: string }[];
  chosen: string | undefined;
  missingAnswer: boolean;
}

export function renderQuestion(state: QuestionState, view: QuizView): TemplateResult {
  const { id, index, total, options, chosen, missingAnswer } = state;
  const hint = hints[id]?.();
  const isLast = index === total - 1;
  return html`<form class="step" @submit=${(event: Event) => (event.preventDefault(), view.next())}>
    <fieldset part="question" aria-describedby=${hint ? 'hint' : nothing}>
      <legend>
        <span class="progress" part="progress"
          >${msg(str`Spørgsmål ${formatNumber(index + 1)} af ${formatNumber(total)}`, { id: 'quiz.progress' })}</span
        >
        ${view.heading(questions[id]?.() ?? id, 0, true)}
      </legend>
      ${hint ? html`<p class="hint" id="hint">${hint}</p>` : nothing}
      <div class="options" @change=${view.choose} @keydown=${view.enterOnAnswer}>
        ${options.map(
          ({ value, label }) =>
            html`<label class="option" part="option"
              ><input type="radio" name="answer" value=${value} ?checked=${chosen === value} /><span
                >${label}</span
              ></label
            >`,
        )}
      </div>
    </fieldset>
    ${missingAnswer ? html`<p class="missing">${chooseAnswer()}</p>` : nothing}
    <div class="actions" part="actions">
      ${
        index > 0
          ? html`<button type="button" part="button" @click=${view.back}>
              ${msg('Tilbage', { id: 'quiz.back' })}
            </button>`
          : nothing
      }
      <button type="submit" class="primary" part="button">
        ${isLast ? msg('Se resultatet', { id: 'quiz.show-result' }) : msg('Næste', { id: 'quiz.next' })}
      </button>
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
            <p>
              <strong
                >${msg('Tal med din læge, før du tager noget med magnesium.', { id: 'quiz.kidney.title' })}</strong
              >
              ${msg(
                'Nyrerne skal kunne skille sig af med det magnesium, kroppen ikke bruger. Ved nedsat nyrefunktion kan tilskud derfor være farligt.',
                { id: 'quiz.kidney.body' },
              )}
            </p>
            ${
              report.pointsToDoseChecker
                ? html`<p>
                    ${msg('Det gælder også Magnesia og andre midler med magnesium, som du allerede tager.', {
                      id: 'quiz.kidney.products',
                    })}
                  </p>`
                : nothing
            }
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
  </section>`;
}
