// dist/cdn/magnesium-widgets.js: registers every element; exports only what a page script needs
// (the classes and setLocale). The framework-free core is for bundler users (magnesium-widgets/core),
// so the CDN file does not carry every accessor and check.
import './define.js';

export { setLocale, getLocale } from './localization.js';
export { MgSources } from './sources/sources.js';
export { MgDoseTable } from './dose-table/dose-table.js';
export { MgSymptomChecklist } from './symptom-checklist/symptom-checklist.js';
export { MgRiskQuiz } from './risk-quiz/risk-quiz.js';
export { MgDoseChecker } from './dose-checker/dose-checker.js';
