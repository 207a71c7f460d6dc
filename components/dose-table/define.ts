// magnesium-widgets/mg-dose-table.js: registers <mg-dose-table> (and <mg-sources>, which it shows) and exports its class.
import '../sources/define.js';
import { define } from '../base/define.js';
import { MgDoseTable } from './dose-table.js';

define('mg-dose-table', MgDoseTable);

export { MgDoseTable };
export type { DoseTableChangeDetail, MgDoseTableEvents } from './dose-table.js';
