// <mg-sources>: the citation list for a set of source ids; every widget shows one in its "Kilder" section.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MgElement } from '../base/mg-element.js';
import { lazyPart, partFailedText } from '../base/lazy.js';
import { tokens } from '../base/tokens.styles.js';
import { sourcesStyles } from './sources.styles.js';
import { sourceIdsInput, sourcesInputs } from '../../src/checks/sources-inputs.js';

/** The list and the bibliography behind it: loaded when the list is first shown. */
const list = lazyPart(() => import('./sources-list.js'));

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
  private expanded = false;

  private get shownIds(): readonly string[] {
    return this.input(sourceIdsInput);
  }

  /** A click on "Kilder" (mouse, Enter, Space) asks for the list at once; `toggle` covers other ways of opening. */
  private expand(event: Event): void {
    if (this.expanded || (event.type === 'toggle' && !(event.target as HTMLDetailsElement).open)) return;
    this.expanded = true;
    this.requestUpdate();
  }

  private renderItems(): TemplateResult | TemplateResult[] | typeof nothing {
    if (!(this.expanded || this.open) || this.shownIds.length === 0) return nothing;
    const module = this.lazy(list);
    if (module) return module.renderSourceItems(this.shownIds);
    return list.failed ? html`<li class="failed">${partFailedText()}</li>` : nothing;
  }

  protected override render(): TemplateResult {
    const heading = msg(str`Kilder (${this.shownIds.length})`, { id: 'sources.heading' });
    return html`${this.renderInputProblems()}
      <details part="details" ?open=${this.open} @toggle=${this.expand}>
        <summary part="summary" @click=${this.expand}>${heading}</summary>
        <ol part="list">
          ${this.renderItems()}
        </ol>
      </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-sources': MgSources;
  }
}
