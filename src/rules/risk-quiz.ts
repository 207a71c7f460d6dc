// The risk quiz's rules: which questions apply to a set of answers, and the risk report they give (REFERENCE-FACTS 0b).
import {
  notAssessedAgeGroups,
  riskContraindications,
  riskFactor,
  riskFactorIds,
  magnesiumSources,
  riskLevelByEvidence,
  riskNoteSourceIds,
} from '../data/risk-factors.js';
import { ageGroup, ageGroupIds } from '../data/age-groups.js';
import type { Answers } from '../checks/answers.js';
import { lifeStagesFor } from './reader.js';
import type { Evidence } from '../schema/risk-factors.js';

export type { Answers };
export type { Evidence };

/**
 * The quiz's result level: the strongest evidence among the groups answered "yes"; `unknown` when no group is
 * "yes" and at least one is "ved ikke" (never "no risk group" then); `not-assessed` for children under 11.
 */
export type RiskQuizLevel = 'low' | 'moderate' | 'high' | 'unknown' | 'not-assessed';

/**
 * What the result advises, in the order shown:
 * - `doctor-about-symptoms` (high), `magnesium-rich-food` and `doctor-if-symptoms` (moderate), `varied-diet` (low):
 *   the food lines only without kidney disease (yes or unknown), which gets `own-diet-advice` instead (potassium
 *   and phosphate limits; Nyreforeningen);
 * - `find-out-unknown` (unknown level): how to find out (ask the pharmacy which medicines you take, or your doctor);
 * - `blood-test-ppi-diuretics`: long-term acid-reducing medicine together with diuretics (MHRA 2012);
 * - `pharmacy-before-supplement`: always for an assessed result;
 * - `check-total-magnesium`: the reader takes magnesium products and has no kidney disease: add it all up.
 */
export type RiskNextStepId =
  | 'doctor-about-symptoms'
  | 'magnesium-rich-food'
  | 'doctor-if-symptoms'
  | 'varied-diet'
  | 'own-diet-advice'
  | 'find-out-unknown'
  | 'blood-test-ppi-diuretics'
  | 'pharmacy-before-supplement'
  | 'check-total-magnesium';

export interface RiskReport {
  level: RiskQuizLevel;
  /** Risk-factor ids the reader belongs to, strongest evidence first (dataset order within a strength). */
  factors: string[];
  /** Risk-factor ids answered "unknown", strongest evidence first: they do not count toward the level. */
  uncertain: string[];
  /**
   * Of `uncertain`, those with stronger evidence than the strongest group answered "yes": the result names them
   * first ("it may mean a higher risk"). Empty when nothing is "yes" (the level is then `unknown`).
   */
  uncertainStronger: string[];
  /** The result's advice, as ids (see `RiskNextStepId`). */
  nextSteps: RiskNextStepId[];
  /** Contraindication ids (`kidney-disease` answered yes or unknown): talk to a doctor before any magnesium supplement. */
  contraindications: string[];
  /** The sources behind every statement of the report, without duplicates. */
  sourceIds: string[];
  /** The reader takes (or may take) magnesium-containing products: the result points to the dose checker. */
  pointsToDoseChecker: boolean;
}

const AGE_GROUP = 'age-group';
const OLDER_AGE = 'older-age';
const SEX = 'sex';
const LIFE_STAGE = 'life-stage';
const ADULTS = '18+';
const EVIDENCE_ORDER: readonly Evidence[] = ['strong', 'moderate', 'weak'];

/** The yes/no/unknown factor questions, in dataset order: every factor not derived from another answer. */
const askedFactorIds = (): string[] => riskFactorIds().filter((id) => riskFactor(id).derivedFrom === undefined);

const contraindicationIds = (): string[] => riskContraindications().map((item) => item.id);
const magnesiumSourceIds = (): string[] => magnesiumSources().map((item) => item.id);

/** Whether an age group ends the quiz at once (children under 11). */
export function isNotAssessedAgeGroup(ageGroupId: string | undefined): boolean {
  return ageGroupId !== undefined && notAssessedAgeGroups().includes(ageGroupId);
}

/** The youngest age (in months) the quiz assesses: the first age group not in `notAssessedAgeGroups` (11 years). */
export function assessedFromMonths(): number {
  // The dataset always has assessed groups (11-17, 18+); ageGroup() throws on a missing one.
  return ageGroup(ageGroupIds().find((id) => !isNotAssessedAgeGroup(id))!).fromMonths;
}

/**
 * The questions that apply to `answers`, in dataset order (the quiz asks them in `quizSteps` order): `age-group`;
 * for children under 11 nothing more; `older-age` only for `18+`; `sex`; `life-stage` only for `female` at `11-17`
 * or `18+`; one yes/no/unknown question per asked risk factor; `kidney-disease`; `magnesium-products`. A question
 * whose condition is not yet answered is left out, so the list grows as the reader answers.
 */
export function applicableQuestions(answers: Answers): string[] {
  const ageGroup = answers[AGE_GROUP];
  if (isNotAssessedAgeGroup(ageGroup)) return [AGE_GROUP];
  const questions = [AGE_GROUP];
  if (ageGroup === ADULTS) questions.push(OLDER_AGE);
  questions.push(SEX);
  if (answers[SEX] === 'female' && ageGroup !== undefined && lifeStagesFor(ageGroup, 'female').length > 1) {
    questions.push(LIFE_STAGE);
  }
  return [...questions, ...askedFactorIds(), ...contraindicationIds(), ...magnesiumSourceIds()];
}

/** The quiz's steps, each one to three related questions shown together (every question keeps its own answer). */
export type RiskQuizStepId =
  | 'age'
  | 'sex'
  | 'gut'
  | 'laxatives-and-acid'
  | 'medicines'
  | 'diseases'
  | 'alcohol-and-diet'
  | 'training-and-stress'
  | 'magnesium-products';

/**
 * Which questions share a step, in asking order. Grouped by topic, at most two risk groups per step, so a step fits
 * a phone screen at 200 % text. A question that does not apply to the answers so far is left out of its step; an
 * asked risk factor missing here (a new one in the dataset) gets a step of its own before the last.
 */
const STEP_QUESTIONS: readonly (readonly [RiskQuizStepId, readonly string[]])[] = [
  ['age', [AGE_GROUP, OLDER_AGE]],
  ['sex', [SEX, LIFE_STAGE]],
  ['gut', ['malabsorption', 'chronic-diarrhoea']],
  ['laxatives-and-acid', ['laxatives', 'ppi']],
  ['medicines', ['diuretics', 'magnesium-lowering-medicines']],
  ['diseases', ['type-2-diabetes', 'kidney-disease']],
  ['alcohol-and-diet', ['alcohol', 'low-intake-diet']],
  ['training-and-stress', ['athlete', 'stress']],
  ['magnesium-products', ['magnesium-products']],
];

export interface RiskQuizStep {
  /** The step's id, or the question id for a question without a step of its own (see `STEP_QUESTIONS`). */
  id: string;
  /** The step's questions that apply to the answers so far, in asking order. */
  questions: string[];
}

/**
 * The steps of the quiz for `answers`: each with the questions that apply. Children under 11 get the first step
 * only (the quiz then ends); everyone else gets the same number of steps whatever they answer (`stepCount`).
 */
export function quizSteps(answers: Answers): RiskQuizStep[] {
  const applicable = applicableQuestions(answers);
  const placed = new Set(STEP_QUESTIONS.flatMap(([, questions]) => questions));
  const extra = applicable.filter((id) => !placed.has(id)).map((id) => [id, [id]] as const);
  const order = [...STEP_QUESTIONS.slice(0, -1), ...extra, ...STEP_QUESTIONS.slice(-1)];
  return order
    .map(([id, questions]) => ({ id, questions: questions.filter((question) => applicable.includes(question)) }))
    .filter((step) => step.questions.length > 0);
}

/** The number of steps for a reader the quiz assesses (11 years and older): the same whatever they answer. */
export function stepCount(): number {
  return quizSteps({}).length;
}

/** The first step with an applicable question not yet answered (the step to resume at), or -1 when complete. */
export function firstIncompleteStep(answers: Answers): number {
  return quizSteps(answers).findIndex((step) => step.questions.some((id) => answers[id] === undefined));
}

/** Applicable questions without an answer yet; empty when the answers are complete. */
export function unansweredQuestions(answers: Answers): string[] {
  return applicableQuestions(answers).filter((id) => answers[id] === undefined);
}

/** Answered questions that do not apply (e.g. `life-stage` for a man): ignored by `scoreRisk`. */
export function inapplicableAnswers(answers: Answers): string[] {
  const applicable = new Set(applicableQuestions(answers));
  return Object.keys(answers).filter((id) => answers[id] !== undefined && !applicable.has(id));
}

/** Evidence strength and sources of one risk factor (for the result's "why it matters" lines). */
export function riskFactorEvidence(id: string): { evidence: Evidence; sourceIds: string[] } {
  const { evidence, sourceIds } = riskFactor(id);
  return { evidence, sourceIds: [...sourceIds] };
}

/** A risk factor's answer: asked factors directly, `older-age` from its question, `pregnancy` from the life stage. */
function factorAnswer(id: string, answers: Answers, applicable: Set<string>): string | undefined {
  const { derivedFrom } = riskFactor(id);
  if (derivedFrom === 'life-stage') {
    if (!applicable.has(LIFE_STAGE)) return undefined;
    const stage = answers[LIFE_STAGE];
    return stage === undefined ? undefined : stage === 'pregnant' || stage === 'lactating' ? 'yes' : 'no';
  }
  const question = derivedFrom === 'age' ? OLDER_AGE : id;
  return applicable.has(question) ? answers[question] : undefined;
}

/**
 * The risk report for a set of answers. The level is the strongest evidence among the risk groups
 * the reader belongs to (strong → high, moderate → moderate, weak → low); with no group "yes", `unknown` if a
 * group was answered "ved ikke", else `low`. `unknown` answers never count toward a level and are listed as
 * uncertain, strongest first; `kidney-disease` yes or unknown is a contraindication;
 * `magnesium-products` never changes the level. Answers to questions that do not apply are ignored;
 * a question left unanswered counts as "not in that group".
 */
export function scoreRisk(answers: Answers): RiskReport {
  if (isNotAssessedAgeGroup(answers[AGE_GROUP])) {
    return {
      level: 'not-assessed',
      factors: [],
      uncertain: [],
      uncertainStronger: [],
      nextSteps: [],
      contraindications: [],
      sourceIds: [],
      pointsToDoseChecker: false,
    };
  }
  const applicable = new Set(applicableQuestions(answers));
  const present: string[] = [];
  const uncertain: string[] = [];
  for (const id of riskFactorIds()) {
    const answer = factorAnswer(id, answers, applicable);
    if (answer === 'yes') present.push(id);
    else if (answer === 'unknown') uncertain.push(id);
  }
  const rank = (id: string) => EVIDENCE_ORDER.indexOf(riskFactor(id).evidence);
  // Array.prototype.sort is stable: dataset order is kept within one strength.
  const factors = [...present].sort((a, b) => rank(a) - rank(b));
  const uncertainByStrength = [...uncertain].sort((a, b) => rank(a) - rank(b));
  const strongest = factors.length > 0 ? riskFactor(factors[0]!).evidence : undefined;
  // Only the risk-group answers count: an unknown kidney or magnesium-products answer is not a risk group.
  const level: RiskQuizLevel =
    strongest !== undefined ? riskLevelByEvidence()[strongest] : uncertain.length > 0 ? 'unknown' : 'low';
  const uncertainStronger =
    strongest === undefined ? [] : uncertainByStrength.filter((id) => rank(id) < EVIDENCE_ORDER.indexOf(strongest));

  const contraindications = riskContraindications().filter((item) => {
    const answer = answers[item.id];
    return applicable.has(item.id) && answer !== undefined && (item.answers as string[]).includes(answer);
  });
  const products = magnesiumSources().filter((item) => {
    const answer = answers[item.id];
    return applicable.has(item.id) && (answer === 'yes' || answer === 'unknown');
  });

  const kidney = contraindications.length > 0;
  const nextSteps: RiskNextStepId[] = [];
  if (level === 'high') nextSteps.push('doctor-about-symptoms');
  if (level === 'moderate') nextSteps.push(kidney ? 'own-diet-advice' : 'magnesium-rich-food', 'doctor-if-symptoms');
  if (level === 'low') nextSteps.push(kidney ? 'own-diet-advice' : 'varied-diet');
  if (level === 'unknown') nextSteps.push('find-out-unknown', ...(kidney ? (['own-diet-advice'] as const) : []));
  if (present.includes('ppi') && present.includes('diuretics')) nextSteps.push('blood-test-ppi-diuretics');
  nextSteps.push('pharmacy-before-supplement');
  if (products.length > 0 && !kidney) nextSteps.push('check-total-magnesium');

  // With no factor and nothing uncertain, the result rests on the sources that define the groups asked about.
  const cited = factors.length + uncertain.length > 0 ? [...factors, ...uncertain] : riskFactorIds();
  const sourceIds = new Set<string>();
  for (const id of cited) riskFactor(id).sourceIds.forEach((source) => sourceIds.add(source));
  for (const item of contraindications) item.sourceIds.forEach((source) => sourceIds.add(source));
  // The advice every assessed result gives (ask the pharmacist before a supplement if you take medicines:
  // magnesium lowers the uptake of some) and the dose-checker pointer rest on the magnesium-products sources.
  for (const item of magnesiumSources()) item.sourceIds.forEach((source) => sourceIds.add(source));
  if (nextSteps.includes('own-diet-advice'))
    riskNoteSourceIds('kidney-disease-follow-own-diet-advice').forEach((source) => sourceIds.add(source));
  if (nextSteps.includes('blood-test-ppi-diuretics'))
    riskNoteSourceIds('ask-for-a-test-with-long-term-ppi').forEach((source) => sourceIds.add(source));

  return {
    level,
    factors,
    uncertain: uncertainByStrength,
    uncertainStronger,
    nextSteps,
    contraindications: contraindications.map((item) => item.id),
    sourceIds: [...sourceIds],
    pointsToDoseChecker: products.length > 0,
  };
}
