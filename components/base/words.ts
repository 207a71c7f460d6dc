// Words shared across widgets (STYLE.md 10): one concept, one message id, one wording. Functions, so they follow the
// locale. Split by who uses them, because scripts/locales.mjs gives a widget's message chunk the messages of the
// modules it imports: the emergency number (here), the reader's answers (reader-words.ts: the widgets that ask about
// the reader), intake words (dose-words.ts: dose table and dose checker); whom to contact the same day is the
// symptom checklist's alone (symptom-checklist.words.ts).
import { msg, str } from '@lit/localize';
import type { Contacts } from '../../src/contacts.js';

/** The emergency number as readers should dial it: "112", "999 eller 112" (United Kingdom), "144 eller 112". */
export function emergencyNumberWords(
  contacts: Pick<Contacts, 'emergencyNumber' | 'alternativeEmergencyNumber'>,
): string {
  const { emergencyNumber, alternativeEmergencyNumber } = contacts;
  return alternativeEmergencyNumber === null
    ? emergencyNumber
    : msg(str`${emergencyNumber} eller ${alternativeEmergencyNumber}`, { id: 'words.emergency-number-or' });
}

/** Keeps number ranges ("11–17") on one line: word joiners around the dash. */
export const keepRanges = (text: string): string => text.replace(/(\d)–(\d)/g, '$1\u2060–\u2060$2');
