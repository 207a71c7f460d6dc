// What <mg-symptom-checklist> accepts from a site: preset ticks and the contacts that override the page country's.
import { isSymptomId, symptomIds } from '../data/symptoms.js';
import { headingLevelInput, idList, type InputSpec } from './spec.js';

const DIGITS_AND_SPACES = /^\d[\d ]*$/;
export const MAX_CONTACT_LENGTH = 80;

/** `selected`: symptom ids; the attribute is split into an array by the element, a script passes an array. */
export const selectedInput = idList('selected', 'selected', 'symptom', symptomIds, isSymptomId, { arrayOnly: true });

/** `emergency-number`: digits and spaces (`112`, `1 1 2`); spaces are tidied. `null`: the page country's number. */
export const emergencyNumberInput: InputSpec<string | null> = {
  name: 'emergency-number',
  property: 'emergencyNumber',
  accepted: { kind: 'digits', example: '112' },
  check(raw) {
    if (raw === null || raw === undefined) return { value: null, ok: true };
    const ok = typeof raw === 'string' && DIGITS_AND_SPACES.test(raw.trim());
    return ok ? { value: raw.trim().replace(/ +/g, ' '), ok } : { value: null, ok };
  },
};

/** `urgent-contact`: short plain text shown as text (`Lægevagten 1813`). `null`: the page country's contact. */
export const urgentContactInput: InputSpec<string | null> = {
  name: 'urgent-contact',
  property: 'urgentContact',
  accepted: { kind: 'text', maxLength: MAX_CONTACT_LENGTH },
  check(raw) {
    if (raw === null || raw === undefined) return { value: null, ok: true };
    const text = typeof raw === 'string' ? raw.trim().replace(/\s+/g, ' ') : '';
    const ok = text !== '' && text.length <= MAX_CONTACT_LENGTH && !/[<>]/.test(text);
    return ok ? { value: text, ok } : { value: null, ok };
  },
};

/** Checked on every update; `selected` is checked by its setter (the attribute arrives through it too). */
export const symptomChecklistInputs = [emergencyNumberInput, urgentContactInput, headingLevelInput] as const;
