// magnesium-widgets/core: the framework-free core (no Lit, no DOM): locale and contact resolution, dataset access and the rules.
export { resolveLocale, isLocale, allLocales, sourceLocale, targetLocales, type Locale } from './locale.js';
export { contactsFor, countryOf, type Contacts } from './contacts.js';
export {
  assessSymptoms,
  emergencySigns,
  bloodTestFacts,
  isAtLeast,
  type SymptomAssessment,
  type SymptomLevel,
} from './rules/symptoms.js';
export {
  applicableQuestions,
  unansweredQuestions,
  inapplicableAnswers,
  scoreRisk,
  riskFactorEvidence,
  assessedFromMonths,
  isNotAssessedAgeGroup,
  type RiskReport,
  type RiskQuizLevel,
} from './rules/risk.js';
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
  parseReaderNumber,
  type DoseReport,
  type DoseReader,
  type DoseVerdict,
  type DoseWarningId,
  type DoseInteraction,
  type ProductDose,
  type KidneyDiseaseAnswer,
} from './rules/dose.js';
// Dataset accessors (each imports only its own slice of data/) and the run-time checks for what sites pass in.
export * from './data/index.js';
export * from './checks/index.js';
