// magnesium-widgets/define.js: registers every element (guarded), and re-exports the public API.
export * from './index.js';
