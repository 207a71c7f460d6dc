// magnesium-widgets/core: the framework-free core (no Lit, no DOM): locale and contact resolution, dataset access and the rules.
export { resolveLocale, isLocale, allLocales, sourceLocale, targetLocales, type Locale } from './locale.js';
export { contactsFor, countryOf, telUrl, type Contacts } from './contacts.js';
export {
  assessSymptoms,
  emergencySigns,
  bloodTestFacts,
  isAtLeast,
  bloodTestWhenSourceIds,
  type SymptomAssessment,
  type SymptomWhyId,
  type SymptomNextId,
  type SymptomLevel,
} from './rules/symptom-checklist.js';
export {
  applicableQuestions,
  unansweredQuestions,
  quizSteps,
  stepCount,
  firstIncompleteStep,
  type RiskQuizStep,
  type RiskQuizStepId,
  inapplicableAnswers,
  scoreRisk,
  riskFactorEvidence,
  assessedFromMonths,
  isNotAssessedAgeGroup,
  type RiskReport,
  type RiskQuizLevel,
  type RiskNextStepId,
} from './rules/risk-quiz.js';
export { lifeStagesFor, lifeStageProblem } from './rules/reader.js';
export { parseReaderNumber, type NumberMarks, type ReaderNumber } from './checks/reader-number.js';
export {
  doseTableRows,
  highlightRow,
  isDoseTableNutrient,
  type DoseTable,
  type DoseTableRow,
  type DoseTableNutrient,
  type Highlight,
} from './rules/dose-table.js';
export {
  evaluateSupplements,
  elementalMgPerUnit,
  productDose,
  verdictFor,
  decimalsToAgree,
  shownToAgree,
  wholeDays,
  warningUrgency,
  interactionGeneralNoteId,
  type DoseReport,
  type DoseReader,
  type DoseNoteId,
  type DoseVerdict,
  type DoseWarningId,
  type DoseInteraction,
  type ProductDose,
  type KidneyDiseaseAnswer,
} from './rules/dose-checker.js';
// Dataset accessors (each imports only its own slice of data/) and the run-time checks for what sites pass in.
export * from './data/index.js';
export * from './checks/index.js';
