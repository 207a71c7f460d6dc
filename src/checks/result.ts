// The shape of a run-time check's answer: the value, or the fields that failed and what they accept.

/** What a field accepts, as data a component turns into a message. */
export type Accepted =
  | { kind: 'one-of'; values: readonly string[] }
  /** `pregnant`, `lactating`, `none`: the first two only from 11 years and not with `sex="male"`. */
  | { kind: 'life-stage'; values: readonly string[] }
  /** A list of dataset ids (space-separated in an attribute). */
  | { kind: 'ids'; of: 'symptom' | 'medicine' | 'source'; values: readonly string[] }
  | {
      kind: 'number';
      min?: number;
      minExclusive?: boolean;
      max?: number;
      step?: number;
      integer?: boolean;
      /** `.`: written in an attribute, where `.` is always the decimal mark. */
      decimalMark?: '.';
    }
  /** Digits and spaces, such as a phone number. */
  | { kind: 'digits'; example: string }
  /** Short plain text without markup. */
  | { kind: 'text'; maxLength: number }
  | { kind: 'any-text' }
  | { kind: 'boolean' }
  /** A relative URL or an http(s) URL. */
  | { kind: 'link' }
  /** A structured value (products, reader, answers): described in English here, worded by the element for readers. */
  | { kind: 'shape'; forDevelopers: string; wordsId: string }
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
