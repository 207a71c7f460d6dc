// magnesium-widgets: the element classes and the core, without side effects (nothing is registered).
export * from '../src/core.js';
export { setLocale, getLocale } from './localization.js';
export { MgElement, type InputProblem } from './base/mg-element.js';
export type { MgChangeEvent, MgResultEvent, MgChangeDetail, MgResultDetail, MgEvents } from './base/events.js';
export { MgSources } from './sources/sources.js';
export {
  MgSymptomChecklist,
  type SymptomChecklistChange,
  type SymptomChecklistResult,
  type MgSymptomChecklistEvents,
} from './symptom-checklist/symptom-checklist.js';
export { MgRiskQuiz, type RiskQuizChange, type RiskQuizResult, type MgRiskQuizEvents } from './risk-quiz/risk-quiz.js';
export { MgDoseTable, type DoseTableChangeDetail, type MgDoseTableEvents } from './dose-table/dose-table.js';
export { MgDoseChecker, type DoseCheckerChange, type MgDoseCheckerEvents } from './dose-checker/dose-checker.js';
export type { Fixture, FixtureFile } from './base/fixture.js';
