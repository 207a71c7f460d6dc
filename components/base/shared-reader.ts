// One reader across the widgets on a page (issue 22): what the reader answers about themselves in one widget (age
// group, sex, pregnancy or breastfeeding, kidney disease, medicines) reaches the others, so they need not ask again.
//
// Privacy by construction: the answers live in this module's own variables, so they exist once per copy of the
// library in one document, only while a widget that uses them is on the page, and nowhere else: no global, no Symbol.for, no storage, no cookie, no message to other
// frames or tabs, no DOM attribute. A second copy of the library, an iframe, or a widget with `independent` sees
// nothing. They leave a widget only in its documented `mg-change` and `mg-result` details, as before.
//
// Meaning: only answers that mean the same are shared (the checker's `18+` is not the quiz's "65 or older"), "ved
// ikke" stays "ved ikke", and an answer the reader has not given is absent, never "no" (an unticked medicine list is
// not "takes none": medicines are shared only as the list a reader or site gave).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AgeGroupId, LifeStage, Sex } from '../../src/schema/common.js';

/** The answers widgets share; a key is present only once someone answered it. */
export interface SharedAnswers {
  ageGroup?: AgeGroupId;
  sex?: Sex;
  lifeStage?: LifeStage;
  kidneyDisease?: 'yes' | 'no' | 'unknown';
  medicines?: readonly string[];
}

type Listener = (answers: Readonly<SharedAnswers>, changed: readonly (keyof SharedAnswers)[]) => void;

let answers: SharedAnswers = {};
/** Which widget gave each answer: a widget is never handed back its own answers (a quiz restarting starts empty). */
const givenBy = new Map<keyof SharedAnswers, object>();
const listeners = new Map<object, Listener>();

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The answers shared so far on this page (this copy of the library). */
export function sharedAnswers(): Readonly<SharedAnswers> {
  return answers;
}

/** Forgets every shared answer (the widgets keep what they show); for a site's "start over" and for tests. */
export function forgetSharedAnswers(): void {
  answers = {};
  givenBy.clear();
}

/**
 * Shares a reader's answers from `from` (a widget): the keys given (undefined ones are ignored) replace the shared
 * ones; every other participating widget hears what changed.
 */
export function shareAnswers(from: object, patch: SharedAnswers): void {
  const changed = (Object.keys(patch) as (keyof SharedAnswers)[]).filter(
    (key) => patch[key] !== undefined && !same(patch[key], answers[key]),
  );
  if (changed.length === 0) return;
  answers = { ...answers, ...Object.fromEntries(changed.map((key) => [key, patch[key]])) };
  for (const key of changed) givenBy.set(key, from);
  for (const [widget, listener] of listeners) if (widget !== from) listener(answers, changed);
}

/**
 * A widget's part in the shared reader: it listens while connected, unless `independent()` says it stays out (then
 * it neither reads nor shares).
 */
export class SharedReader implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #independent: () => boolean;
  readonly #onShared: Listener;
  constructor(host: ReactiveControllerHost & HTMLElement, independent: () => boolean, onShared: Listener) {
    this.#host = host;
    this.#independent = independent;
    this.#onShared = onShared;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#independent()) listeners.set(this.#host, this.#onShared);
  }

  hostDisconnected(): void {
    listeners.delete(this.#host);
    // The answers last as long as a widget that uses them is on the page: when the last one leaves (a single-page
    // app moving on, a post closed), they are forgotten. A widget moved in the DOM reconnects in the same task.
    if (listeners.size === 0) queueMicrotask(() => listeners.size === 0 && forgetSharedAnswers());
  }

  hostUpdate(): void {
    // `independent` may be set or removed after connecting.
    if (!this.#host.isConnected) return;
    if (this.#independent()) listeners.delete(this.#host);
    else if (!listeners.has(this.#host)) listeners.set(this.#host, this.#onShared);
  }

  /** What the other widgets have shared so far; nothing for an independent widget. */
  get answers(): Readonly<SharedAnswers> {
    if (this.#independent()) return {};
    return Object.fromEntries(
      Object.entries(answers).filter(([key]) => givenBy.get(key as keyof SharedAnswers) !== this.#host),
    ) as SharedAnswers;
  }

  /** Shares the reader's own answers (never a site's presets: those are the site's, for its own widget). */
  share(patch: SharedAnswers): void {
    if (!this.#independent()) shareAnswers(this.#host, patch);
  }
}
