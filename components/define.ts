// magnesium-widgets/define.js: registers every element (guarded), and re-exports the public API.
import './sources/define.js';
import './dose-table/define.js';
import './symptom-checklist/define.js';
import './risk-quiz/define.js';
import './dose-checker/define.js';

export * from './index.js';
