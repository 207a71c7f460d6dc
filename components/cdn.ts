// dist/cdn/magnesium-widgets.js: registers every element; exports only what a page script needs
// (the classes and setLocale). The framework-free core is for bundler users (magnesium-widgets/core),
// so the CDN file does not carry every accessor and check.
// The define modules one by one, not ./define.js: that one re-exports the whole core (index.ts), and modules
// with top-level work (the bibliography's Map) would stay in this file even though nothing here uses them.
import './sources/define.js';
import './dose-table/define.js';
import './symptom-checklist/define.js';
import './risk-quiz/define.js';
import './dose-checker/define.js';

export { setLocale, getLocale } from './localization.js';
export { MgSources } from './sources/sources.js';
export { MgDoseTable } from './dose-table/dose-table.js';
export { MgSymptomChecklist } from './symptom-checklist/symptom-checklist.js';
export { MgRiskQuiz } from './risk-quiz/risk-quiz.js';
export { MgDoseChecker } from './dose-checker/dose-checker.js';
