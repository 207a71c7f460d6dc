// The text a reader copies from any widget: what it is, the date, the reader's own answers, the result, the sources
// and the disclaimer, in that order and the same layout in every widget (a doctor or pharmacist reads them alike).
import { msg, str } from '@lit/localize';
import { disclaimer } from './messages.js';
import { formatDate } from './format.js';
import { sourceTextLines } from '../sources/source-text.js';

export interface CopyDocument {
  /** What the text is ("Mit magnesium fra tilskud"). */
  title: string;
  /**
   * The reader's answers as label and answer, in the order asked (only what they answered or a site preset), or as
   * single lines (the signs they ticked).
   */
  answers: readonly (string | readonly [label: string, answer: string])[];
  /** The heading over the answers (default "Dine svar:"). */
  answersTitle?: string;
  /** The result, one line each; lines of a list start with "- ". */
  result: readonly string[];
  /** The sources the widget cites for this result. */
  sourceIds: readonly string[];
}

/** The copied text, built synchronously (clipboard access must follow the click at once in WebKit). */
export function copyText(document: CopyDocument, date = new Date()): string {
  const { title, answers, result, sourceIds } = document;
  const sources = sourceTextLines(sourceIds);
  return [
    title,
    msg(str`Dato: ${formatDate(date)}`, { id: 'common.copy.date' }),
    ...(answers.length > 0
      ? [
          '',
          document.answersTitle ?? msg('Dine svar:', { id: 'common.copy.answers' }),
          ...answers.map((answer) => (typeof answer === 'string' ? `- ${answer}` : `- ${answer[0]}: ${answer[1]}`)),
        ]
      : []),
    '',
    msg('Resultat:', { id: 'common.copy.result' }),
    ...result,
    ...(sourceIds.length > 0
      ? ['', msg('Kilder:', { id: 'common.copy.sources' }), ...sources.map((line) => `- ${line}`)]
      : []),
    '',
    disclaimer(),
  ].join('\n');
}
