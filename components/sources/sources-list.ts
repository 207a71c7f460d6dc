// The citation list of <mg-sources>: a lazy chunk with the bibliography, loaded when a reader opens "Kilder"
// (or the site sets `open`). Only valid ids reach it (the element checks them against the id slice).
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sourceById } from '../../src/data/sources.js';
import type { Source } from '../../src/schema/sources.js';

function renderSource(source: Source): TemplateResult {
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

export const renderSourceItems = (ids: readonly string[]): TemplateResult[] =>
  ids.map((id) => renderSource(sourceById(id)));
