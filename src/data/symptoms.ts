// Symptom accessors (data/symptoms.json): ids, body systems, triage rules.
import symptomsJson from '../../data/symptoms.json' with { type: 'json' };
import type { BodySystem, Symptom, SymptomNote, SymptomsFile, TriageLevel, TriageRule } from '../schema/symptoms.js';
import { UnknownIdError } from './errors.js';

const file = symptomsJson as SymptomsFile;
const byId = new Map(file.symptoms.map((symptom) => [symptom.id, symptom]));

export function symptomIds(): string[] {
  return file.symptoms.map((symptom) => symptom.id);
}

export function isSymptomId(value: unknown): value is string {
  return typeof value === 'string' && byId.has(value);
}

export function symptom(id: string): Symptom {
  const found = byId.get(id);
  if (!found) throw new UnknownIdError('symptom', id);
  return found;
}

/** The body system of a documented sign; `undefined` for a sign that is not documented. */
export function symptomSystem(id: string): string | undefined {
  return symptom(id).system;
}

/** Whether clinical guidance documents the sign (only documented signs count toward a triage level). */
export function isDocumentedSymptom(id: string): boolean {
  return symptom(id).documented;
}

/** Signs often mentioned but not documented as signs of deficiency, in dataset order (their own group). */
export function undocumentedSymptomIds(): string[] {
  return file.symptoms.filter((item) => !item.documented).map((item) => item.id);
}

export function bodySystemIds(): string[] {
  return file.bodySystems.map((system) => system.id);
}

export function bodySystem(id: string): BodySystem {
  const found = file.bodySystems.find((system) => system.id === id);
  if (!found) throw new UnknownIdError('body-system', id);
  return found;
}

/** The symptoms of one body system, in dataset order. */
export function symptomsInSystem(systemId: string): string[] {
  bodySystem(systemId);
  return file.symptoms.filter((item) => item.system === systemId).map((item) => item.id);
}

/** Guidance notes that go with ticked signs (e.g. `night-cramps-magnesium-rarely-helps` with muscle cramps). */
export function symptomNotes(): SymptomNote[] {
  return [...file.notes];
}

/** One guidance note by id; an unknown id is a programming error (the dataset is validated at build time). */
export function symptomNote(id: string): SymptomNote {
  const note = file.notes.find((item) => item.id === id);
  if (!note) throw new RangeError(`[magnesium-widgets] data/symptoms.json has no note ${id}`);
  return note;
}

/** Triage levels in ascending severity: none, self-care, doctor, urgent, emergency. */
export function triageLevels(): TriageLevel[] {
  return [...file.triage.levels];
}

export function triageRules(): TriageRule[] {
  return [...file.triage.rules];
}

/** Levels whose triggering symptoms are red flags (urgent, emergency). */
export function redFlagLevels(): TriageLevel[] {
  return [...file.triage.redFlagLevels];
}

/** Emergency rules that one sign alone sets off (`anyOf` only): their signs are shown at all times. */
const singleSignRule = (rule: TriageRule): boolean => rule.allOf === undefined && rule.minSymptoms === undefined;

/** Signs that alone call for emergency care: shown at all times in the checklist. */
export function emergencySymptomIds(): string[] {
  const ids = new Set<string>();
  for (const rule of file.triage.rules) {
    if (rule.level === 'emergency' && singleSignRule(rule)) for (const id of rule.anyOf ?? []) ids.add(id);
  }
  return [...ids];
}

/** Emergency rules for a combination of signs (e.g. near-fainting with palpitations): shown at all times too. */
export function emergencyCombinationRuleIds(): string[] {
  return file.triage.rules.filter((rule) => rule.level === 'emergency' && !singleSignRule(rule)).map((rule) => rule.id);
}
