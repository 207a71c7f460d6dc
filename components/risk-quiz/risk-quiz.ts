// <mg-risk-quiz>: who belongs to a risk group for magnesium deficiency, one question at a time.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/risk-quiz.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { lazyPart } from '../base/lazy.js';
import { ageGroupWords } from '../base/reader-words.js';
import { messages as resultMessages } from '../locales/parts/quiz-result.js';
import { riskQuizStyles } from './risk-quiz.styles.js';
import { levelSentence, optionLabel, questions, resultLines } from './risk-quiz.words.js';
import { CopyController } from '../base/copy-controller.js';
import { SharedReader, type SharedAnswers } from '../base/shared-reader.js';
import { copyText } from '../base/copy-text.js';
import { chooseAnswer, renderIntro, renderResult, renderStep, type QuizView } from './risk-quiz.templates.js';
import { YES_NO_UNKNOWN, type Answers } from '../../src/checks/answers.js';
import { ageGroupIds, lifeStages, sexes } from '../../src/data/age-groups.js';
import {
  applicableQuestions,
  firstIncompleteStep,
  inapplicableAnswers,
  quizSteps,
  scoreRisk,
  stepCount,
  type RiskReport,
} from '../../src/rules/risk-quiz.js';
import { answersInput, doseCheckerHrefInput, riskQuizInputs } from '../../src/checks/risk-quiz-inputs.js';
import { msg } from '@lit/localize';

/** `mg-result` detail. */
export interface RiskQuizResult {
  level: RiskReport['level'];
  factors: string[];
  uncertain: string[];
  contraindications: string[];
}

/**
 * The quiz questions that mean the same as a shared answer (same ids and values). Not `older-age` (the checker's
 * `18+` does not say "65 or older"), and no medicines (the quiz asks about other ones).
 */
const quizQuestionOf = {
  ageGroup: 'age-group',
  sex: 'sex',
  lifeStage: 'life-stage',
  kidneyDisease: 'kidney-disease',
} as const satisfies Partial<Record<keyof SharedAnswers, string>>;

/** `mg-change` detail: the answers to the questions that apply. */
export interface RiskQuizChange {
  answers: Answers;
}

/** The events `<mg-risk-quiz>` fires: `mg-change` with `RiskQuizChange`, `mg-result` with `RiskQuizResult`. */
export type MgRiskQuizEvents = MgEvents<RiskQuizChange, RiskQuizResult>;

type Step = 'intro' | 'question' | 'result';

/** Risk groups, evidence and sources of the result: fetched once the reader starts answering. */
const resultDetails = lazyPart(() => import('./risk-quiz.result.js'), resultMessages);

/** Questions where "Ved ikke" makes no sense; every other yes/no question offers it. */
const NO_UNKNOWN_OPTION = new Set(['older-age']);

/**
 * A short quiz over the known risk groups for magnesium deficiency. The result names the groups the
 * reader belongs to, how well each is documented and where it comes from, worded as group membership
 * — never as a personal probability — with next steps that fit.
 *
 * @tagname mg-risk-quiz
 * @summary Step-by-step risk-group quiz with an explained, cited result.
 *
 * @attr independent - Keeps this widget out of the shared reader: it neither uses nor shares the reader's age group, sex, pregnancy and kidney answers with the other widgets on the page (by default a reader answers once for all of them; the answers never leave the page).
 * @attr heading-level - Heading level (2–6) of the quiz's headings, to fit the page's outline. Default 2.
 * @attr dose-checker-href - Link to the site's dose checker (relative, http or https), shown to readers who take magnesium products.
 *
 * @prop {Answers} answers - The answers, keyed by question id (`age-group`, `older-age`, `sex`, `life-stage`,
 * the risk-factor ids, `kidney-disease`, `magnesium-products`); `'yes' | 'no' | 'unknown'` or the chosen id.
 * Read it, or set it (e.g. restored from a link): a set that answers every applicable question shows the result.
 *
 * @fires {MgChangeEvent<RiskQuizChange>} mg-change - The reader changed an answer. `detail: { answers }`.
 * @fires {MgResultEvent<RiskQuizResult>} mg-result - A result is shown (also the first one from a preset `answers`). `detail: { level, factors, uncertain, contraindications }`; `level` is `high`, `moderate`, `low`, `unknown` (no group answered yes, some answered "ved ikke") or `not-assessed` (children under 11).
 *
 * @csspart intro - The start screen.
 * @csspart question - The fieldset of the current question.
 * @csspart progress - "Spørgsmål 3 af 12".
 * @csspart option - One answer (label with its radio button).
 * @csspart actions - The row of Back / Next / Restart buttons.
 * @csspart button - Every button.
 * @csspart result - The result.
 * @csspart factor - One risk group in the result.
 * @csspart warning - The kidney-disease warning.
 * @csspart sources - The `<mg-sources>` citation list of the result.
 * @csspart disclaimer - The line saying the quiz informs and does not diagnose.
 * @csspart input-problem - The message shown for rejected attribute or property values.
 * @csspart copy-button - "Kopiér resultatet" under the result.
 * @csspart heading - The quiz's headings (`role="heading"`, level from `heading-level`).
 *
 * @cssprop --mg-risk-quiz-on-accent - Older name of `--mg-on-accent` for this widget; wins when set.
 * @cssprop --mg-on-accent - Text on the accent-filled buttons (default: white or black, whichever contrasts more with the accent).
 * @cssprop --mg-accent - Button borders and fills, selected answers, focus ring (default: blue mixed with the text colour).
 * @cssprop --mg-border-color - Borders of answers and the result.
 * @cssprop --mg-warning - The kidney-disease warning's border; the marker of moderately documented risk groups.
 * @cssprop --mg-danger - The marker of well-documented risk groups in the result.
 * @cssprop --mg-surface - Background of the result and the answers.
 * @cssprop --mg-radius - Corner radius.
 * @cssprop --mg-gap - Space between blocks.
 * @cssprop --mg-focus-color - Focus outline.
 */
export class MgRiskQuiz extends MgElement<MgRiskQuizEvents> {
  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    independent: { type: Boolean },
    doseCheckerHref: { attribute: 'dose-checker-href' },
    answers: { attribute: false, noAccessor: true },
  };
  static override styles = [tokens, riskQuizStyles];
  static override messages = ownMessages;
  static override inputs = riskQuizInputs;
  /** Heading level 2–6 (attribute `heading-level`); anything else is reported and 2 is used. */
  headingLevel: number | string | null = null;
  /** Stays out of the page's shared reader: neither reads nor shares the reader's answers (attribute `independent`). */
  independent = false;
  /** The site's dose-checker page (attribute `dose-checker-href`): relative, http or https. */
  doseCheckerHref: string | null = null;

  #given: Answers = {};
  #step: Step = 'intro';
  /** The step shown (index into `quizSteps(given)`). */
  #stepIndex = 0;
  #report: RiskReport | undefined;
  /** Questions of the step that were unanswered when the reader pressed Next. */
  #missing = new Set<string>();
  #focusPending = false;
  #resultPending = false;
  readonly #copy = new CopyController(this, () => this.renderRoot.querySelector('textarea'));
  /** Shared answers reach the quiz only when it starts or restarts, never mid-quiz (its steps stay as they are). */
  readonly #shared = new SharedReader(
    this,
    () => this.independent,
    () => {},
  );

  /** The answers to the questions that apply (a copy). */
  get answers(): Answers {
    const applicable = applicableQuestions(this.#given);
    return Object.fromEntries(
      applicable.filter((id) => this.#given[id] !== undefined).map((id) => [id, this.#given[id]]),
    );
  }

  set answers(value: Answers) {
    // A rejected set changes nothing (run-time check too: scripts are not type-checked).
    const checked = this.checkInput(answersInput, value);
    if (checked === null) return;
    const given: Answers = Object.fromEntries(Object.entries(checked).filter(([, answer]) => answer !== undefined));
    const ignored = inapplicableAnswers(given);
    if (ignored.length > 0) {
      console.warn(
        `[magnesium-widgets] <${this.localName}> answers: ${ignored.join(', ')} do not apply to the other answers and are ignored.`,
      );
    }
    this.#given = given;
    this.#missing = new Set();
    const incomplete = firstIncompleteStep(given);
    if (Object.keys(given).length === 0) {
      this.#step = 'intro';
    } else if (incomplete === -1) {
      this.#showResult(false);
    } else {
      this.#step = 'question';
      this.#stepIndex = incomplete;
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Fetch the result's details while the reader answers, so the result shows without a wait.
    if (this.#step !== 'intro') void resultDetails.load();
  }

  protected override updated(): void {
    // Lit leaves a radio's live checkedness alone when its `checked` attribute did not change; a form
    // reset makes every radio show the current question's answer (the attribute) again.
    if (this.#step === 'question') this.renderRoot.querySelector('form')?.reset();
    if (this.#focusPending) {
      this.#focusPending = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    }
    if (this.#resultPending && this.#report) {
      this.#resultPending = false;
      const { level, factors, uncertain, contraindications } = this.#report;
      this.emit('mg-result', {
        level,
        factors: [...factors],
        uncertain: [...uncertain],
        contraindications: [...contraindications],
      });
    }
  }

  #showResult(moveFocus: boolean): void {
    this.#report = scoreRisk(this.#given);
    this.#copy.reset();
    this.#step = 'result';
    this.#resultPending = true;
    this.#focusPending = moveFocus;
  }

  #goTo(step: Step, index = this.#stepIndex): void {
    this.#step = step;
    this.#stepIndex = index;
    this.#missing = new Set();
    this.#focusPending = true;
    this.requestUpdate();
  }

  readonly #view: QuizView = {
    heading: (text, offset, focus) => this.heading(text, { offset, focus }),
    start: () => {
      this.#applyShared();
      this.#goTo('question', 0);
    },
    next: () => this.#next(),
    back: () => this.#back(),
    restart: () => this.#restart(),
    choose: (event) => this.#choose(event),
    // Enter on an answer goes on, in every engine (implicit form submission from a radio button differs).
    enterOnAnswer: (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      this.#next();
    },
    copy: () => void this.#copy.copy(this.#resultText()),
  };

  /** The result as text with the reader's answers, the date and the sources. */
  #resultText(): string {
    const report = this.#report ?? scoreRisk(this.#given);
    const answers = Object.entries(this.answers).map(([id, answer]) => {
      const label = this.#options(id).find((option) => option.value === answer)?.label ?? answer ?? '';
      return [questions[id]?.() ?? id, label] as const;
    });
    return copyText({
      title: msg('Risikogrupper for magnesiummangel: mit resultat', { id: 'quiz.copy.title' }),
      answers,
      result: resultLines(report),
      sourceIds: report.sourceIds,
    });
  }

  #next(): void {
    const steps = quizSteps(this.#given);
    const unanswered = steps[this.#stepIndex]?.questions.filter((id) => this.#given[id] === undefined) ?? [];
    if (unanswered.length > 0) {
      // Every question keeps its own answer: none is taken as "no" (the reader may answer "Ved ikke").
      this.#missing = new Set(unanswered);
      this.requestUpdate();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>(`fieldset[data-question="${unanswered[0]}"] input`)?.focus(),
      );
      return;
    }
    if (this.#stepIndex + 1 < steps.length) {
      this.#goTo('question', this.#stepIndex + 1);
    } else {
      this.#missing = new Set();
      this.#showResult(true);
      this.requestUpdate();
    }
  }

  #back(): void {
    if (this.#step === 'result') this.#goTo('question', quizSteps(this.#given).length - 1);
    else if (this.#stepIndex > 0) this.#goTo('question', this.#stepIndex - 1);
    else this.#goTo('intro', 0);
  }

  #restart(): void {
    this.#given = {};
    this.#report = undefined;
    this.emit('mg-change', { answers: {} });
    this.#applyShared();
    this.#goTo('question', 0);
  }

  /** The reader's answers from other widgets fill the questions that mean the same, still changeable here. */
  #applyShared(): void {
    const shared = this.#shared.answers;
    const filled = Object.entries(quizQuestionOf).filter(
      ([key, question]) => shared[key as keyof SharedAnswers] !== undefined && this.#given[question] === undefined,
    );
    if (filled.length === 0) return;
    this.#given = {
      ...this.#given,
      ...Object.fromEntries(filled.map(([key, question]) => [question, String(shared[key as keyof SharedAnswers])])),
    };
    this.emit('mg-change', { answers: this.answers });
  }

  #choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#given = { ...this.#given, [input.name]: input.value };
    this.#missing.delete(input.name);
    this.emit('mg-change', { answers: this.answers });
    const key = Object.entries(quizQuestionOf).find(([, question]) => question === input.name)?.[0];
    if (key) this.#shared.share({ [key]: input.value });
    this.requestUpdate();
  }

  #options(id: string): { value: string; label: string }[] {
    if (id === 'age-group') return ageGroupIds().map((value) => ({ value, label: ageGroupWords[value]() }));
    const values: readonly string[] =
      id === 'sex'
        ? sexes()
        : id === 'life-stage'
          ? lifeStages()
          : YES_NO_UNKNOWN.filter((value) => value !== 'unknown' || !NO_UNKNOWN_OPTION.has(id));
    return values.map((value) => ({ value, label: optionLabel(id, value) }));
  }

  #renderStep(): TemplateResult {
    if (this.#step === 'result' && this.#report) {
      const module = this.lazy(resultDetails);
      return renderResult(
        this.#report,
        { module, failed: resultDetails.failed },
        this.input(doseCheckerHrefInput),
        this.#copy,
        this.#view,
      );
    }
    if (this.#step === 'question') {
      const steps = quizSteps(this.#given);
      const index = Math.min(this.#stepIndex, steps.length - 1);
      const step = steps[index]!;
      return renderStep(
        {
          id: step.id,
          index,
          total: stepCount(),
          last: index === steps.length - 1,
          questions: step.questions.map((id) => ({
            id,
            options: this.#options(id),
            inline: !['age-group', 'sex', 'life-stage'].includes(id),
            chosen: this.#given[id],
            missing: this.#missing.has(id),
          })),
        },
        this.#view,
      );
    }
    return renderIntro(this.#view);
  }

  protected override render(): TemplateResult {
    const report = this.#step === 'result' ? this.#report : undefined;
    return html`${this.renderInputProblems()} ${this.#renderStep()}
      <p class="visually-hidden" role="status">
        ${report ? levelSentence(report) : this.#missing.size > 0 ? chooseAnswer() : ''}
      </p>
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-risk-quiz': MgRiskQuiz;
  }
}
