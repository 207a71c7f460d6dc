// The citation list of <mg-sources>: a lazy chunk with the bibliography, loaded when a reader opens "Kilder"
// (or the site sets `open`). Only valid ids reach it (the element checks them against the id slice).
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sourceById } from '../../src/data/sources.js';
import type { Source } from '../../src/schema/sources.js';

/**
 * Our own descriptions of sources whose exact title we could not read (`descriptiveTitle` in data/sources.json):
 * they are descriptions, not names, so they are said in the reader's language. Real titles stay as published.
 */
const descriptions: Readonly<Partial<Record<string, () => string>>> = {
  'scf-2001-magnesium': () =>
    msg('Øvre tolerabelt indtag af magnesium (EU’s Videnskabelige Komité for Levnedsmidler)', {
      id: 'sources.title.scf-2001-magnesium',
    }),
  'bfr-2017-magnesium': () =>
    msg('Magnesium i kosttilskud: højeste daglige mængde (Tyskland)', { id: 'sources.title.bfr-2017-magnesium' }),
  'efsa-2023-vitamin-d-ul': () =>
    msg('Øvre tolerabelt indtag af D-vitamin', { id: 'sources.title.efsa-2023-vitamin-d-ul' }),
  'emc-smpc-magnesium': () =>
    msg('Produktresumé for et magnesiumpræparat (emc, produkt 2678)', { id: 'sources.title.emc-smpc-magnesium' }),
  'us-label-moxifloxacin': () =>
    msg('Amerikansk produktinformation for moxifloxacin', { id: 'sources.title.us-label-moxifloxacin' }),
  'smpc-tivicay': () => msg('Produktresumé for Tivicay (dolutegravir)', { id: 'sources.title.smpc-tivicay' }),
  'smpc-revolade': () => msg('Produktresumé for Revolade (eltrombopag)', { id: 'sources.title.smpc-revolade' }),
  'nhs-sudden-confusion': () => msg('Pludselig forvirring (delirium)', { id: 'sources.title.nhs-sudden-confusion' }),
};

const titleOf = (source: Source): string =>
  source.descriptiveTitle ? (descriptions[source.id]?.() ?? source.title) : source.title;

/** A source as one line of plain text, for copied results: "Title. Issuer, year. Identifier. https://…". */
export const sourceTexts = (ids: readonly string[]): string[] =>
  ids.map((id) => {
    const source = sourceById(id);
    return [
      titleOf(source),
      source.year ? `${source.issuer}, ${source.year}` : source.issuer,
      source.identifier,
      source.url,
    ]
      .filter(Boolean)
      .join('. ');
  });

function renderSource(source: Source): TemplateResult {
  const title = titleOf(source);
  return html`<li part="source">
    <cite>${title}</cite>.
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
