// <mg-risk-quiz>: who belongs to a risk group for magnesium deficiency, one question at a time.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/risk-quiz.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { lazyPart, partFailedText } from '../base/lazy.js';
import { messages as resultMessages } from '../locales/parts/quiz-result.js';
import { formatNumber } from '../base/format.js';
import { riskQuizStyles } from './risk-quiz.styles.js';
import { checkAnswers, YES_NO_UNKNOWN, type Answers } from '../../src/checks/answers.js';
import { ageGroup, ageGroupIds, lifeStages, sexes } from '../../src/data/age-groups.js';
import { olderAgeFromYears } from '../../src/data/risk-factors.js';
import {
  applicableQuestions,
  assessedFromMonths,
  inapplicableAnswers,
  scoreRisk,
  unansweredQuestions,
  type RiskReport,
} from '../../src/rules/risk.js';

/** `mg-result` detail. */
export interface RiskQuizResult {
  level: RiskReport['level'];
  factors: string[];
  uncertain: string[];
  contraindications: string[];
}

/** `mg-change` detail: the answers to the questions that apply. */
export interface RiskQuizChange {
  answers: Answers;
}

/** The events `<mg-risk-quiz>` fires: `mg-change` with `RiskQuizChange`, `mg-result` with `RiskQuizResult`. */
export type MgRiskQuizEvents = MgEvents<RiskQuizChange, RiskQuizResult>;

type Step = 'intro' | 'question' | 'result';

/** Risk groups, evidence, next steps and sources of the result: fetched once the reader starts answering. */
const resultDetails = lazyPart(() => import('./risk-quiz.result.js'), resultMessages);

const DEFAULT_HEADING_LEVEL = 2;
const ACCEPTED_ANSWERS =
  "an object keyed by question ids (age-group, older-age, sex, life-stage, the risk-factor ids, kidney-disease, magnesium-products) with 'yes' | 'no' | 'unknown' or the chosen id";

/** Questions where "Ved ikke" makes no sense; every other yes/no question offers it. */
const NO_UNKNOWN_OPTION = new Set(['older-age']);

/** Parses `heading-level`: an integer 2–6, or undefined. */
function parseHeadingLevel(value: unknown): number | undefined {
  const level =
    typeof value === 'number' ? value : typeof value === 'string' && /^[2-6]$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : undefined;
}

/** Accepts relative URLs and http(s) links; rejects other schemes (javascript:, data:). */
function isSafeHref(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://example.invalid/').protocol);
  } catch {
    return false;
  }
}

/**
 * A short quiz over the known risk groups for magnesium deficiency. The result names the groups the
 * reader belongs to, how well each is documented and where it comes from, worded as group membership
 * — never as a personal probability — with next steps that fit.
 *
 * @tagname mg-risk-quiz
 * @summary Step-by-step risk-group quiz with an explained, cited result.
 *
 * @attr heading-level - Heading level (2–6) of the quiz's headings, to fit the page's outline. Default 2.
 * @attr dose-checker-href - Link to the site's dose checker (relative, http or https), shown to readers who take magnesium products.
 *
 * @prop {Answers} answers - The answers, keyed by question id (`age-group`, `older-age`, `sex`, `life-stage`,
 * the risk-factor ids, `kidney-disease`, `magnesium-products`); `'yes' | 'no' | 'unknown'` or the chosen id.
 * Read it, or set it (e.g. restored from a link): a set that answers every applicable question shows the result.
 *
 * @fires {MgChangeEvent<RiskQuizChange>} mg-change - The reader changed an answer. `detail: { answers }`.
 * @fires {MgResultEvent<RiskQuizResult>} mg-result - A result is shown (also the first one from a preset `answers`). `detail: { level, factors, uncertain, contraindications }`.
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
 *
 * @cssprop --mg-risk-quiz-on-accent - Text colour on accent-coloured buttons (default white on a light page, near-black on a dark one).
 * @cssprop --mg-accent - Buttons, selected answers, links.
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
    doseCheckerHref: { attribute: 'dose-checker-href' },
    answers: { attribute: false, noAccessor: true },
  };
  static override styles = [tokens, riskQuizStyles];
  static override messages = ownMessages;

  /** Heading level 2–6 (attribute `heading-level`); anything else is reported and 2 is used. */
  declare headingLevel: number | string | null | undefined;
  /** The site's dose-checker page (attribute `dose-checker-href`). */
  declare doseCheckerHref: string | null | undefined;

  private given: Answers = {};
  private step: Step = 'intro';
  private current = 'age-group';
  private report: RiskReport | undefined;
  private level = DEFAULT_HEADING_LEVEL;
  private href: string | undefined;
  private missingAnswer = false;
  private focusPending = false;
  private resultPending = false;

  /** The answers to the questions that apply (a copy). */
  get answers(): Answers {
    const applicable = applicableQuestions(this.given);
    return Object.fromEntries(
      applicable.filter((id) => this.given[id] !== undefined).map((id) => [id, this.given[id]]),
    );
  }

  /** Checked at run time too (scripts are not type-checked): a rejected set is reported and changes nothing. */
  set answers(value: Answers) {
    const checked = checkAnswers(value as unknown);
    if (!checked.ok) {
      this.reportInvalid(
        'answers',
        value,
        ACCEPTED_ANSWERS,
        msg('et objekt med spørgsmålenes id’er som nøgler og svarene som værdier', { id: 'quiz.accepted-answers' }),
      );
      return;
    }
    this.clearInvalid('answers');
    const given: Answers = Object.fromEntries(
      Object.entries(checked.value).filter(([, answer]) => answer !== undefined),
    );
    const ignored = inapplicableAnswers(given);
    if (ignored.length > 0) {
      console.warn(
        `[magnesium-widgets] <${this.localName}> answers: ${ignored.join(', ')} do not apply to the other answers and are ignored.`,
      );
    }
    this.given = given;
    this.missingAnswer = false;
    const unanswered = unansweredQuestions(given);
    if (Object.keys(given).length === 0) {
      this.step = 'intro';
    } else if (unanswered.length === 0) {
      this.showResult(false);
    } else {
      this.step = 'question';
      this.current = unanswered[0]!;
    }
    this.requestUpdate();
  }

  constructor() {
    super();
    this.headingLevel = null;
    this.doseCheckerHref = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Fetch the result's details while the reader answers, so the result shows without a wait.
    if (this.step !== 'intro') void resultDetails.load();
    if (changed.has('headingLevel')) {
      const parsed = parseHeadingLevel(this.headingLevel);
      if (this.headingLevel == null || parsed !== undefined) {
        this.level = parsed ?? DEFAULT_HEADING_LEVEL;
        this.clearInvalid('heading-level');
      } else {
        this.level = DEFAULT_HEADING_LEVEL;
        this.reportInvalid(
          'heading-level',
          this.headingLevel,
          'an integer from 2 to 6',
          msg('et helt tal fra 2 til 6', { id: 'quiz.accepted-heading-level' }),
        );
      }
    }
    if (changed.has('doseCheckerHref')) {
      const value = this.doseCheckerHref;
      if (value == null || value === '') {
        this.href = undefined;
        this.clearInvalid('dose-checker-href');
      } else if (typeof value === 'string' && isSafeHref(value)) {
        this.href = value;
        this.clearInvalid('dose-checker-href');
      } else {
        this.href = undefined;
        this.reportInvalid(
          'dose-checker-href',
          value,
          'a relative URL or an http(s) URL',
          msg('en relativ adresse eller en adresse, der begynder med http eller https', { id: 'quiz.accepted-href' }),
        );
      }
    }
  }

  protected override updated(): void {
    // Lit leaves a radio's live checkedness alone when its `checked` attribute did not change; a form
    // reset makes every radio show the current question's answer (the attribute) again.
    if (this.step === 'question') this.renderRoot.querySelector('form')?.reset();
    if (this.focusPending) {
      this.focusPending = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    }
    if (this.resultPending && this.report) {
      this.resultPending = false;
      const { level, factors, uncertain, contraindications } = this.report;
      this.emit('mg-result', {
        level,
        factors: [...factors],
        uncertain: [...uncertain],
        contraindications: [...contraindications],
      });
    }
  }

  private showResult(moveFocus: boolean): void {
    this.report = scoreRisk(this.given);
    this.step = 'result';
    this.resultPending = true;
    this.focusPending = moveFocus;
  }

  private goTo(step: Step, question?: string): void {
    this.step = step;
    if (question) this.current = question;
    this.missingAnswer = false;
    this.focusPending = true;
    this.requestUpdate();
  }

  private start = (): void => this.goTo('question', 'age-group');

  private next = (): void => {
    if (this.given[this.current] === undefined) {
      this.missingAnswer = true;
      this.requestUpdate();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus(),
      );
      return;
    }
    const questions = applicableQuestions(this.given);
    const following = questions[questions.indexOf(this.current) + 1];
    if (following) {
      this.goTo('question', following);
    } else {
      this.missingAnswer = false;
      this.showResult(true);
      this.requestUpdate();
    }
  };

  private back = (): void => {
    const questions = applicableQuestions(this.given);
    if (this.step === 'result') {
      this.goTo('question', questions[questions.length - 1]);
    } else {
      const index = questions.indexOf(this.current);
      if (index > 0) this.goTo('question', questions[index - 1]);
      else this.goTo('intro');
    }
  };

  private restart = (): void => {
    this.given = {};
    this.report = undefined;
    this.emit('mg-change', { answers: {} });
    this.goTo('question', 'age-group');
  };

  /** Enter on an answer goes on, in every engine (implicit form submission from a radio button differs between them). */
  private enterOnAnswer(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.next();
  }

  private choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.given = { ...this.given, [this.current]: input.value };
    this.missingAnswer = false;
    this.emit('mg-change', { answers: this.answers });
    this.requestUpdate();
  }

  /** A heading at the configured level (+ `offset`), focusable from script only; `focus` marks the one a new step focuses. */
  private heading(text: string | TemplateResult, offset = 0, focus = false): TemplateResult {
    return html`<span
      class="heading"
      role="heading"
      aria-level=${Math.min(this.level + offset, 6)}
      tabindex="-1"
      ?data-focus=${focus}
      >${text}</span
    >`;
  }

  private options(id: string): string[] {
    if (id === 'age-group') return ageGroupIds();
    if (id === 'sex') return sexes();
    if (id === 'life-stage') return lifeStages();
    return YES_NO_UNKNOWN.filter((value) => value !== 'unknown' || !NO_UNKNOWN_OPTION.has(id));
  }

  private optionText(id: string, value: string): string {
    if (id === 'age-group') {
      const group = ageGroup(value);
      return ageGroupLabel(group.fromMonths, group.toMonths);
    }
    return optionLabel(id, value);
  }

  private renderIntro(): TemplateResult {
    return html`<div class="intro" part="intro">
      <p>
        ${msg(
          'Find ud af, om du hører til en af de kendte risikogrupper for magnesiummangel, og hvor godt risikoen er dokumenteret. Ét spørgsmål ad gangen – det tager et par minutter.',
          { id: 'quiz.intro' },
        )}
      </p>
      <div class="actions" part="actions">
        <button type="button" class="primary" part="button" @click=${this.start}>
          ${msg('Start quizzen', { id: 'quiz.start' })}
        </button>
      </div>
    </div>`;
  }

  private renderQuestion(): TemplateResult {
    const id = this.current;
    const questions = applicableQuestions(this.given);
    const index = questions.indexOf(id);
    const hint = questionHint(id);
    const chosen = this.given[id];
    const isLast = index === questions.length - 1;
    return html`<form class="step" @submit=${(event: Event) => (event.preventDefault(), this.next())}>
      <fieldset part="question" aria-describedby=${hint ? 'hint' : nothing}>
        <legend>
          <span class="progress" part="progress"
            >${msg(str`Spørgsmål ${formatNumber(index + 1)} af ${formatNumber(questions.length)}`, {
              id: 'quiz.progress',
            })}</span
          >
          ${this.heading(questionText(id, olderAgeFromYears()), 0, true)}
        </legend>
        ${hint ? html`<p class="hint" id="hint">${hint}</p>` : nothing}
        <div class="options" @change=${this.choose} @keydown=${this.enterOnAnswer}>
          ${this.options(id).map(
            (value) =>
              html`<label class="option" part="option"
                ><input type="radio" name="answer" value=${value} ?checked=${chosen === value} /><span
                  >${this.optionText(id, value)}</span
                ></label
              >`,
          )}
        </div>
      </fieldset>
      ${
        this.missingAnswer
          ? html`<p class="missing">${msg('Vælg et svar for at gå videre.', { id: 'quiz.choose-answer' })}</p>`
          : nothing
      }
      <div class="actions" part="actions">
        ${
          index > 0
            ? html`<button type="button" part="button" @click=${this.back}>
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

  /** The one sentence that states the result in group terms; also what the live region announces. */
  private levelSentence(report: RiskReport): string {
    switch (report.level) {
      case 'not-assessed':
        return msg(
          str`Quizzen gælder ikke børn under ${formatNumber(assessedFromMonths() / 12)} år. Spørg barnets læge, hvis du er i tvivl om, hvorvidt barnet får magnesium nok.`,
          { id: 'quiz.level.not-assessed' },
        );
      case 'high':
        return msg('Du tilhører en gruppe med veldokumenteret risiko for magnesiummangel.', { id: 'quiz.level.high' });
      case 'moderate':
        return msg('Du tilhører en gruppe med nogen dokumenteret risiko for magnesiummangel.', {
          id: 'quiz.level.moderate',
        });
      case 'low':
        return report.factors.length > 0
          ? msg('Du tilhører kun grupper, hvor en øget risiko for magnesiummangel er dårligt dokumenteret.', {
              id: 'quiz.level.low-weak',
            })
          : msg('Du tilhører ingen af de kendte risikogrupper for magnesiummangel.', { id: 'quiz.level.low-none' });
    }
  }

  private renderResult(report: RiskReport): TemplateResult {
    const kidney = report.contraindications.length > 0;
    const assessed = report.level !== 'not-assessed';
    const details = this.lazy(resultDetails);
    return html`<section class="result level-${report.level}" part="result">
      ${this.heading(msg('Dit resultat', { id: 'quiz.result-heading' }), 0, true)}
      <p class="summary">${this.levelSentence(report)}</p>
      ${
        assessed
          ? html`<p>
              ${msg(
                'Det beskriver grupper, ikke din personlige risiko: mange i en risikogruppe mangler ikke magnesium, og man kan mangle uden at være i en.',
                { id: 'quiz.not-probability' },
              )}
            </p>`
          : nothing
      }
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
        details
          ? details.renderResultDetails(report, { heading: (text, offset) => this.heading(text, offset) })
          : resultDetails.failed
            ? html`<p class="failed">${partFailedText()}</p>`
            : nothing
      }
      ${
        assessed
          ? html`${this.heading(msg('Det kan du gøre', { id: 'quiz.next-heading' }), 1)}
              <ul class="next-steps">
                ${nextSteps(report).map((text) => html`<li>${text}</li>`)}
                ${
                  report.pointsToDoseChecker && !kidney
                    ? html`<li>
                        ${msg(
                          'Magnesia og lignende midler giver dig magnesium og tæller ikke som en risiko. Tager du også tilskud, så tjek hvor meget magnesium du får i alt.',
                          { id: 'quiz.products' },
                        )}
                        ${
                          this.href
                            ? html`<a href=${this.href}
                                >${msg('Gå til doseringstjekket', { id: 'quiz.dose-checker-link' })}</a
                              >`
                            : nothing
                        }
                      </li>`
                    : nothing
                }
              </ul>`
          : nothing
      }
      ${report.sourceIds.length > 0 ? html`<mg-sources part="sources" .sourceIds=${report.sourceIds}></mg-sources>` : nothing}
      <div class="actions" part="actions">
        <button type="button" part="button" @click=${this.back}>${msg('Tilbage', { id: 'quiz.back' })}</button>
        <button type="button" class="primary" part="button" @click=${this.restart}>
          ${msg('Start forfra', { id: 'quiz.restart' })}
        </button>
      </div>
    </section>`;
  }

  protected override render() {
    const report = this.step === 'result' ? this.report : undefined;
    return html`${this.renderInputProblems()}
      ${report ? this.renderResult(report) : this.step === 'question' ? this.renderQuestion() : this.renderIntro()}
      <p class="visually-hidden" role="status">
        ${report ? this.levelSentence(report) : this.missingAnswer ? msg('Vælg et svar for at gå videre.', { id: 'quiz.choose-answer' }) : ''}
      </p>
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>`;
  }
}

// ---- Words: questions, hints, answer labels, factor names, why-lines, evidence wording ----

/** The legend of a question. */
function questionText(id: string, olderAgeYears: number): string {
  switch (id) {
    case 'age-group':
      return msg('Hvor gammel er du?', { id: 'quiz.q.age-group' });
    case 'older-age':
      return msg(str`Er du ${formatNumber(olderAgeYears)} år eller ældre?`, { id: 'quiz.q.older-age' });
    case 'sex':
      return msg('Er du kvinde eller mand?', { id: 'quiz.q.sex' });
    case 'life-stage':
      return msg('Er du gravid, eller ammer du?', { id: 'quiz.q.life-stage' });
    case 'alcohol':
      return msg('Drikker du meget alkohol, og har du gjort det længe?', { id: 'quiz.q.alcohol' });
    case 'malabsorption':
      return msg('Har du en sygdom eller operation i tarmen, der gør, at du optager næring dårligt?', {
        id: 'quiz.q.malabsorption',
      });
    case 'chronic-diarrhoea':
      return msg('Har du haft diarré eller kastet op i lang tid eller igen og igen?', {
        id: 'quiz.q.chronic-diarrhoea',
      });
    case 'laxatives':
      return msg('Tager du fast et afføringsmiddel uden magnesium?', { id: 'quiz.q.laxatives' });
    case 'ppi':
      return msg('Har du taget syrehæmmende medicin (protonpumpehæmmer) i mindst tre måneder?', { id: 'quiz.q.ppi' });
    case 'diuretics':
      return msg('Tager du vanddrivende medicin?', { id: 'quiz.q.diuretics' });
    case 'magnesium-lowering-medicines':
      return msg('Får du medicin, der kan sænke magnesium i blodet?', { id: 'quiz.q.magnesium-lowering-medicines' });
    case 'type-2-diabetes':
      return msg('Har du type 2-diabetes?', { id: 'quiz.q.type-2-diabetes' });
    case 'low-intake-diet':
      return msg('Spiser du sjældent fuldkorn, nødder, kerner, bønner, linser og grønne grøntsager?', {
        id: 'quiz.q.low-intake-diet',
      });
    case 'athlete':
      return msg('Træner du hårdt og sveder meget flere gange om ugen?', { id: 'quiz.q.athlete' });
    case 'stress':
      return msg('Har du været meget stresset i lang tid?', { id: 'quiz.q.stress' });
    case 'kidney-disease':
      return msg('Har du en nyresygdom eller nedsat nyrefunktion?', { id: 'quiz.q.kidney-disease' });
    case 'magnesium-products':
      return msg('Tager du Magnesia eller et andet middel med magnesium?', { id: 'quiz.q.magnesium-products' });
    default:
      return id;
  }
}

/** One line under a question that says what it covers, or '' when the question says it all. */
function questionHint(id: string): string {
  switch (id) {
    case 'age-group':
      return msg('Svarer du for et barn, så vælg barnets alder.', { id: 'quiz.hint.age-group' });
    case 'sex':
      return msg('Vi spørger kun for at vide, om graviditet og amning er relevant for dig.', { id: 'quiz.hint.sex' });
    case 'alcohol':
      return msg('Langt mere end sundhedsmyndighederne råder til, måned efter måned.', {
        id: 'quiz.hint.alcohol',
      });
    case 'malabsorption':
      return msg(
        'For eksempel cøliaki, Crohns sygdom, colitis ulcerosa, eller hvis du har fået fjernet en del af tarmen.',
        {
          id: 'quiz.hint.malabsorption',
        },
      );
    case 'chronic-diarrhoea':
      return msg('Ikke en enkelt omgang maveinfektion, men noget der varer ved eller vender tilbage.', {
        id: 'quiz.hint.chronic-diarrhoea',
      });
    case 'laxatives':
      return msg(
        'For eksempel bisacodyl, natriumpicosulfat eller senna, brugt i lang tid. Magnesia spørger vi om til sidst.',
        { id: 'quiz.hint.laxatives' },
      );
    case 'ppi':
      return msg('For eksempel omeprazol, pantoprazol, lansoprazol eller esomeprazol mod halsbrand eller mavesår.', {
        id: 'quiz.hint.ppi',
      });
    case 'diuretics':
      return msg(
        'Slyngediuretika som furosemid og bumetanid, eller thiazider som bendroflumethiazid og hydrochlorthiazid. Kaliumbesparende midler som spironolacton tæller ikke med.',
        { id: 'quiz.hint.diuretics' },
      );
    case 'magnesium-lowering-medicines':
      return msg(
        'For eksempel ciclosporin eller tacrolimus efter en transplantation, cisplatin og anden platinbaseret kemoterapi, aminoglykosider (en slags antibiotika), amphotericin B, foscarnet, pentamidin eller antistoffer mod EGFR som cetuximab.',
        { id: 'quiz.hint.magnesium-lowering-medicines' },
      );
    case 'low-intake-diet':
      return msg('Det er de fødevarer, der giver mest magnesium.', { id: 'quiz.hint.low-intake-diet' });
    case 'kidney-disease':
      return msg('Også hvis lægen har sagt, at dine nyrer ikke arbejder helt, som de skal.', {
        id: 'quiz.hint.kidney-disease',
      });
    case 'magnesium-products':
      return msg(
        'For eksempel Magnesia mod forstoppelse eller et syreneutraliserende middel mod halsbrand med magnesium. Det ændrer ikke dit resultat.',
        { id: 'quiz.hint.magnesium-products' },
      );
    default:
      return '';
  }
}

/** The label of a non-yes/no answer option (sex, life stage). */
function optionLabel(questionId: string, value: string): string {
  if (questionId === 'sex') {
    return value === 'female' ? msg('Kvinde', { id: 'quiz.sex.female' }) : msg('Mand', { id: 'quiz.sex.male' });
  }
  switch (value) {
    case 'pregnant':
      return msg('Ja, jeg er gravid', { id: 'quiz.life-stage.pregnant' });
    case 'lactating':
      return msg('Ja, jeg ammer', { id: 'quiz.life-stage.lactating' });
    case 'none':
      return msg('Nej', { id: 'quiz.life-stage.none' });
    case 'yes':
      return msg('Ja', { id: 'quiz.yes' });
    case 'no':
      return msg('Nej', { id: 'quiz.no' });
    case 'unknown':
      return msg('Ved ikke', { id: 'quiz.unknown' });
    default:
      return value;
  }
}

/** An age-group option from its bounds in months (`toMonths` exclusive, `null` open-ended). */
function ageGroupLabel(fromMonths: number, toMonths: number | null): string {
  if (toMonths === null) {
    return msg(str`${formatNumber(fromMonths / 12)} år eller ældre`, { id: 'quiz.age.years-or-older' });
  }
  if (toMonths <= 12) {
    return msg(str`${formatNumber(fromMonths)}–${formatNumber(toMonths - 1)} måneder`, { id: 'quiz.age.months' });
  }
  return msg(str`${formatNumber(fromMonths / 12)}–${formatNumber(toMonths / 12 - 1)} år`, { id: 'quiz.age.years' });
}

/** What to do next, by level: always asks readers on medicines to check with the pharmacy first. */
function nextSteps(report: RiskReport): string[] {
  const steps: string[] = [];
  if (report.level === 'high') {
    steps.push(
      msg(
        'Tal med din læge om det, især hvis du har symptomer som muskelkramper, sitren i musklerne eller hjertebanken.',
        { id: 'quiz.next.high' },
      ),
    );
  } else if (report.level === 'moderate') {
    steps.push(
      msg(
        'Spis magnesiumrige fødevarer hver dag: fuldkorn, nødder, kerner, bælgfrugter og grønne grøntsager. Tal med din læge, hvis du har symptomer som muskelkramper eller hjertebanken.',
        { id: 'quiz.next.moderate' },
      ),
    );
  } else {
    steps.push(
      msg('De fleste får magnesium nok gennem en varieret kost, og tilskud er sjældent nødvendigt.', {
        id: 'quiz.next.low',
      }),
    );
  }
  steps.push(
    msg(
      'Tager du medicin, så spørg på apoteket, før du begynder på et magnesiumtilskud: magnesium kan nedsætte optagelsen af visse lægemidler.',
      { id: 'quiz.next.pharmacy' },
    ),
  );
  return steps;
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-risk-quiz': MgRiskQuiz;
  }
}
