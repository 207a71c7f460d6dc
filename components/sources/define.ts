// magnesium-widgets/mg-sources.js: registers <mg-sources> and exports its class, and the page-wide setLocale and
// getLocale (every per-element CDN file loads this one, so dist/cdn/autoload.js reaches the locale through it).
import { define } from '../base/define.js';
import { MgSources } from './sources.js';

define('mg-sources', MgSources);

export { MgSources };
export { setLocale, getLocale } from '../localization.js';
