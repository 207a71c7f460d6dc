// magnesium-widgets: the element classes and the core, without side effects (nothing is registered).
export * from '../src/core.js';
export { setLocale, getLocale } from './localization.js';
export { MgElement, type InputProblem } from './base/mg-element.js';
export type { MgChangeEvent, MgResultEvent } from './base/events.js';
export { MgSources } from './sources/sources.js';
export type { Fixture, FixtureFile } from './base/fixture.js';
