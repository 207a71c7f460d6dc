// <mg-sources>: the citation list for a set of source ids; every widget shows one in its "Kilder" section.
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MgElement } from '../base/mg-element.js';
import { partFailedText } from '../base/lazy.js';
import { list } from './source-text.js';
import { tokens } from '../base/tokens.styles.js';
import { sourcesStyles } from './sources.styles.js';
import { sourceIdsInput, sourcesInputs } from '../../src/checks/sources-inputs.js';

const interactions = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * The citations behind a widget’s numbers, from the dataset’s bibliography.
 *
 * @tagname mg-sources
 *
 * @summary Lists sources (issuer, title, year, identifier, link) for the given source ids.
 *
 * @attr source-ids - Space-separated source ids from the dataset, e.g. `efsa-2015-magnesium nnr-2023`. Unknown ids are reported and left out.
 * @attr open - Shows the list expanded; without it the reader opens it ("Kilder (3)").
 *
 * @csspart details - The disclosure wrapping the list.
 * @csspart summary - The "Kilder (n)" toggle.
 * @csspart list - The ordered list of citations.
 * @csspart source - One citation.
 * @csspart input-problem - The message shown for rejected attribute values.
 *
 * @cssprop --mg-sources-font-size - Font size of the list (default 0.875em).
 * @cssprop --mg-accent - Focus ring (links use the text colour).
 * @cssprop --mg-border-color - The rule above the list.
 * @cssprop --mg-focus-color - Focus outline (default: the accent).
 * @cssprop --mg-warning - Border of the message for rejected attribute values.
 * @cssprop --mg-radius - Corner radius of that message.
 * @cssprop --mg-gap - Space below that message.
 */
export class MgSources extends MgElement {
  static override properties = {
    sourceIds: {
      attribute: 'source-ids',
      converter: { fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean) },
    },
    open: { type: Boolean },
  };
  static override styles = [tokens, sourcesStyles];
  static override inputs = sourcesInputs;

  /** Source ids (array); the `source-ids` attribute sets it from a space-separated list. */
  sourceIds: readonly string[] = [];
  /** Whether the list starts expanded. */
  open = false;

  /** The reader has opened the list (or `open` was set): from then on it is rendered. */
  #expanded = false;
  /** The page is being printed: the list shows, expanded. */
  #printing = false;
  /** The reader has the list open. */
  #readerOpen = false;
  #widget: Element | undefined;

  readonly #preload = (): void => {
    this.#stopPreloading();
    void list.load();
  };

  readonly #beforePrint = (): void => {
    this.#printing = true;
    this.requestUpdate();
  };

  readonly #afterPrint = (): void => {
    this.#printing = false;
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    addEventListener('beforeprint', this.#beforePrint);
    addEventListener('afterprint', this.#afterPrint);
    if (list.module) return;
    // The widget around the list (or the page for a list on its own).
    const root = this.getRootNode();
    this.#widget = root instanceof ShadowRoot ? root.host : this;
    for (const type of interactions) this.#widget.addEventListener(type, this.#preload, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#beforePrint);
    removeEventListener('afterprint', this.#afterPrint);
    this.#stopPreloading();
  }

  #stopPreloading(): void {
    for (const type of interactions) this.#widget?.removeEventListener(type, this.#preload);
    this.#widget = undefined;
  }

  get #shownIds(): readonly string[] {
    return this.input(sourceIdsInput);
  }

  /** A click on "Kilder" (mouse, Enter, Space) asks for the list at once; `toggle` covers other ways of opening. */
  #expand(event: Event): void {
    // Kept in step with the reader's toggling, so the end of a printout restores what the reader had open.
    // (Not while printing: that opening is the printout's, not the reader's.)
    const open = (event.target as HTMLDetailsElement).open;
    if (event.type === 'toggle' && !this.#printing) this.#readerOpen = open;
    if (this.#expanded || (event.type === 'toggle' && !open)) return;
    this.#expanded = true;
    this.requestUpdate();
  }

  #renderItems(): TemplateResult | TemplateResult[] | typeof nothing {
    if (!(this.#expanded || this.open || this.#printing) || this.#shownIds.length === 0) return nothing;
    const module = this.lazy(list);
    if (module) return module.renderSourceItems(this.#shownIds);
    return list.failed ? html`<li class="failed">${partFailedText()}</li>` : nothing;
  }

  protected override render(): TemplateResult {
    const heading = msg(str`Kilder (${this.#shownIds.length})`, { id: 'sources.heading' });
    return html`${this.renderInputProblems()}
      <details part="details" ?open=${this.open || this.#printing || this.#readerOpen} @toggle=${this.#expand}>
        <summary part="summary" @click=${this.#expand}>${heading}</summary>
        <ol part="list">
          ${this.#renderItems()}
        </ol>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-sources': MgSources;
  }
}
