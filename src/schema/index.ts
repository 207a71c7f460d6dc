// The zod schemas: the single definition of the dataset's shape and of what sites pass in.
export * from './common.js';
export * from './meta.js';
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
export * from './inputs.js';
export * from './dataset.js';
