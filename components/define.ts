// magnesium-widgets/define.js: registers every element (guarded), and re-exports the public API.
import './sources/define.js';

export * from './index.js';
