// Typed public events: `mg-change` (the reader's input changed) and `mg-result` (the shown result changed).

/** Event names every widget may fire. Details carry ids and numbers only, never text a reader typed. */
export type MgChangeEvent<Detail = Record<string, unknown>> = CustomEvent<Detail>;
export type MgResultEvent<Detail = Record<string, unknown>> = CustomEvent<Detail>;

declare global {
  interface GlobalEventHandlersEventMap {
    /** Fired when the reader's input in a magnesium widget changes. Health data: handle as such (GDPR art. 9). */
    'mg-change': MgChangeEvent;
    /** Fired when a magnesium widget shows a new result, including the first one from presets. */
    'mg-result': MgResultEvent;
  }
}
