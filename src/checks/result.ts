// The shape of a run-time check's answer: the value, or the fields that failed and what they accept.

/** What a field accepts, as data a component turns into a message. */
export type Accepted =
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'number'; min?: number; minExclusive?: boolean; max?: number; step?: number; integer?: boolean }
  | { kind: 'string' }
  | { kind: 'object' }
  | { kind: 'array' }
  /** The field is not known and must be left out. */
  | { kind: 'absent' }
  /** The field must be present because another field has a value. */
  | { kind: 'required-when'; field: string; value: string };

export interface CheckIssue {
  /** The field, as a path: `mgPerUnit`, `[2].salt`, `life-stage`, or `` for the value itself. */
  field: string;
  accepted: Accepted;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; issues: CheckIssue[] };
