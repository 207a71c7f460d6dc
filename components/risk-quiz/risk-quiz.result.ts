// The explained part of the risk-quiz result (each risk group with why it matters, its evidence and sources): a
// lazy chunk, fetched while the reader answers the questions. The heading, the one-sentence result, the
// kidney-disease warning, the next steps (see your doctor, ask the pharmacy about medicines) and the citation
// list stay in the element, so they never wait for this chunk.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { factorNames } from './risk-quiz.words.js';
import { sourceById } from '../../src/data/sources.js';
import { riskFactorEvidence, type Evidence, type RiskReport } from '../../src/rules/risk-quiz.js';

/** What the element lends the result: its headings (at the site's level). */
export interface ResultView {
  heading(text: string, offset: number): TemplateResult;
}

export function renderResultDetails(report: RiskReport, view: ResultView): TemplateResult {
  return html`${
    report.factors.length > 0
      ? html`${view.heading(msg('Dine risikogrupper', { id: 'quiz.factors-heading' }), 1)}
          <ul class="factors">
            ${report.factors.map((id) => renderFactor(id))}
          </ul>`
      : nothing
  }
  ${
    report.uncertain.length > 0
      ? html`${view.heading(msg('Det er du i tvivl om', { id: 'quiz.uncertain-heading' }), 1)}
          <p>
            ${msg('Du svarede »Ved ikke« her. Det tæller ikke med i resultatet, så spørg din læge eller på apoteket:', {
              id: 'quiz.uncertain-intro',
            })}
          </p>
          <ul class="factors uncertain">
            ${report.uncertain.map((id) => renderFactor(id))}
          </ul>`
      : nothing
  }`;
}

function renderFactor(id: string): TemplateResult {
  const { evidence, sourceIds } = riskFactorEvidence(id);
  const cited = sourceIds
    .map((sourceId) => {
      const source = sourceById(sourceId);
      return source.year ? `${source.issuer} (${source.year})` : source.issuer;
    })
    .join('; ');
  return html`<li class="factor ${evidence}" part="factor">
    <strong>${factorNames[id]?.() ?? id}</strong>
    <span class="evidence">${evidenceLabel(evidence)}</span>
    <p>${factorWhy(id)}</p>
    <p class="cited">
      ${
        sourceIds.length === 1
          ? msg(str`Kilde: ${cited}`, { id: 'quiz.factor-source' })
          : msg(str`Kilder: ${cited}`, { id: 'quiz.factor-sources' })
      }
    </p>
  </li>`;
}

// ---- Words: why-lines and evidence wording (the factor names are in risk-quiz.words.ts: the summary uses them) ----

/** One line on why a risk group matters; for pregnancy, sport and stress it says kindly that the claim is overstated. */
function factorWhy(id: string): string {
  switch (id) {
    case 'alcohol':
      return msg('Alkohol får nyrerne til at udskille mere magnesium, og kosten bliver ofte mere ensidig.', {
        id: 'quiz.why.alcohol',
      });
    case 'malabsorption':
      return msg('Når tarmen optager næring dårligt, optager den også mindre magnesium.', {
        id: 'quiz.why.malabsorption',
      });
    case 'chronic-diarrhoea':
      return msg('Kroppen mister magnesium med væsken fra tarmen og maven.', { id: 'quiz.why.chronic-diarrhoea' });
    case 'laxatives':
      return msg('Brugt i lang tid får afføringsmidler kroppen til at miste magnesium og andre salte gennem tarmen.', {
        id: 'quiz.why.laxatives',
      });
    case 'ppi':
      return msg(
        'Brugt i lang tid kan syrehæmmende medicin nedsætte optagelsen af magnesium. Lægemiddelmyndighederne advarer om det.',
        {
          id: 'quiz.why.ppi',
        },
      );
    case 'diuretics':
      return msg(
        'Stærkt vanddrivende medicin (slyngediuretika) og thiazider får nyrerne til at udskille mere magnesium.',
        {
          id: 'quiz.why.diuretics',
        },
      );
    case 'magnesium-lowering-medicines':
      return msg('Indlægssedlen eller produktresuméet for disse lægemidler advarer om lavt magnesium.', {
        id: 'quiz.why.magnesium-lowering-medicines',
      });
    case 'type-2-diabetes':
      return msg('Især når blodsukkeret er højt, udskiller nyrerne mere magnesium.', {
        id: 'quiz.why.type-2-diabetes',
      });
    case 'older-age':
      return msg('Med alderen optager tarmen mindre magnesium, og nyrerne holder dårligere på det.', {
        id: 'quiz.why.older-age',
      });
    case 'low-intake-diet':
      return msg('Fuldkorn, nødder, kerner, bælgfrugter og grønt er de vigtigste kilder til magnesium.', {
        id: 'quiz.why.low-intake-diet',
      });
    case 'pregnancy':
      return msg(
        'Graviditet nævnes tit som en risiko, men EFSA finder ikke, at behovet for magnesium stiger. Den almindelige anbefaling gælder også dig.',
        { id: 'quiz.why.pregnancy' },
      );
    case 'athlete':
      return msg(
        'Sport og sved nævnes tit, men der er kun svag dokumentation for, at aktive mangler magnesium. En varieret kost dækker som regel behovet.',
        { id: 'quiz.why.athlete' },
      );
    case 'stress':
      return msg('Stress og magnesium nævnes tit sammen, men sammenhængen bygger mest på teorier og små studier.', {
        id: 'quiz.why.stress',
      });
    default:
      return '';
  }
}

/** Evidence strength in words (never colour alone). */
function evidenceLabel(evidence: Evidence): string {
  switch (evidence) {
    case 'strong':
      return msg('Stærk dokumentation', { id: 'quiz.evidence.strong' });
    case 'moderate':
      return msg('Nogen dokumentation', { id: 'quiz.evidence.moderate' });
    case 'weak':
      return msg('Svag dokumentation', { id: 'quiz.evidence.weak' });
  }
}
