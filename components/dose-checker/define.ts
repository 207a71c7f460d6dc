// magnesium-widgets/mg-dose-checker.js: registers <mg-dose-checker> (and <mg-sources>) and exports its class.
import '../sources/define.js';
import { define } from '../base/define.js';
import { MgDoseChecker } from './dose-checker.js';

define('mg-dose-checker', MgDoseChecker);

export { MgDoseChecker };
export type { DoseCheckerChange, MgDoseCheckerEvents } from './dose-checker.js';
