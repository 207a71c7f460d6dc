// The checklist's compact summary (issue 21 point 1): once a sign is ticked, the level and a way to the full advice
// stay at the bottom of the screen while the reader works through the list (the advice itself sits below ~25 signs).
// It steps aside when the advice is in view, and it never covers the control that has focus (WCAG 2.4.11): a
// focused control under it is scrolled up just above it.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

type Host = ReactiveControllerHost & HTMLElement;

/** The first opaque background behind `start` (through shadow hosts): the bar must hide the list scrolling under it. */
function backgroundBehind(start: Element): string {
  for (let node: Element | null = start; node;) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'Canvas';
}

export class SummaryBar implements ReactiveController {
  /** The full advice is at least partly on screen: the bar is not needed. */
  #resultInView = false;
  #observer: IntersectionObserver | undefined;
  #observed: Element | null = null;
  #background: string | null = null;

  readonly #host: Host;
  readonly #result: () => HTMLElement | null;

  constructor(host: Host, result: () => HTMLElement | null) {
    this.#host = host;
    this.#result = result;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#keepFocusVisible);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#keepFocusVisible);
    this.#observer?.disconnect();
    this.#observed = null;
  }

  hostUpdated(): void {
    // Set through the CSSOM, not a style attribute (strict CSP pages forbid inline style attributes).
    const bar = this.#bar();
    if (bar) bar.style.setProperty('--_mg-behind', (this.#background ??= backgroundBehind(this.#host)));
    const result = this.#result();
    if (!result || result === this.#observed || typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver((entries) => {
      const inView = entries.at(-1)!.isIntersecting;
      if (inView === this.#resultInView) return;
      this.#resultInView = inView;
      this.#host.requestUpdate();
    });
    this.#observer.disconnect();
    this.#observer.observe(result);
    this.#observed = result;
  }

  #bar(): HTMLElement | null {
    return this.#host.shadowRoot?.querySelector<HTMLElement>('.summary-bar') ?? null;
  }

  readonly #keepFocusVisible = (event: FocusEvent): void => {
    const bar = this.#bar();
    const target = event.composedPath()[0];
    if (!bar || bar.hidden || !(target instanceof Element) || bar.contains(target)) return;
    const covered = target.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    if (covered > 0) scrollBy({ top: covered + 8, behavior: 'instant' });
  };

  readonly #showAdvice = (): void => {
    const result = this.#result();
    result?.scrollIntoView({ block: 'start' });
    result?.querySelector<HTMLElement>('[role="heading"]')?.focus();
  };

  /**
   * The reader has ticked a sign here: the bar is for the reader working through the list, so a site's preset (and
   * the server-rendered page, which has only presets) shows none, and hydration meets the same DOM.
   */
  active = false;

  /** The bar: the level in words, and a button to the full advice; nothing before the reader's first tick. */
  render(ticked: boolean, level: string, title: string): TemplateResult | typeof nothing {
    if (!ticked || !this.active) return nothing;
    return html`<div class="summary-bar level-${level}" part="summary-bar" ?hidden=${this.#resultInView}>
      <p><strong>${title}</strong></p>
      <button type="button" class="to-advice" part="summary-button" @click=${this.#showAdvice}>
        ${msg('Se rådene', { id: 'symptoms.summary.show' })}
      </button>
    </div>`;
  }
}
