// The framework-free dataset accessors, one module per data slice.
export * from './errors.js';
export * from './sources.js';
export * from './age-groups.js';
export * from './intake.js';
export * from './upper-limits.js';
export * from './nutrients.js';
export * from './salts.js';
export * from './interactions.js';
export * from './symptoms.js';
export * from './risk-factors.js';
export * from './thresholds.js';
