// What an input accepts, in the reader's language: the words for `Accepted` data (src/checks), worded when the
// message renders, so a problem found before the page's texts arrived is still shown in the page's language.
import { msg, str } from '@lit/localize';
import type { Accepted } from '../../src/checks/result.js';

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

/** `shapeWords` words the structured inputs of one element (`products`, `reader`, `answers`) by `wordsId`. */
export function acceptedWords(accepted: Accepted, shapeWords: (wordsId: string) => string = (id) => id): string {
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
      return shapeWords(accepted.wordsId);
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
