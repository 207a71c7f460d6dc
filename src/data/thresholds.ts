// Plasma magnesium accessors (data/thresholds.json).
import thresholdsJson from '../../data/thresholds.json' with { type: 'json' };
import type { PlasmaGrade, ThresholdsFile } from '../schema/thresholds.js';

const file = thresholdsJson as ThresholdsFile;

export function plasmaGrades(): PlasmaGrade[] {
  return [...file.plasmaGrades];
}

/** The grade a plasma magnesium value (mmol/L) falls in; normal is [0.70, 1.10]. */
export function plasmaGrade(mmolPerL: number): PlasmaGrade {
  if (!Number.isFinite(mmolPerL) || mmolPerL < 0) {
    throw new RangeError(`[magnesium-widgets] plasma magnesium must be a number ≥ 0, got ${mmolPerL}`);
  }
  const grade = file.plasmaGrades.find(({ interval }) => {
    const aboveLower =
      interval.lower === null || (interval.lowerInclusive ? mmolPerL >= interval.lower : mmolPerL > interval.lower);
    const belowUpper =
      interval.upper === null || (interval.upperInclusive ? mmolPerL <= interval.upper : mmolPerL < interval.upper);
    return aboveLower && belowUpper;
  });
  // The schema proves the grades are contiguous and open at both ends.
  if (!grade) throw new RangeError(`[magnesium-widgets] no plasma grade for ${mmolPerL}`);
  return grade;
}

export function plasmaMarkers(): ThresholdsFile['markers'] {
  return file.markers;
}

export function plasmaNotes(): ThresholdsFile['notes'] {
  return file.notes;
}

/** One plasma marker by id; an unknown id is a programming error (the dataset is validated at build time). */
export function plasmaMarker(id: string): ThresholdsFile['markers'][number] {
  const marker = file.markers.find((item) => item.id === id);
  if (!marker) throw new RangeError(`[magnesium-widgets] data/thresholds.json has no marker ${id}`);
  return marker;
}

/** One plasma note by id (see plasmaMarker). */
export function plasmaNote(id: string): ThresholdsFile['notes'][number] {
  const note = file.notes.find((item) => item.id === id);
  if (!note) throw new RangeError(`[magnesium-widgets] data/thresholds.json has no note ${id}`);
  return note;
}
