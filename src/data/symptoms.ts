// Symptom accessors (data/symptoms.json): ids, body systems, triage rules.
import symptomsJson from '../../data/symptoms.json' with { type: 'json' };
import type { BodySystem, Symptom, SymptomsFile, TriageLevel, TriageRule } from '../schema/symptoms.js';
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

export function symptomSystem(id: string): string {
  return symptom(id).system;
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

/** Symptoms that any emergency rule names: shown at all times in the checklist. */
export function emergencySymptomIds(): string[] {
  const ids = new Set<string>();
  for (const rule of file.triage.rules) {
    if (rule.level === 'emergency') for (const id of [...(rule.allOf ?? []), ...(rule.anyOf ?? [])]) ids.add(id);
  }
  return [...ids];
}
