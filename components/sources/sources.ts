// <mg-sources>: the citation list for a set of source ids; every widget shows one in its "Kilder" section.
import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { MgElement } from '../base/mg-element.js';
import { tokens } from '../base/tokens.styles.js';
import { sourcesStyles } from './sources.styles.js';
import { isSourceId, sourceById } from '../../src/data/sources.js';
import { parseIdList } from '../../src/checks/parse.js';
import type { Source } from '../../src/schema/sources.js';

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
 * @cssprop --mg-accent - Link colour.
 * @cssprop --mg-border-color - The rule above the list.
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

  /** Source ids (array); the `source-ids` attribute sets it from a space-separated list. */
  declare sourceIds: readonly string[];
  /** Whether the list starts expanded. */
  declare open: boolean;

  private shownSources: Source[] = [];

  constructor() {
    super();
    this.sourceIds = [];
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sourceIds')) {
      const { valid, invalid } = parseIdList(this.sourceIds, isSourceId);
      this.shownSources = valid.map(sourceById);
      if (invalid.length > 0) {
        this.reportInvalid(
          'source-ids',
          invalid.join(' '),
          'space-separated source ids from the dataset (data/sources.json)',
          msg('kilde-id’er fra datasættet, adskilt af mellemrum', { id: 'sources.accepted-ids' }),
        );
      } else {
        this.clearInvalid('source-ids');
      }
    }
  }

  private renderSource(source: Source) {
    return html`<li part="source">
      <cite>${source.title}</cite>.
      ${source.issuer}${source.year ? html`, ${source.year}` : nothing}.${
        source.identifier ? html` ${source.identifier}.` : nothing
      }${source.via ? html` ${msg(str`Gengivet efter ${source.via}.`, { id: 'sources.via' })}` : nothing}${
        source.url
          ? html` <a href=${source.url} target="_blank" rel="noopener noreferrer"
              >${msg('Åbn kilden', { id: 'sources.open' })}<span class="visually-hidden"
                >${msg(' (åbner i et nyt vindue)', { id: 'sources.new-window' })}</span
              ></a
            >`
          : nothing
      }
    </li>`;
  }

  protected override render() {
    return html`${this.renderInputProblems()}
      <details part="details" ?open=${this.open}>
        <summary part="summary">${msg(str`Kilder (${this.shownSources.length})`, { id: 'sources.heading' })}</summary>
        <ol part="list">
          ${this.shownSources.map((source) => this.renderSource(source))}
        </ol>
      </details>`;
  }
}
