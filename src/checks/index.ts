// Run-time checks for what sites pass in: ids, attribute values, products, quiz answers. No zod.
export * from './result.js';
export * from './ids.js';
export * from './parse.js';
export * from './products.js';
export * from './answers.js';
export * from './spec.js';
