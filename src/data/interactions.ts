// Interaction accessors (data/interactions.json): time gaps, depleting causes, kidney contraindications.
import interactionsJson from '../../data/interactions.json' with { type: 'json' };
import type {
  Contraindication,
  DepletingCause,
  InteractionsFile,
  MedicineInteraction,
} from '../schema/interactions.js';
import { UnknownIdError } from './errors.js';

const file = interactionsJson as InteractionsFile;

export function medicineIds(): string[] {
  return file.medicines.map((medicine) => medicine.id);
}

export function isMedicineId(value: unknown): value is string {
  return typeof value === 'string' && file.medicines.some((medicine) => medicine.id === value);
}

/** The time gap for a medicine; `hoursBefore`/`hoursAfter` `null` = no simple hour rule, follow `noteId`. */
export function interactionFor(medicineId: string): MedicineInteraction {
  const found = file.medicines.find((medicine) => medicine.id === medicineId);
  if (!found) throw new UnknownIdError('medicine', medicineId);
  return found;
}

/** The note every interaction list ends with: the list is not complete, ask the pharmacist. */
export function interactionGeneralNoteId(): string {
  return file.generalNoteId;
}

export function depletingCauses(): DepletingCause[] {
  return [...file.depletingCauses];
}

export function contraindications(): Contraindication[] {
  return [...file.contraindications];
}

/** The kidney-function contraindication an eGFR (mL/min/1.73 m²) falls in, or `null` above 60. */
export function kidneyContraindicationFor(egfr: number): Contraindication | null {
  if (!Number.isFinite(egfr) || egfr < 0)
    throw new RangeError(`[magnesium-widgets] eGFR must be a number ≥ 0, got ${egfr}`);
  return (
    file.contraindications.find((item) => {
      const interval = item.interval;
      if (item.measure !== 'egfr' || interval === null) return false;
      const aboveLower =
        interval.lower === null || (interval.lowerInclusive ? egfr >= interval.lower : egfr > interval.lower);
      const belowUpper =
        interval.upper === null || (interval.upperInclusive ? egfr <= interval.upper : egfr < interval.upper);
      return aboveLower && belowUpper;
    }) ?? null
  );
}
