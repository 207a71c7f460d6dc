// What a screen reader hears from a widget, kept apart from what it shows: the visible result has no live region of
// its own (so a re-render never re-reads 500 characters), and two hidden regions carry short, deliberate news.
// Polite news (a total, a new level) is announced once input has settled and never twice in a row; an urgent item
// (a warning that goes first) is announced assertively once, when it appears. What the widget shows when it first
// renders (a preset product page) is not news: the first call of each only records it.
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How long input must stay unchanged before its result is announced (a reader typing "150" hears one total). */
export const SETTLE_MS = 700;

export class Announcer implements ReactiveController {
  #polite = '';
  #assertive = '';
  #lastPolite: string | null = null;
  #shownUrgent: Set<string> | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Alternates a trailing no-break space, so the same words set again still change the region (and are read). */
  #flip = false;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Announces `text` politely once it has stayed the same for SETTLE_MS; the same text as the last announcement is
   * not repeated. An empty text announces nothing (and lets the next text be news again).
   */
  settle(text: string): void {
    if (this.#lastPolite === null) {
      this.#lastPolite = text;
      return;
    }
    clearTimeout(this.#timer);
    if (text === '') {
      this.#lastPolite = '';
      return;
    }
    if (text === this.#lastPolite) return;
    this.#timer = setTimeout(() => {
      this.#lastPolite = text;
      this.#polite = this.#fresh(text);
      this.#host.requestUpdate();
    }, SETTLE_MS);
  }

  /**
   * The urgent items now shown (id → words): those that were not shown on the previous call are announced
   * assertively, at once; an item that goes away and comes back is news again. Call it before render.
   */
  urgent(items: ReadonlyMap<string, string>): void {
    const before = this.#shownUrgent;
    this.#shownUrgent = new Set(items.keys());
    if (before === null) return;
    const fresh = [...items].filter(([id]) => !before.has(id)).map(([, words]) => words);
    if (fresh.length > 0) this.#assertive = this.#fresh(fresh.join(' '));
  }

  #fresh(text: string): string {
    this.#flip = !this.#flip;
    return this.#flip ? text : `${text}\u00a0`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** The two hidden live regions; render them in every state, so they exist before their text changes. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" part="announcer" role="status">${this.#polite}</div>
      <div class="visually-hidden" aria-live="assertive">${this.#assertive}</div>`;
  }
}
