// Risk-factor accessors (data/risk-factors.json) and the quiz's answer keys derived from them.
import riskFactorsJson from '../../data/risk-factors.json' with { type: 'json' };
import type { RiskFactor, RiskFactorsFile } from '../schema/risk-factors.js';
import { UnknownIdError } from './errors.js';

const file = riskFactorsJson as RiskFactorsFile;

export function riskFactorIds(): string[] {
  return file.factors.map((factor) => factor.id);
}

export function isRiskFactorId(value: unknown): value is string {
  return typeof value === 'string' && file.factors.some((factor) => factor.id === value);
}

export function riskFactor(id: string): RiskFactor {
  const found = file.factors.find((factor) => factor.id === id);
  if (!found) throw new UnknownIdError('risk-factor', id);
  return found;
}

export function riskLevelByEvidence(): RiskFactorsFile['levelByEvidence'] {
  return file.levelByEvidence;
}

export function notAssessedAgeGroups(): string[] {
  return [...file.notAssessedAgeGroups];
}

export function olderAgeFromYears(): number {
  return file.olderAgeFromYears;
}

/** Contraindications asked in the quiz (`kidney-disease`), with the answers that trigger them. */
export function riskContraindications(): RiskFactorsFile['contraindications'] {
  return file.contraindications;
}

/** Magnesium-containing products: a source of magnesium, not a risk factor. */
export function magnesiumSources(): RiskFactorsFile['magnesiumSources'] {
  return file.magnesiumSources;
}

/** The sources of a result line that is not a risk group; empty for an id the data does not have. */
export function riskNoteSourceIds(id: string): string[] {
  return [...(file.notes.find((note) => note.id === id)?.sourceIds ?? [])];
}

/**
 * The quiz's yes/no/unknown question ids: `older-age`, every factor not
 * derived from another answer, the contraindications and the magnesium sources.
 */
export function yesNoQuestionIds(): string[] {
  return [
    'older-age',
    ...file.factors.filter((factor) => factor.derivedFrom === undefined).map((factor) => factor.id),
    ...file.contraindications.map((item) => item.id),
    ...file.magnesiumSources.map((item) => item.id),
  ];
}
