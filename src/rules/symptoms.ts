// The symptom triage rule: the general public guidance level of a set of ticked signs (data/symptoms.json).
import {
  bodySystem,
  bodySystemIds,
  emergencySymptomIds,
  isSymptomId,
  redFlagLevels,
  symptom,
  symptomIds,
  triageLevels,
  triageRules,
} from '../data/symptoms.js';
import { plasmaMarkers, plasmaNotes } from '../data/thresholds.js';
import { UnknownIdError } from '../data/errors.js';
import type { TriageLevel, TriageRule } from '../schema/symptoms.js';

export type SymptomLevel = TriageLevel;

/** What a selection of signs calls for. Ids only; the view words them. */
export interface SymptomAssessment {
  /** The ticked symptom ids, without repeats, in dataset order. */
  selected: string[];
  /** The body systems the ticked signs belong to, in dataset order. */
  systems: string[];
  /** The ticked ids that made an `urgent` or `emergency` rule match, in dataset order. */
  redFlags: string[];
  /** The highest level any matching rule gives; `none` for an empty selection. */
  level: SymptomLevel;
  /** The ids of every matching rule, in dataset order. */
  ruleIds: string[];
  /** Sources behind the matching rules and the ticked signs. */
  sourceIds: string[];
}

const rank = (level: SymptomLevel): number => triageLevels().indexOf(level);

/** True when `level` is at least as severe as `than` (levels ascend: none … emergency). */
export function isAtLeast(level: SymptomLevel, than: SymptomLevel): boolean {
  return rank(level) >= rank(than);
}

function matches(rule: TriageRule, ticked: ReadonlySet<string>, systemCount: number): boolean {
  if (rule.allOf && !rule.allOf.every((id) => ticked.has(id))) return false;
  if (rule.anyOf && !rule.anyOf.some((id) => ticked.has(id))) return false;
  if (rule.minSymptoms !== undefined && ticked.size < rule.minSymptoms) return false;
  if (rule.minSystems !== undefined && systemCount < rule.minSystems) return false;
  return true;
}

const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

/**
 * Evaluates the triage rules over the ticked symptom ids. Every rule whose conditions hold matches
 * (rules have no negative condition), and the level is the highest among them, so ticking one more
 * sign never lowers it. Unknown ids throw `UnknownIdError`: check input with `isSymptomId` first.
 */
export function assessSymptoms(ids: readonly string[]): SymptomAssessment {
  for (const id of ids) if (!isSymptomId(id)) throw new UnknownIdError('symptom', String(id));
  const ticked = new Set(ids);
  const selected = symptomIds().filter((id) => ticked.has(id));
  const systemsTicked = new Set(selected.map((id) => symptom(id).system));
  const systems = bodySystemIds().filter((id) => systemsTicked.has(id));
  const matched = triageRules().filter((rule) => matches(rule, ticked, systems.length));
  let level: SymptomLevel = 'none';
  for (const rule of matched) if (rank(rule.level) > rank(level)) level = rule.level;
  const flagLevels = redFlagLevels();
  const flagged = new Set(
    matched
      .filter((rule) => flagLevels.includes(rule.level))
      .flatMap((rule) => [...(rule.allOf ?? []), ...(rule.anyOf ?? [])])
      .filter((id) => ticked.has(id)),
  );
  return {
    selected,
    systems,
    redFlags: selected.filter((id) => flagged.has(id)),
    level,
    ruleIds: matched.map((rule) => rule.id),
    sourceIds: unique([
      ...matched.flatMap((rule) => rule.sourceIds),
      ...selected.flatMap((id) => symptom(id).sourceIds),
      ...systems.flatMap((id) => bodySystem(id).sourceIds),
    ]),
  };
}

/** The signs that always need emergency care (shown at all times), with the sources of their rules. */
export function emergencySigns(): { symptomIds: string[]; sourceIds: string[] } {
  const symptomIdsShown = emergencySymptomIds();
  const sourceIds = unique(
    triageRules()
      .filter((rule) => rule.level === 'emergency')
      .flatMap((rule) => rule.sourceIds),
  );
  return { symptomIds: symptomIdsShown, sourceIds };
}

/**
 * What the next steps say about a blood test: P-magnesium below `lowBelowMmolPerL` is hypomagnesaemia,
 * and a normal value does not rule out depletion.
 */
export function bloodTestFacts(): { lowBelowMmolPerL: number; sourceIds: string[] } {
  const marker = plasmaMarkers().find((item) => item.id === 'hypomagnesaemia-below');
  if (!marker) throw new Error('[magnesium-widgets] data/thresholds.json has no hypomagnesaemia-below marker');
  const note = plasmaNotes().find((item) => item.id === 'normal-does-not-rule-out-depletion');
  return {
    lowBelowMmolPerL: marker.valueMmolPerL,
    sourceIds: unique([...marker.sourceIds, ...(note?.sourceIds ?? [])]),
  };
}
