// The symptom checklist's rule: the general public guidance level of a set of ticked signs (data/symptoms.json),
// and which guidance lines go with it. Ids only; the view words them.
import {
  bodySystem,
  bodySystemIds,
  emergencyCombinationRuleIds,
  emergencySymptomIds,
  isDocumentedSymptom,
  isSymptomId,
  redFlagLevels,
  symptom,
  symptomIds,
  symptomNote,
  triageLevels,
  triageRules,
} from '../data/symptoms.js';
import { plasmaMarker, plasmaNote, plasmaNotes } from '../data/thresholds.js';
import { UnknownIdError } from '../data/errors.js';
import type { TriageLevel, TriageRule } from '../schema/symptoms.js';

export type SymptomLevel = TriageLevel;

/**
 * Why the result says what it says, in the order shown:
 * - `systems`: the documented signs and their body systems;
 * - `near-fainting-with-heart-signs`, `dizziness-with-heart-signs`, `near-fainting`: the combination behind an
 *   emergency or same-day level;
 * - `palpitations`, `irregular-pulse`, `palpitations-and-irregular-pulse`: at the doctor level, naming only the signs
 *   ticked (usually harmless; see a doctor if they keep coming back, last long or come with other symptoms — NHS);
 * - `muscle-weakness`: unexplained muscle weakness at the doctor level;
 * - `unspecific`: most signs have many other causes;
 * - `night-cramps`: magnesium rarely helps ordinary night-time leg cramps (Cochrane 2020);
 * - `undocumented`: ticked signs that are often mentioned but are not documented signs of deficiency.
 */
export type SymptomWhyId =
  | 'systems'
  | 'near-fainting-with-heart-signs'
  | 'dizziness-with-heart-signs'
  | 'near-fainting'
  | 'palpitations'
  | 'irregular-pulse'
  | 'palpitations-and-irregular-pulse'
  | 'muscle-weakness'
  | 'unspecific'
  | 'night-cramps'
  | 'undocumented';

/**
 * What the reader can do, in the order shown: `self-care` (see your doctor if it lasts), `doctor` (book an
 * appointment), `undocumented-only` (only signs that are not documented: see your doctor if they last),
 * `blood-test` (what P-magnesium shows), `blood-test-when` (when to ask for one), `meanwhile`, `watch` (call the
 * emergency number for any sign on the list).
 */
export type SymptomNextId =
  'self-care' | 'doctor' | 'undocumented-only' | 'blood-test' | 'blood-test-when' | 'meanwhile' | 'watch';

/** What a selection of signs calls for. Ids only; the view words them. */
export interface SymptomAssessment {
  /** The ticked symptom ids, without repeats, in dataset order. */
  selected: string[];
  /** The body systems the ticked documented signs belong to, in dataset order. */
  systems: string[];
  /** The ticked ids that made an `urgent` or `emergency` rule match, in dataset order. */
  redFlags: string[];
  /**
   * What goes beside each ticked red flag, in dataset order: a sign that alone calls for emergency care gets the
   * `emergency` instruction; another red flag gets `urgent`, except at emergency level, where it gets none (one
   * instruction to follow).
   */
  flagNotes: { id: string; level: 'emergency' | 'urgent' }[];
  /** The highest level any matching rule gives; `none` when no documented sign is ticked. */
  level: SymptomLevel;
  /** Ticked signs that are often mentioned but not documented: they never raise the level. */
  undocumented: string[];
  /** The ids of every matching rule, in dataset order. */
  ruleIds: string[];
  /** The guidance lines that go with the result. */
  why: SymptomWhyId[];
  next: SymptomNextId[];
  /** Sources behind the matching rules, the ticked signs and the guidance lines. */
  sourceIds: string[];
}

const rank = (level: SymptomLevel): number => triageLevels().indexOf(level);

/** True when `level` is at least as severe as `than` (levels ascend: none … emergency). */
export function isAtLeast(level: SymptomLevel, than: SymptomLevel): boolean {
  return rank(level) >= rank(than);
}

function matches(rule: TriageRule, ticked: ReadonlySet<string>): boolean {
  if (rule.allOf && !rule.allOf.every((id) => ticked.has(id))) return false;
  if (rule.anyOf && !rule.anyOf.some((id) => ticked.has(id))) return false;
  if (rule.minSymptoms !== undefined && ticked.size < rule.minSymptoms) return false;
  return true;
}

const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

const noteApplies = (id: string, selected: readonly string[]): boolean =>
  symptomNote(id).symptomIds.some((symptomId) => selected.includes(symptomId));
const noteSourceIds = (id: string): string[] => symptomNote(id).sourceIds;

/** The rule id that sets off each combination line. */
const whyByRule: Readonly<Record<string, SymptomWhyId>> = {
  'emergency-near-fainting-with-heart-signs': 'near-fainting-with-heart-signs',
  'urgent-dizziness-with-heart-signs': 'dizziness-with-heart-signs',
  'urgent-near-fainting': 'near-fainting',
};

function guidance(
  level: SymptomLevel,
  selected: readonly string[],
  undocumented: readonly string[],
  ruleIds: readonly string[],
): { why: SymptomWhyId[]; next: SymptomNextId[] } {
  const why: SymptomWhyId[] = [];
  const next: SymptomNextId[] = [];
  const ticked = (id: string) => selected.includes(id);
  if (level !== 'none') why.push('systems');
  // A combination line only where it explains the level shown (not under a higher one).
  for (const ruleId of ruleIds) {
    const line = whyByRule[ruleId];
    const rule = triageRules().find((item) => item.id === ruleId)!;
    if (line && rule.level === level && !why.includes(line)) why.push(line);
  }
  // Above the doctor level the urgent or emergency guidance says what matters; these would only add noise.
  if (level === 'doctor') {
    const palpitations = ticked('palpitations');
    const irregular = ticked('irregular-pulse');
    if (palpitations && irregular) why.push('palpitations-and-irregular-pulse');
    else if (palpitations) why.push('palpitations');
    else if (irregular) why.push('irregular-pulse');
    if (ticked('muscle-weakness')) why.push('muscle-weakness');
  }
  if (level === 'self-care' || level === 'doctor') {
    why.push('unspecific');
    if (noteApplies('night-cramps-magnesium-rarely-helps', selected)) why.push('night-cramps');
  }
  if (undocumented.length > 0) why.push('undocumented');

  if (level === 'self-care') next.push('self-care');
  if (level === 'doctor') next.push('doctor');
  if (level === 'none' && undocumented.length > 0) next.push('undocumented-only');
  if (level === 'self-care' || level === 'doctor' || level === 'urgent') {
    next.push('blood-test', 'blood-test-when', 'meanwhile', 'watch');
  }
  return { why, next };
}

/** Sources behind a guidance line that does not come from a rule or a sign. */
function guidanceSourceIds(why: readonly SymptomWhyId[], next: readonly SymptomNextId[]): string[] {
  const ids: string[] = [];
  if (why.includes('night-cramps')) ids.push(...noteSourceIds('night-cramps-magnesium-rarely-helps'));
  if (next.includes('blood-test')) ids.push(...bloodTestFacts().sourceIds);
  if (next.includes('blood-test-when')) ids.push(...bloodTestWhenSourceIds());
  return ids;
}

/**
 * Evaluates the triage rules over the ticked symptom ids. Only documented signs count (the rules name no other),
 * every rule whose conditions hold matches (rules have no negative condition), and the level is the highest among
 * them, so ticking one more sign never lowers it. Unknown ids throw `UnknownIdError`: check input with
 * `isSymptomId` first.
 */
export function assessSymptoms(ids: readonly string[]): SymptomAssessment {
  for (const id of ids) if (!isSymptomId(id)) throw new UnknownIdError('symptom', String(id));
  const tickedIds = new Set(ids);
  const selected = symptomIds().filter((id) => tickedIds.has(id));
  const documented = new Set(selected.filter(isDocumentedSymptom));
  const undocumented = selected.filter((id) => !documented.has(id));
  const systemsTicked = new Set([...documented].map((id) => symptom(id).system));
  const systems = bodySystemIds().filter((id) => systemsTicked.has(id));
  const matched = triageRules().filter((rule) => matches(rule, documented));
  let level: SymptomLevel = 'none';
  for (const rule of matched) if (rank(rule.level) > rank(level)) level = rule.level;
  const flagLevels = redFlagLevels();
  const flagged = new Set(
    matched
      .filter((rule) => flagLevels.includes(rule.level))
      .flatMap((rule) => [...(rule.allOf ?? []), ...(rule.anyOf ?? [])])
      .filter((id) => documented.has(id)),
  );
  const ruleIds = matched.map((rule) => rule.id);
  const { why, next } = guidance(level, selected, undocumented, ruleIds);
  const redFlags = selected.filter((id) => flagged.has(id));
  const aloneEmergency = new Set(emergencySigns().symptomIds);
  return {
    selected,
    systems,
    redFlags,
    flagNotes: redFlags.flatMap((id): SymptomAssessment['flagNotes'] =>
      aloneEmergency.has(id) ? [{ id, level: 'emergency' }] : level === 'emergency' ? [] : [{ id, level: 'urgent' }],
    ),
    level,
    undocumented,
    ruleIds,
    why,
    next,
    sourceIds: unique([
      ...matched.flatMap((rule) => rule.sourceIds),
      ...selected.flatMap((id) => symptom(id).sourceIds),
      ...systems.flatMap((id) => bodySystem(id).sourceIds),
      ...guidanceSourceIds(why, next),
    ]),
  };
}

/**
 * The signs that always need emergency care (shown at all times): the signs that alone call for it, and the
 * combinations (rule ids) that do, with the sources of those rules.
 */
export function emergencySigns(): { symptomIds: string[]; combinationRuleIds: string[]; sourceIds: string[] } {
  const sourceIds = unique(
    triageRules()
      .filter((rule) => rule.level === 'emergency')
      .flatMap((rule) => rule.sourceIds),
  );
  return { symptomIds: emergencySymptomIds(), combinationRuleIds: emergencyCombinationRuleIds(), sourceIds };
}

/**
 * What the next steps say about a blood test: P-magnesium below `lowBelowMmolPerL` is hypomagnesaemia,
 * and a normal value does not rule out depletion.
 */
export function bloodTestFacts(): { lowBelowMmolPerL: number; sourceIds: string[] } {
  const marker = plasmaMarker('hypomagnesaemia-below');
  const note = plasmaNote('normal-does-not-rule-out-depletion');
  return { lowBelowMmolPerL: marker.valueMmolPerL, sourceIds: unique([...marker.sourceIds, ...note.sourceIds]) };
}

/**
 * When to ask the doctor about a blood test: long-term acid-reducing medicine (PPI) together with digoxin or
 * diuretics (MHRA 2012), and low potassium or calcium that does not settle with treatment (DES NBV, RN PRI).
 */
export function bloodTestWhenSourceIds(): string[] {
  const ids = ['ask-for-a-test-with-long-term-ppi', 'ask-for-a-test-with-low-potassium-or-calcium'];
  return unique(plasmaNotes().flatMap((note) => (ids.includes(note.id) ? note.sourceIds : [])));
}
