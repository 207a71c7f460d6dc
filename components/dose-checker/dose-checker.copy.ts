// The checker's result as plain text: the reader's answers in words (the one-line "Om dig" summary), the text the
// reader takes to the pharmacy (answers, products, result, warnings, sources and date; components/base/copy-text.ts
// lays it out), and what a screen reader is told.
import { msg } from '@lit/localize';
import { ageGroupWords, answerWords, lifeStageWords, sexWords } from '../base/reader-words.js';
import { tooMuchLines } from '../base/dose-words.js';
import {
  interactionGeneralNoteId,
  warningUrgency,
  type DoseReader,
  type DoseReport,
} from '../../src/rules/dose-checker.js';
import { copyText } from '../base/copy-text.js';
import {
  guidanceText,
  importantMarker,
  interactionNotes,
  interactionText,
  labelText,
  medicineLabels,
  noteText,
  percentOfLimitText,
  totalText,
  verdictText,
  warningText,
} from './dose-checker.words.js';

type ReaderKey = keyof DoseReader;

/** The reader's answers, keyed, in the order asked; sex, pregnancy and kidneys only once answered. */
function answerEntries(reader: DoseReader, kidneyAnswered: boolean): [ReaderKey, string, string][] {
  const entries: [ReaderKey, string, string][] = [
    ['ageGroup', msg('Alder', { id: 'checker.reader.age' }), ageGroupWords[reader.ageGroup]()],
  ];
  if (reader.sex !== null) entries.push(['sex', msg('Køn', { id: 'checker.reader.sex' }), sexWords[reader.sex]()]);
  if (reader.lifeStage !== 'none') {
    const label = msg('Gravid eller ammer', { id: 'checker.reader.life-stage' });
    entries.push(['lifeStage', label, lifeStageWords[reader.lifeStage]()]);
  }
  if (kidneyAnswered) {
    const label = msg('Nyresygdom', { id: 'checker.reader.kidney-short' });
    entries.push(['kidneyDisease', label, answerWords[reader.kidneyDisease]()]);
  }
  entries.push([
    'medicines',
    msg('Medicin', { id: 'checker.reader.medicine-short' }),
    reader.medicines.length > 0
      ? reader.medicines.map((id) => medicineLabels[id]?.() ?? id).join(', ')
      : msg('ingen af dem på listen', { id: 'checker.reader.no-medicines' }),
  ]);
  return entries;
}

/** The reader's answers as label and answer, in the order asked; the kidney question only once answered. */
export function readerAnswers(reader: DoseReader, kidneyAnswered: boolean): [string, string][] {
  return answerEntries(reader, kidneyAnswered).map(([, label, answer]) => [label, answer]);
}

/** "Om dig" folded: one line naming every answer, the kidney and medicine answers included; those given in another
 * widget on the page are marked (they can be changed here). */
export function readerSummary(
  reader: DoseReader,
  kidneyAnswered: boolean,
  fromElsewhere: ReadonlySet<string> = new Set(),
): string {
  const elsewhere = msg('svaret andetsteds på siden', { id: 'checker.reader.from-elsewhere' });
  const parts = answerEntries(reader, kidneyAnswered).map(([key, label, answer], index) => {
    const text = index === 0 ? answer : `${label}: ${answer}`;
    return fromElsewhere.has(key) ? `${text} (${elsewhere})` : text;
  });
  if (!kidneyAnswered)
    parts.splice(parts.length - 1, 0, msg('Nyresygdom: ikke besvaret', { id: 'checker.reader.kidney-unanswered' }));
  return parts.join(' · ');
}

export interface CopyInput {
  reader: DoseReader;
  kidneyAnswered: boolean;
  /** The report of the complete products, null before one is complete. */
  report: DoseReport | null;
  /** The reader's warnings, shown before a product is entered too. */
  shown: DoseReport;
  productLines: string[];
  emergency: string;
}

/** The text for the pharmacy, built at the click (clipboard access must follow it at once in WebKit). */
export function summaryText({ reader, kidneyAnswered, report, shown, productLines, emergency }: CopyInput): string {
  const result: string[] = [];
  if (report) {
    result.push(...productLines.map((line) => `- ${line}`));
    result.push(`${totalText(report)}. ${verdictText(report)}`);
    if (report.percentOfUpperLimit !== null) result.push(percentOfLimitText(report));
    result.push(labelText(report));
    if (report.notes.includes('prescribed-magnesium')) result.push(noteText('prescribed-magnesium'));
  }
  for (const warning of shown.warnings) result.push(warningText(warning, shown, reader.kidneyDisease));
  for (const item of shown.interactions)
    result.push(`- ${medicineLabels[item.medicine]?.() ?? item.medicine}: ${interactionText(item)}`);
  for (const item of shown.guidance) result.push(guidanceText(item));
  if (report?.notes.includes('too-much-magnesium')) {
    const tooMuch = tooMuchLines(emergency);
    result.push(tooMuch.title, ...tooMuch.lines.map((line) => `- ${line}`));
  }
  result.push(interactionNotes[interactionGeneralNoteId()]?.() ?? '');
  return copyText({
    title: msg('Mit magnesium fra tilskud', { id: 'checker.copy.title' }),
    answers: readerAnswers(reader, kidneyAnswered),
    result: result.filter(Boolean),
    sourceIds: shown.sourceIds,
  });
}

/** What a screen reader is told (components/base/announcer.ts): urgent warnings by id, and the settled total. */
export function announcements(
  report: DoseReport | null,
  shown: DoseReport,
  kidney: DoseReader['kidneyDisease'],
): { urgent: Map<string, string>; settled: string } {
  const urgent = shown.warnings.filter((id) => warningUrgency[id] === 'urgent');
  return {
    urgent: new Map(urgent.map((id) => [id, `${importantMarker()} ${warningText(id, shown, kidney)}`])),
    settled: report ? `${totalText(report)} ${verdictText(report)}` : '',
  };
}
