// The base every widget extends: locale wiring, bad-input reporting, typed events, failure containment.
import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization, getLocale, localeReady, type PartMessages } from '../localization.js';
import type { LazyPart } from './lazy.js';
import type { MgEvents } from './events.js';

/** One attribute or property whose value was rejected. */
export interface InputProblem {
  /** The attribute name (kebab-case) or, for script-only input, the property name. */
  name: string;
  /** What is accepted, in the reader's language (shown in the widget). */
  accepted: string;
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
  /** Rejected inputs by name; rendered by `renderInputProblems()`. */
  private inputProblems = new Map<string, InputProblem>();
  /** The last value warned about per name, so one bad value gives one warning. */
  private warnedValues = new Map<string, string>();
  /** Lazy parts this element is waiting for; `updateComplete` resolves only once they have arrived and rendered. */
  private loadingParts = new Set<Promise<void>>();
  /** The first update has waited for the locale's texts (see scheduleUpdate). */
  private waitedForLocale = false;

  /**
   * What a server render of this widget depends on besides its attributes, written into its shadow root by
   * renderToString (components/ssr.ts) and compared by the hydrate support (components/hydrate-support.ts) before
   * the server's DOM is kept: the locale. A widget whose content also follows the page's country adds it.
   */
  static renderStamp(): string {
    return `mg-ssr ${getLocale()}`;
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    ensureLocalization();
    super.connectedCallback();
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
  protected reportInvalid(
    name: string,
    value: unknown,
    acceptedForDevelopers: string,
    acceptedForReaders: string,
  ): void {
    const shown = describeValue(value);
    if (this.warnedValues.get(name) !== shown) {
      this.warnedValues.set(name, shown);
      console.warn(
        `[magnesium-widgets] <${this.localName}> ${name}: ${shown} is not accepted; accepted: ${acceptedForDevelopers}. The widget ignores it.`,
      );
    }
    this.inputProblems.set(name, { name, accepted: acceptedForReaders });
    this.requestUpdate();
  }

  /** Clears the problem recorded for `name` once it holds an accepted value again. */
  protected clearInvalid(name: string): void {
    this.warnedValues.delete(name);
    if (this.inputProblems.delete(name)) this.requestUpdate();
  }

  /**
   * The rejected inputs now in effect (for tests and subclasses).
   * @internal
   */
  get invalidInputs(): readonly InputProblem[] {
    return [...this.inputProblems.values()];
  }

  /** The in-widget message for rejected input: for the site's author, so it names the attribute. */
  protected renderInputProblems(): TemplateResult | typeof nothing {
    if (this.inputProblems.size === 0) return nothing;
    return html`<div class="input-problems" part="input-problem">
      ${[...this.inputProblems.values()].map(
        (problem) =>
          html`<p>
            ${msg(
              str`Indstillingen "${problem.name}" har en ugyldig værdi og bruges ikke. Gyldige værdier: ${problem.accepted}.`,
              {
                id: 'common.invalid-input',
              },
            )}
          </p>`,
      )}
    </div>`;
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
    if (!this.loadingParts.has(loading)) {
      this.loadingParts.add(loading);
      void loading.then(() => {
        this.loadingParts.delete(loading);
        this.requestUpdate();
      });
    }
    return undefined;
  }

  /** Also waits for lazy parts asked for by a render, so `await el.updateComplete` sees the finished widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loadingParts.size > 0) {
      await Promise.all(this.loadingParts);
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
    const ready = this.waitedForLocale ? undefined : localeReady((this.constructor as typeof MgElement).messages);
    this.waitedForLocale = true;
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
