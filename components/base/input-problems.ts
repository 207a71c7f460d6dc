// The in-widget message for a rejected setting, and what an input accepts in the reader's language (the words for
// `Accepted` data, src/checks), worded when the message renders, so a problem found before the page's texts arrived
// is still shown in the page's language. A lazy part of the element base (registry.json): only a page with a
// mistake in a widget's settings downloads it and its messages; the console warning is given at once (MgElement).
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Accepted } from '../../src/checks/result.js';
import type { InputProblem } from './mg-element.js';

const idsWords = {
  symptom: () => msg('symptom-id’er fra datasættet, adskilt af mellemrum', { id: 'common.accepted.symptom-ids' }),
  medicine: () =>
    msg('medicin-id’er fra datasættet, adskilt af mellemrum, fx levothyroxine iron', {
      id: 'common.accepted.medicine-ids',
    }),
  source: () => msg('kilde-id’er fra datasættet, adskilt af mellemrum', { id: 'common.accepted.source-ids' }),
} satisfies Record<Extract<Accepted, { kind: 'ids' }>['of'], () => string>;

function numberWords(accepted: Extract<Accepted, { kind: 'number' }>): string {
  const { min = 0, max = 0, step, integer } = accepted;
  if (integer) {
    return msg(str`et helt tal fra ${min} til ${max}`, { id: 'common.accepted.whole' });
  }
  // Attribute values are written as in code, whatever the page's language: "." as the decimal mark, no
  // thousands separator ("5000", never "5.000", which an attribute reads as 5).
  if (step !== undefined) {
    return msg(str`et tal fra ${step} til ${max} i trin på ${step}, med punktum som decimaltegn`, {
      id: 'common.accepted.steps',
    });
  }
  return msg(str`et tal over ${min} og højst ${max}, med punktum som decimaltegn (fx 62.5)`, {
    id: 'common.accepted.decimal',
  });
}

/** The structured inputs (`{ kind: 'shape', wordsId }`: set from a script) in the reader's words. */
const shapeWords: Readonly<Record<string, () => string>> = {
  products: () =>
    msg('en liste af produkter med mg pr. enhed, grundlag, saltform og antal om dagen og pr. pakning', {
      id: 'checker.accepted-products',
    }),
  reader: () =>
    msg('alder, køn, graviditet, nyresygdom og medicin med gyldige værdier', { id: 'checker.accepted-reader' }),
  answers: () =>
    msg('et objekt med spørgsmålenes id’er som nøgler og svarene som værdier', { id: 'quiz.accepted-answers' }),
};

function acceptedWords(accepted: Accepted): string {
  switch (accepted.kind) {
    case 'one-of':
      return accepted.values.join(', ');
    case 'life-stage':
      return msg('pregnant, lactating eller none (pregnant og lactating kun fra 11 år og ikke med sex="male")', {
        id: 'common.accepted.life-stage',
      });
    case 'ids':
      return idsWords[accepted.of]();
    case 'number':
      return numberWords(accepted);
    case 'digits':
      return msg(str`kun cifre og mellemrum, fx ${accepted.example}`, { id: 'common.accepted.digits' });
    case 'text':
      return msg(str`kort tekst på højst ${accepted.maxLength} tegn uden < og >`, { id: 'common.accepted.text' });
    case 'any-text':
      return msg('tekst', { id: 'common.accepted.any-text' });
    case 'boolean':
      return msg('true eller false (attributten er enten sat eller ej)', { id: 'common.accepted.boolean' });
    case 'link':
      return msg('en relativ adresse eller et link, der begynder med http:// eller https://', {
        id: 'common.accepted.link',
      });
    case 'shape':
      return shapeWords[accepted.wordsId]?.() ?? accepted.wordsId;
    case 'required-when':
      return msg(str`skal med, når ${accepted.field} er ${accepted.value}`, { id: 'common.accepted.required-when' });
    case 'string':
    case 'object':
    case 'array':
    case 'absent':
      // Field-level kinds of a structured input: its own `shape` words cover them.
      return '';
  }
}

/** The message for the site's author: names each rejected setting and what it accepts. */
export function renderInputProblems(problems: readonly InputProblem[]): TemplateResult {
  return html`<div class="input-problems" part="input-problem">
    ${problems.map(
      (problem) =>
        html`<p>
          ${msg(
            str`Indstillingen »${problem.name}« har en ugyldig værdi og bruges ikke. Gyldige værdier: ${acceptedWords(problem.accepted)}.`,
            { id: 'common.invalid-input' },
          )}
        </p>`,
    )}
  </div>`;
}
