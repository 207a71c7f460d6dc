// The dose table's rules: its rows per nutrient (intake, upper limit with scope, comparisons) and which row is the reader's.
import { intakeFor, comparisonIntakes, labelReferenceMg } from '../data/intake.js';
import { upperLimitFor, comparisonUpperLimits, upperLimitScope, upperLimitBasis } from '../data/upper-limits.js';
import { nutrientReference, labelReferenceValue } from '../data/nutrients.js';
import type { AgeGroupId, LifeStage, NativeBand, Sex } from '../schema/common.js';
import type { NutrientId } from '../schema/nutrients.js';
import type { UpperLimitStatus } from '../schema/upper-limits.js';
import type { NationalAdvice } from '../schema/nutrients.js';
import { nationalAdvice } from '../data/nutrients.js';
import { upperLimitNoteSourceIds } from '../data/upper-limits.js';
import { lifeStageProblem } from './reader.js';

export type DoseTableNutrient = 'magnesium' | NutrientId;
export type DoseTableUnit = 'mg' | 'ug';
export type IntakeMeasure = 'adequate-intake' | 'recommended-intake' | 'average-requirement';
export type ScopeId = 'supplemental-magnesium' | 'total-intake';

/** Row notes, by id; the element words them. */
export type DoseTableNoteId =
  /** Under 4 years: no EU limit, supplements only on a doctor's advice. */
  | 'no-eu-limit-doctor-advice'
  /** EFSA: no increased need in pregnancy or lactation. */
  | 'no-extra-need-in-pregnancy-or-lactation'
  /** The upper limit applies in pregnancy and lactation too. */
  | 'limit-includes-pregnancy-and-lactation';

/** Notes that belong to the highlight only. */
export type HighlightNoteId =
  | 'no-extra-need-in-pregnancy-or-lactation'
  /** The nutrient has no value of its own for the life stage; the general row is marked. */
  | 'general-row-for-life-stage'
  /** The nutrient has no row for the reader's age group in the dataset. */
  | 'no-row-for-age-group';

export const DOSE_TABLE_NUTRIENTS: readonly DoseTableNutrient[] = ['magnesium', 'calcium', 'vitamin-d', 'potassium'];
const AGE_ORDER: readonly AgeGroupId[] = ['7-11m', '1-3', '4-10', '11-17', '18+'];

export function isDoseTableNutrient(value: unknown): value is DoseTableNutrient {
  return typeof value === 'string' && (DOSE_TABLE_NUTRIENTS as readonly string[]).includes(value);
}

export interface DoseTableIntake {
  value: number;
  measure: IntakeMeasure;
  authority: 'nnr-2023' | 'efsa';
  /** The band the authority published where it is narrower than the row's (e.g. calcium from 25 y). */
  nativeBand: NativeBand;
  sourceIds: string[];
}

export interface DoseTableGuidance {
  authority: 'fvst';
  value: number;
  maxPerDailyDose: number | null;
  nativeBand: NativeBand;
  sourceIds: string[];
}

export interface DoseTableUpperLimit {
  /** `null`: no limit — see `status` (`not-in-dataset` means the dataset has no row, not that none is set). */
  value: number | null;
  status: UpperLimitStatus | 'not-in-dataset';
  scope: ScopeId | null;
  nativeBand: NativeBand;
  /** Danish FVST guidance, a labelled note only (never the limit). */
  guidance: DoseTableGuidance[];
  sourceIds: string[];
}

export interface DoseTableComparison {
  kind: 'intake' | 'upper-limit';
  authority: 'nnr-2012' | 'iom-1997' | 'vkm-2016';
  /** For intakes: what the authority's number is (`rda`, `recommended-intake`, `adequate-intake`). */
  measure: 'rda' | 'recommended-intake' | 'adequate-intake' | null;
  value: number;
  /** Upper end where the authority gives a range across its own bands. */
  valueMax: number | null;
  nativeBand: NativeBand;
  sourceIds: string[];
}

export interface DoseTableRow {
  /** Stable row id: `<ageGroup>/<sex or any>/<lifeStage>`, e.g. `18+/female/pregnant`. */
  id: string;
  ageGroup: AgeGroupId;
  /** `null`: the row applies to both sexes. */
  sex: Sex | null;
  lifeStage: LifeStage;
  /** Empty where the dataset gives no intake for the group. */
  intakes: DoseTableIntake[];
  upperLimit: DoseTableUpperLimit;
  /** Labelled values of other authorities; empty unless asked for with `compare`. */
  comparisons: DoseTableComparison[];
  noteIds: DoseTableNoteId[];
  sourceIds: string[];
}

export interface DoseTable {
  nutrient: DoseTableNutrient;
  unit: DoseTableUnit;
  rows: DoseTableRow[];
  /** The scope of the limits in this table (`null` where none is set). */
  upperLimitScope: ScopeId | null;
  /** What the magnesium limit counts; `null` for other nutrients. */
  scopeDetails: { includes: string[]; excludes: string[]; forms: string[] } | null;
  /** The basis of the magnesium limit (mild diarrhoea from about 360–365 mg); `null` for other nutrients. */
  upperLimitBasis: { noael: number; loaelFrom: number; loaelTo: number; sourceIds: string[] } | null;
  /** The EU label reference value behind "% RI" on packs: not an intake recommendation. */
  labelReference: { value: number; sourceIds: string[] };
  /** The intake measures that occur, for the legend. */
  measures: IntakeMeasure[];
  /** Whether comparisons were asked for and how many the table holds. */
  compare: boolean;
  comparisonCount: number;
  /**
   * `from-food`: the intake is total intake from food and drink, not a supplement dose (REFERENCE-FACTS 0c); not for
   * vitamin D, whose supplement advice is shown with it.
   */
  intakeNote: 'from-food' | null;
  /** National advice shown as a labelled note below the table (the Danish vitamin D recommendations). */
  nationalAdvice: NationalAdvice[];
  /**
   * What too much looks like (magnesium): diarrhoea first; with reduced kidney function nausea, drowsiness,
   * muscle weakness, low blood pressure, slow pulse → doctor; severe weakness, trouble breathing or fainting → the
   * emergency number. `null` for other nutrients.
   */
  tooMuch: { sourceIds: string[] } | null;
  /** Every source behind the table, in first-use order. */
  sourceIds: string[];
}

export interface DoseTableOptions {
  /** Adds IOM (US), VKM (Norway) and NNR 2012 values as labelled comparisons. */
  compare?: boolean;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const rowId = (ageGroup: AgeGroupId, sex: Sex | null, lifeStage: LifeStage) =>
  `${ageGroup}/${sex ?? 'any'}/${lifeStage}`;

function magnesiumRows(compare: boolean): DoseTableRow[] {
  // One row per sex where values differ (11–17, adults), then pregnancy and lactation (adults; EFSA 2015).
  const keys: Array<[AgeGroupId, Sex | null, LifeStage]> = [
    ['7-11m', null, 'none'],
    ['1-3', null, 'none'],
    ['4-10', null, 'none'],
    ['11-17', 'female', 'none'],
    ['11-17', 'male', 'none'],
    ['18+', 'female', 'none'],
    ['18+', 'male', 'none'],
    ['18+', 'female', 'pregnant'],
    ['18+', 'female', 'lactating'],
  ];
  return keys.map(([ageGroup, sex, lifeStage]) => {
    const intake = intakeFor(ageGroup, sex, lifeStage);
    const limit = upperLimitFor(ageGroup);
    const intakes: DoseTableIntake[] = [
      {
        value: intake.valueMg,
        measure: 'adequate-intake',
        authority: intake.sourceIds.includes('nnr-2023') ? 'nnr-2023' : 'efsa',
        nativeBand: null,
        sourceIds: intake.sourceIds,
      },
    ];
    const upperLimit: DoseTableUpperLimit = {
      value: limit.valueMg,
      status: limit.status,
      scope: limit.scope.id as ScopeId,
      nativeBand: null,
      guidance: limit.guidance.map((item) => ({
        authority: item.authority,
        value: item.valueMg,
        maxPerDailyDose: item.maxPerDailyDoseMg,
        nativeBand: item.nativeBand,
        sourceIds: [...item.sourceIds],
      })),
      sourceIds: limit.sourceIds,
    };
    const comparisons: DoseTableComparison[] = compare
      ? [
          ...comparisonIntakes(ageGroup, sex, lifeStage).map((item): DoseTableComparison => ({
            kind: 'intake',
            authority: item.authority as DoseTableComparison['authority'],
            measure: item.measure as DoseTableComparison['measure'],
            value: item.valueMg,
            valueMax: null,
            nativeBand: item.nativeBand,
            sourceIds: [...item.sourceIds],
          })),
          ...comparisonUpperLimits(ageGroup).map((item): DoseTableComparison => ({
            kind: 'upper-limit',
            authority: item.authority,
            measure: null,
            value: item.valueMg,
            valueMax: item.valueMgMax ?? null,
            nativeBand: item.nativeBand,
            sourceIds: [...item.sourceIds],
          })),
        ]
      : [];
    const noteIds: DoseTableNoteId[] = [];
    if (upperLimit.value === null) noteIds.push('no-eu-limit-doctor-advice');
    if (lifeStage !== 'none') noteIds.push('no-extra-need-in-pregnancy-or-lactation');
    if (lifeStage !== 'none' && upperLimit.value !== null) noteIds.push('limit-includes-pregnancy-and-lactation');
    return finishRow({ ageGroup, sex, lifeStage, intakes, upperLimit, comparisons, noteIds });
  });
}

function finishRow(row: Omit<DoseTableRow, 'id' | 'sourceIds'>): DoseTableRow {
  return {
    id: rowId(row.ageGroup, row.sex, row.lifeStage),
    ...row,
    sourceIds: unique([
      ...row.intakes.flatMap((item) => item.sourceIds),
      ...row.upperLimit.sourceIds,
      ...row.upperLimit.guidance.flatMap((item) => item.sourceIds),
      ...row.comparisons.flatMap((item) => item.sourceIds),
    ]),
  };
}

/** Rows of calcium, vitamin D, potassium: every age group and life stage the dataset holds a value for. */
function nutrientRows(nutrient: NutrientId): DoseTableRow[] {
  const rows: DoseTableRow[] = [];
  for (const ageGroup of AGE_ORDER) {
    for (const lifeStage of ['none', 'pregnant', 'lactating'] as const) {
      // Sex-specific values would need one row per sex; the dataset has none for these nutrients,
      // so a row is per sex only where an intake names one.
      const sexes: Array<Sex | null> = lifeStage === 'none' ? [null, 'female', 'male'] : ['female'];
      for (const sex of sexes) {
        const reference = nutrientReference(nutrient, ageGroup, sex, lifeStage);
        // Only the rows the dataset itself holds (no fallbacks, no rows repeated for each sex).
        const own = reference.intakes.filter((item) => item.lifeStage === lifeStage && item.sex === sex);
        const limit = lifeStage === 'none' && sex === null ? reference.upperLimit : null;
        if (own.length === 0 && limit === null) continue;
        const noteIds: DoseTableNoteId[] = [];
        rows.push(
          finishRow({
            ageGroup,
            sex,
            lifeStage,
            intakes: own.map((item) => ({
              value: item.value,
              measure: item.measure,
              authority: item.authority,
              nativeBand: item.nativeBand,
              sourceIds: [...item.sourceIds],
            })),
            upperLimit: limit
              ? {
                  value: limit.value,
                  status: limit.status,
                  scope: limit.scope as ScopeId | null,
                  nativeBand: limit.nativeBand ?? null,
                  guidance: [],
                  sourceIds: [...limit.sourceIds],
                }
              : { value: null, status: 'not-in-dataset', scope: null, nativeBand: null, guidance: [], sourceIds: [] },
            comparisons: [],
            noteIds,
          }),
        );
      }
    }
  }
  // A life-stage row takes the group's limit (it applies to everyone in the group).
  return rows.map((row) => {
    if (row.lifeStage === 'none') return row;
    // These nutrients have one row for both sexes in every age group (test/unit/rules-coverage.test.ts).
    const general = rows.find((other) => other.ageGroup === row.ageGroup && other.id.endsWith('/any/none'))!;
    return finishRow({ ...row, upperLimit: general.upperLimit });
  });
}

/**
 * The dose table for one nutrient: rows in age order, each with its adequate or reference intake,
 * its upper limit (value, scope and status — `null` under 4 years for magnesium, with FVST's 1–2 y
 * guidance as a labelled note), notes, and, when asked, labelled comparison values.
 */
export function doseTableRows(nutrient: DoseTableNutrient = 'magnesium', options: DoseTableOptions = {}): DoseTable {
  const compare = options.compare === true;
  const rows = nutrient === 'magnesium' ? magnesiumRows(compare) : nutrientRows(nutrient);
  const scope = rows.find((row) => row.upperLimit.scope !== null)?.upperLimit.scope ?? null;
  let labelReference: DoseTable['labelReference'];
  let scopeDetails: DoseTable['scopeDetails'] = null;
  let basis: DoseTable['upperLimitBasis'] = null;
  let extraSources: string[] = [];
  let unit: DoseTableUnit = 'mg';
  let tooMuch: DoseTable['tooMuch'] = null;
  const advice = nutrient === 'magnesium' ? [] : nationalAdvice(nutrient);
  if (nutrient === 'magnesium') {
    tooMuch = { sourceIds: upperLimitNoteSourceIds('too-much-magnesium') };
    const label = labelReferenceMg();
    labelReference = { value: label.valueMg, sourceIds: [...label.sourceIds] };
    const details = upperLimitScope('supplemental-magnesium');
    scopeDetails = { includes: [...details.includes], excludes: [...details.excludes], forms: [...details.forms] };
    const raw = upperLimitBasis();
    basis = { noael: raw.noaelMg, loaelFrom: raw.loaelMgFrom, loaelTo: raw.loaelMgTo, sourceIds: [...raw.sourceIds] };
    extraSources = [...details.sourceIds, ...raw.sourceIds, ...tooMuch.sourceIds];
  } else {
    const label = labelReferenceValue(nutrient);
    labelReference = { value: label.value, sourceIds: label.sourceIds };
    unit = label.unit;
  }
  return {
    nutrient,
    unit,
    rows,
    upperLimitScope: scope,
    scopeDetails,
    upperLimitBasis: basis,
    labelReference,
    measures: unique(rows.flatMap((row) => row.intakes.map((item) => item.measure))),
    compare,
    comparisonCount: rows.reduce((count, row) => count + row.comparisons.length, 0),
    intakeNote: advice.length > 0 ? null : 'from-food',
    nationalAdvice: advice,
    tooMuch,
    sourceIds: unique([
      ...rows.flatMap((row) => row.sourceIds),
      ...extraSources,
      ...labelReference.sourceIds,
      ...advice.flatMap((item) => item.sourceIds),
    ]),
  };
}

export interface HighlightInput {
  ageGroup: AgeGroupId | null;
  sex: Sex | null;
  lifeStage: LifeStage;
}

export type HighlightProblem =
  /** pregnant or lactating together with `sex="male"` */
  | 'life-stage-with-male'
  /** pregnant or lactating with an age group under 11 */
  | 'life-stage-under-11';

export interface Highlight {
  /** Ids of the marked rows: none without an age group, two where the sex is open in a sex-split group. */
  rowIds: string[];
  /** The input the highlight was computed from, after dropping a rejected life stage. */
  used: HighlightInput;
  noteIds: HighlightNoteId[];
  /** The life stage was rejected (bad input); the highlight ignores it. */
  problem: HighlightProblem | null;
  sourceIds: string[];
}

/**
 * Which rows of `table` are the reader's. A life stage with `male` or under 11 years is bad input
 * (reported, then ignored); pregnant or lactating at 11–17 marks the 11–17 girls' row with a note
 * that EFSA sets no extra need; a missing sex implies female when a life stage is given.
 */
export function highlightRow(
  ageGroup: AgeGroupId | null,
  sex: Sex | null,
  lifeStage: LifeStage = 'none',
  table: DoseTable = doseTableRows('magnesium'),
): Highlight {
  const problem: HighlightProblem | null = lifeStageProblem(ageGroup, sex, lifeStage);
  const stage = problem ? 'none' : lifeStage;
  const used: HighlightInput = { ageGroup, sex, lifeStage: stage };
  const noteIds: HighlightNoteId[] = [];
  const sourceIds: string[] = [];
  if (ageGroup === null) return { rowIds: [], used, noteIds, problem, sourceIds };

  const effectiveSex: Sex | null = stage !== 'none' ? 'female' : sex;
  const inGroup = table.rows.filter((row) => row.ageGroup === ageGroup);
  if (inGroup.length === 0) {
    return { rowIds: [], used, noteIds: ['no-row-for-age-group'], problem, sourceIds };
  }
  const matchesSex = (row: DoseTableRow) => row.sex === null || effectiveSex === null || row.sex === effectiveSex;
  let rows = inGroup.filter((row) => row.lifeStage === stage && matchesSex(row));
  if (rows.length === 0 && stage !== 'none') {
    rows = inGroup.filter((row) => row.lifeStage === 'none' && matchesSex(row));
    if (table.nutrient === 'magnesium') {
      // EFSA 2015: no increased need in pregnancy or lactation, so the girls' value applies.
      noteIds.push('no-extra-need-in-pregnancy-or-lactation');
      sourceIds.push(...intakeFor(ageGroup, 'female', stage).sourceIds);
    } else {
      noteIds.push('general-row-for-life-stage');
    }
  }
  if (rows.length === 0) noteIds.push('no-row-for-age-group');
  return { rowIds: rows.map((row) => row.id), used, noteIds, problem, sourceIds };
}
