// magnesium-widgets/mg-symptom-checklist.js: registers <mg-symptom-checklist> (and <mg-sources>) and exports its class.
import '../sources/define.js';
import { define } from '../base/define.js';
import { MgSymptomChecklist } from './symptom-checklist.js';

define('mg-symptom-checklist', MgSymptomChecklist);

export { MgSymptomChecklist };
export type { SymptomChecklistChange, SymptomChecklistResult, MgSymptomChecklistEvents } from './symptom-checklist.js';
