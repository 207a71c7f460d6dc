// Input specs: one declaration per attribute or property a site can set — its name, how its value is checked and
// what is accepted (as data). MgElement applies them generically; the test tables and the docs read them too.
import type { Accepted } from './result.js';
import { parseDecimal, parseIdList } from './parse.js';
import type { LifeStage } from '../schema/common.js';

/** The outcome of checking one input: the value to use (the default when rejected) and, if rejected, what. */
export interface Checked<Value> {
  value: Value;
  ok: boolean;
  /** What to name in the warning when not ok (e.g. only the unknown ids of a list); the raw value otherwise. */
  rejected?: unknown;
}

export interface InputSpec<Value = unknown> {
  /** The attribute (kebab-case), or the property name for script-only input (`products`, `reader`, `answers`). */
  name: string;
  /** The element property that holds the raw value. */
  property: string;
  /** What is accepted, as data: worded in English for the console (`describeAccepted`) and in the page's language. */
  accepted: Accepted;
  /** Checks a raw value (`null`/`undefined` = not set, which gives the default without a warning). */
  check(raw: unknown): Checked<Value>;
  /**
   * A check against the other inputs, after each was checked alone (e.g. `life-stage` with `sex="male"`); `input`
   * gives another input's checked value. False rejects the value: the default is used and the problem reported.
   */
  combined?(value: Value, input: <Other>(spec: InputSpec<Other>) => Other): boolean;
  /** What is accepted when `combined` fails (default: `accepted`). */
  combinedAccepted?: Accepted;
}

/** A spec's checked value type. */
export type ValueOf<Spec> = Spec extends InputSpec<infer Value> ? Value : never;

const isAbsent = (raw: unknown): boolean => raw === null || raw === undefined;

/** One of a fixed set of ids (`sex`, `age-group`, …); anything else falls back to `fallback`. */
export function oneOf<Id extends string, Fallback extends Id | null>(
  name: string,
  property: string,
  values: readonly Id[],
  fallback: Fallback,
): InputSpec<Id | Fallback> {
  return {
    name,
    property,
    accepted: { kind: 'one-of', values },
    check: (raw) =>
      isAbsent(raw)
        ? { value: fallback, ok: true }
        : (values as readonly unknown[]).includes(raw)
          ? { value: raw as Id, ok: true }
          : { value: fallback, ok: false },
  };
}

/**
 * A space-separated list of ids from the dataset (an array from a script); unknown ids are left out and named in
 * the one warning, the known ones are kept.
 */
export function idList<Id extends string>(
  name: string,
  property: string,
  of: 'symptom' | 'medicine' | 'source',
  values: () => readonly string[],
  isValid: (id: unknown) => id is Id,
  options: { arrayOnly?: boolean } = {},
): InputSpec<Id[]> {
  return {
    name,
    property,
    get accepted(): Accepted {
      return { kind: 'ids', of, values: values() };
    },
    check(raw) {
      if (isAbsent(raw)) return { value: [], ok: true };
      // A script must pass an array where the property takes one (React sets properties, not attributes).
      if (options.arrayOnly && !Array.isArray(raw)) return { value: [], ok: false, rejected: raw };
      const { valid, invalid } = parseIdList(raw, isValid);
      return invalid.length === 0
        ? { value: valid, ok: true }
        : { value: valid, ok: false, rejected: invalid.join(' ') };
    },
  };
}

/**
 * `life-stage`: `pregnant`, `lactating` or `none` (default); pregnancy and breastfeeding only where they can apply
 * (`allowed` says so from the other inputs: from 11 years, not with `sex="male"`).
 */
export function lifeStage(
  values: readonly LifeStage[],
  allowed: (stage: LifeStage, input: <Other>(spec: InputSpec<Other>) => Other) => boolean,
): InputSpec<LifeStage> {
  return {
    ...oneOf('life-stage', 'lifeStage', values, 'none'),
    accepted: { kind: 'life-stage', values },
    combined: (stage, input) => allowed(stage, input),
  };
}

/** A decimal number written with `.` (attributes), within `min`–`max`, optionally in steps or whole. */
export function decimal(
  name: string,
  property: string,
  range: { min: number; minExclusive?: boolean; max: number; step?: number; integer?: boolean },
  isValid: (value: number) => boolean,
): InputSpec<number | null> {
  return {
    name,
    property,
    accepted: { kind: 'number', decimalMark: '.', ...range },
    check(raw) {
      if (isAbsent(raw)) return { value: null, ok: true };
      const value = typeof raw === 'number' ? raw : parseDecimal(raw);
      return value !== null && isValid(value) ? { value, ok: true } : { value: null, ok: false };
    },
  };
}

const idFiles = { symptom: 'symptoms', medicine: 'interactions', source: 'sources' } as const;

/** The words for `Accepted` data in English, for the console warning (developers). */
export function describeAccepted(accepted: Accepted): string {
  switch (accepted.kind) {
    case 'one-of':
      return accepted.values.join(', ');
    case 'life-stage':
      return `${accepted.values.join(', ')} (pregnant and lactating only from age-group 11-17 and not with sex="male")`;
    case 'ids': {
      // Short lists are named in full; long ones by the data file that holds them.
      const ids =
        accepted.values.length <= 12 ? `: ${accepted.values.join(', ')}` : ` (data/${idFiles[accepted.of]}.json)`;
      return `space-separated ${accepted.of} ids from the dataset${ids}; a script sets an array of them`;
    }
    case 'number': {
      const { min, minExclusive, max, step, integer, decimalMark } = accepted;
      const range =
        integer === true
          ? `a whole number from ${min} to ${max}`
          : step !== undefined
            ? `a number from ${step} to ${max} in steps of ${step}`
            : `a number ${minExclusive ? '>' : '≥'} ${min} and ≤ ${max}`;
      return decimalMark === '.' && integer !== true ? `${range}, with . as decimal point` : range;
    }
    case 'digits':
      return `digits and spaces only, e.g. ${accepted.example}`;
    case 'text':
      return `short plain text (1-${accepted.maxLength} characters, no < or >)`;
    case 'any-text':
      return 'any text';
    case 'boolean':
      return 'boolean (present or absent)';
    case 'link':
      return 'a relative URL or an http(s) URL';
    case 'shape':
      return accepted.forDevelopers;
    case 'string':
      return 'a string';
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'absent':
      return 'nothing (unknown field)';
    case 'required-when':
      return `required when ${accepted.field} is ${accepted.value}`;
  }
}

/** `heading-level`: the level (2–6) of a widget's headings, to fit the page's outline; default 2. */
export function headingLevel(fallback = 2): InputSpec<number> {
  return {
    name: 'heading-level',
    property: 'headingLevel',
    accepted: { kind: 'number', min: 2, max: 6, integer: true },
    check(raw) {
      if (isAbsent(raw)) return { value: fallback, ok: true };
      const level = typeof raw === 'number' ? raw : typeof raw === 'string' && /^[2-6]$/.test(raw) ? Number(raw) : NaN;
      return Number.isInteger(level) && level >= 2 && level <= 6
        ? { value: level, ok: true }
        : { value: fallback, ok: false };
    },
  };
}

/** `heading-level` (every widget): 2–6, default 2, so the widget's headings fit the page's outline. */
export const headingLevelInput = headingLevel();

/** Accepts relative URLs and http(s) links; rejects other schemes (`javascript:`, `data:`). */
export function isSafeHref(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://example.invalid/').protocol);
  } catch {
    return false;
  }
}

/** A link a widget shows (relative, http or https); empty or absent: none. */
export function link(name: string, property: string): InputSpec<string | null> {
  return {
    name,
    property,
    accepted: { kind: 'link' },
    check(raw) {
      if (isAbsent(raw) || raw === '') return { value: null, ok: true };
      return typeof raw === 'string' && isSafeHref(raw) ? { value: raw, ok: true } : { value: null, ok: false };
    },
  };
}
