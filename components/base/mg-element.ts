// The base every widget extends: locale wiring, bad-input reporting, typed events, failure containment.
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization, getLocale, localeReady, type PartMessages } from '../localization.js';
import { lazyPart, partFailedText, type LazyPart } from './lazy.js';
import type { MgEvents } from './events.js';
import { messages as inputProblemMessages } from '../locales/parts/input-problems.js';
import { pageContacts } from './page-contacts.js';
import { describeAccepted, headingLevelInput, type InputSpec } from '../../src/checks/spec.js';
import type { Accepted } from '../../src/checks/result.js';

/** One attribute or property whose value was rejected. */
export interface InputProblem {
  /** The attribute name (kebab-case) or, for script-only input, the property name. */
  name: string;
  /** What is accepted: worded in the reader's language when the message renders. */
  accepted: Accepted;
}

const maxShownValueLength = 60;
/** How long a widget's first render waits for its locale's texts. */
const localeWaitMs = 3000;

/** A short, printable rendering of a rejected value for the console. */
function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > maxShownValueLength ? `${text.slice(0, maxShownValueLength)}…` : text;
}

let warnedServerDom = false;

/** The wording of rejected settings: a rare path (a mistake in the page's settings), so a lazy part. */
const inputProblemsPart = lazyPart(() => import('./input-problems.js'), inputProblemMessages);

/** Built outside the class so the manifest analyzer does not list a bogus event per element (each documents its own with @fires). */
const publicEvent = <Detail>(type: string, detail: Detail) =>
  new CustomEvent(type, { detail, bubbles: true, composed: true });

/** The detail type of event `K` in an event map. */
type DetailOf<Events, K extends keyof Events> = Events[K] extends CustomEvent<infer Detail> ? Detail : never;

type Listener<Target, E> = ((this: Target, event: E) => unknown) | { handleEvent(event: E): unknown };

/**
 * Typed `addEventListener`/`removeEventListener` for a widget's own events (interface merging is how TypeScript
 * adds overloads to a class): `checker.addEventListener('mg-result', (event) => event.detail.totalElementalMg)`.
 */
export interface MgElement<Events extends MgEvents<unknown, unknown> = MgEvents> {
  addEventListener<K extends keyof Events & string>(
    type: K,
    listener: Listener<this, Events[K]>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: Listener<this, HTMLElementEventMap[K]>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof Events & string>(
    type: K,
    listener: Listener<this, Events[K]>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: Listener<this, HTMLElementEventMap[K]>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class MgElement<Events extends MgEvents<unknown, unknown> = MgEvents> extends LitElement {
  /** The widget's own message chunks per locale (components/locales/parts/), loaded before its first render. */
  static messages: PartMessages | undefined;
  /** What a site can set (src/checks/<widget>-inputs.ts): checked generically before each update. */
  static inputs: readonly InputSpec[] = [];
  /** The checked value of each input by name (the default while an input is unset or rejected). */
  #checkedInputs = new Map<string, unknown>();
  /** Rejected inputs by name; rendered by `renderInputProblems()`. */
  #inputProblems = new Map<string, InputProblem>();
  /** The last value warned about per name, so one bad value gives one warning. */
  #warnedValues = new Map<string, string>();
  /** Lazy parts this element is waiting for; `updateComplete` resolves only once they have arrived and rendered. */
  #loadingParts = new Set<Promise<void>>();
  /** The first update has waited for the locale's texts (see scheduleUpdate). */
  #waitedForLocale = false;

  /**
   * What a server render of this widget depends on besides its attributes, written into its shadow root by
   * renderToString (components/ssr.ts) and compared by the hydrate support (components/hydrate-support.ts) before
   * the server's DOM is kept: the locale, and the page country's contacts for widgets that show them.
   */
  static renderStamp(): string {
    const contacts = this.showsContacts ? ` ${JSON.stringify({ ...pageContacts(), country: undefined })}` : '';
    return `mg-ssr ${getLocale()}${contacts}`;
  }

  /** Whether the widget shows the page country's emergency or same-day numbers (PageContactsController). */
  protected static showsContacts = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
  }

  /**
   * Checks the inputs whose property changed (all of them on the first update) against the element's specs;
   * subclasses call `super.willUpdate(changed)` first, then read the values with `input(spec)`.
   */
  protected override willUpdate(changed: PropertyValues): void {
    const specs = (this.constructor as typeof MgElement).inputs;
    const raw = (spec: InputSpec) => (this as unknown as Record<string, unknown>)[spec.property];
    for (const spec of specs) {
      if (changed.has(spec.property) || !this.#checkedInputs.has(spec.name)) {
        this.#checkedInputs.set(spec.name, this.checkInput(spec, raw(spec)));
      }
    }
    // Checks against other inputs, on each update (any of them may have changed), for values accepted alone.
    for (const spec of specs) {
      if (!spec.combined) continue;
      const checked = spec.check(raw(spec));
      if (!checked.ok) continue;
      if (spec.combined(checked.value, (other) => this.input(other))) {
        this.#checkedInputs.set(spec.name, checked.value);
        this.clearInvalid(spec.name);
      } else {
        this.#checkedInputs.set(spec.name, spec.check(null).value);
        this.reportInvalid(spec.name, raw(spec) ?? '', spec.combinedAccepted ?? spec.accepted);
      }
    }
  }

  /**
   * A heading at the site's `heading-level` (+ `offset`, at most 6): focusable from script only, so a widget can
   * move focus to a new step or result; `focus` marks the one it moves to. A `role="heading"` element, since the
   * level is known only at run time.
   */
  protected heading(text: string | TemplateResult, options: { offset?: number; focus?: boolean; id?: string } = {}) {
    return html`<span
      class="heading"
      part="heading"
      role="heading"
      id=${ifDefined(options.id)}
      aria-level=${Math.min(this.input(headingLevelInput) + (options.offset ?? 0), 6)}
      tabindex="-1"
      ?data-focus=${options.focus ?? false}
      >${text}</span
    >`;
  }

  /** The checked value of an input (its default while unset or rejected). */
  protected input<Value>(spec: InputSpec<Value>): Value {
    return (this.#checkedInputs.has(spec.name) ? this.#checkedInputs.get(spec.name) : spec.check(null).value) as Value;
  }

  /** Checks one raw value now (setters of structured inputs), reports or clears its problem, returns the value. */
  protected checkInput<Value>(spec: InputSpec<Value>, raw: unknown): Value {
    const result = spec.check(raw);
    if (result.ok) this.clearInvalid(spec.name);
    else this.reportInvalid(spec.name, 'rejected' in result ? result.rejected : raw, spec.accepted);
    return result.value;
  }

  /**
   * A shadow root that is already there was rendered on the server. dist/cdn/hydrate-support.js, loaded before the
   * widgets, lets the first update take it over (it adds `defer-hydration` to every LitElement's observed
   * attributes); without it the server's DOM is emptied here, never shown beside the new render.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (root && !(this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration')) {
      if (!warnedServerDom)
        console.warn(
          '[magnesium-widgets] load hydrate-support.js before the widget files to keep the server-rendered DOM.',
        );
      warnedServerDom = true;
      root.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /**
   * Records that `name` got a value it does not accept: one `console.warn` naming the attribute,
   * the value and what is accepted (in English, for developers), and a localised message in the
   * widget until the input is valid again. The caller keeps working with its default.
   */
  protected reportInvalid(name: string, value: unknown, accepted: Accepted): void {
    const shown = describeValue(value);
    if (this.#warnedValues.get(name) !== shown) {
      this.#warnedValues.set(name, shown);
      console.warn(
        `[magnesium-widgets] <${this.localName}> ${name}: ${shown} is not accepted; accepted: ${describeAccepted(accepted)}. The widget ignores it.`,
      );
    }
    this.#inputProblems.set(name, { name, accepted });
    this.requestUpdate();
  }

  /** Clears the problem recorded for `name` once it holds an accepted value again. */
  protected clearInvalid(name: string): void {
    this.#warnedValues.delete(name);
    if (this.#inputProblems.delete(name)) this.requestUpdate();
  }

  /**
   * The rejected inputs now in effect (for tests and subclasses).
   * @internal
   */
  get invalidInputs(): readonly InputProblem[] {
    return [...this.#inputProblems.values()];
  }

  /**
   * The in-widget message for rejected input: for the site's author, so it names the attribute. Its wording is a
   * lazy part; until it arrives (`updateComplete` waits for it) the place stays empty, and if it cannot be loaded
   * the widget says so there (the console warning has named the problem already).
   */
  protected renderInputProblems(): TemplateResult | typeof nothing {
    if (this.#inputProblems.size === 0) return nothing;
    const part = this.lazy(inputProblemsPart);
    if (part) return part.renderInputProblems([...this.#inputProblems.values()]);
    return inputProblemsPart.failed
      ? html`<div class="input-problems" part="input-problem"><p>${partFailedText()}</p></div>`
      : nothing;
  }

  /**
   * The module of a lazy part if it is loaded; otherwise starts loading it, re-renders when it arrives
   * and returns undefined (render a placeholder, or `partFailedText()` when `part.failed`).
   */
  protected lazy<Module>(part: LazyPart<Module>): Module | undefined {
    // Never on the server: the browser's first render has no lazy part yet, and hydration needs the same output.
    if (isServer) return undefined;
    if (part.module || part.failed) return part.module;
    const loading = part.load();
    if (!this.#loadingParts.has(loading)) {
      this.#loadingParts.add(loading);
      void loading.then(() => {
        this.#loadingParts.delete(loading);
        this.requestUpdate();
      });
    }
    return undefined;
  }

  /** Also waits for lazy parts asked for by a render, so `await el.updateComplete` sees the finished widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loadingParts.size > 0) {
      await Promise.all(this.#loadingParts);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Dispatches a public event that crosses the shadow boundary. */
  protected emit<K extends keyof Events & string>(type: K, detail: DetailOf<Events, K>): void {
    this.dispatchEvent(publicEvent(type, detail));
  }

  /**
   * The first render waits for the page's locale and the widget's messages in it, so a page in Swedish never
   * shows Danish first; at most `localeWaitMs`, so a stalled server never leaves the widget blank. Texts that
   * come later re-render it through the locale's ready event (the runtime's for a locale, localization.ts's
   * for a widget's own messages).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    // Its own flag, not hasUpdated: an update that failed leaves hasUpdated false, and must not wait again.
    const ready = this.#waitedForLocale ? undefined : localeReady((this.constructor as typeof MgElement).messages);
    this.#waitedForLocale = true;
    if (ready) await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, localeWaitMs))]);
    return super.scheduleUpdate();
  }

  /**
   * A widget must never throw into the host page: a failure anywhere in an update (willUpdate, render,
   * updated) is logged, not rethrown.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.error(`[magnesium-widgets] <${this.localName}> failed to update`, error);
    }
  }
}
