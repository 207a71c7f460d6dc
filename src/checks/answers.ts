// Checks the risk quiz's `answers` as sites pass them; mirrors AnswersSchema (a property test proves it).
import { ageGroupIds, isAgeGroup, isLifeStage, isSex, lifeStages, sexes } from '../data/age-groups.js';
import type { AgeGroupId, LifeStage, Sex } from '../data/age-groups.js';
import { yesNoQuestionIds } from '../data/risk-factors.js';
import type { CheckIssue, CheckResult } from './result.js';

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

/** Answers keyed by question id; questions that do not apply may be absent. */
export interface Answers {
  'age-group'?: AgeGroupId | undefined;
  sex?: Sex | undefined;
  'life-stage'?: LifeStage | undefined;
  [yesNoQuestionId: string]: string | undefined;
}

const isYesNoUnknown = (value: unknown): value is YesNoUnknown =>
  value === 'yes' || value === 'no' || value === 'unknown';

/** Every question id the quiz knows, in asking order. */
export function answerKeys(): string[] {
  return ['age-group', 'sex', 'life-stage', ...yesNoQuestionIds()];
}

export function checkAnswers(value: unknown): CheckResult<Answers> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, issues: [{ field: '', accepted: { kind: 'object' } }] };
  }
  const record = value as Record<string, unknown>;
  const yesNo = new Set(yesNoQuestionIds());
  const issues: CheckIssue[] = [];
  // for…in, like zod: inherited enumerable keys count as unknown keys too.
  for (const key in record) {
    const answer = record[key];
    if (key === 'age-group' || key === 'sex' || key === 'life-stage' || yesNo.has(key)) {
      if (answer === undefined) continue;
      if (key === 'age-group' && !isAgeGroup(answer)) {
        issues.push({ field: key, accepted: { kind: 'one-of', values: ageGroupIds() } });
      } else if (key === 'sex' && !isSex(answer)) {
        issues.push({ field: key, accepted: { kind: 'one-of', values: sexes() } });
      } else if (key === 'life-stage' && !isLifeStage(answer)) {
        issues.push({ field: key, accepted: { kind: 'one-of', values: lifeStages() } });
      } else if (yesNo.has(key) && !isYesNoUnknown(answer)) {
        issues.push({ field: key, accepted: { kind: 'one-of', values: YES_NO_UNKNOWN } });
      }
    } else {
      issues.push({ field: key, accepted: { kind: 'absent' } });
    }
  }
  return issues.length === 0 ? { ok: true, value: record as Answers } : { ok: false, issues };
}
