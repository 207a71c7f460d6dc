// magnesium-widgets/mg-sources.js: registers <mg-sources> and exports its class.
import { define } from '../base/define.js';
import { MgSources } from './sources.js';

define('mg-sources', MgSources);

export { MgSources };
