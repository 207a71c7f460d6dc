// The shape of an element's attribute table: the element's own input specs (src/checks/*-inputs.ts) give the names
// and what is accepted; the table adds examples of good and bad values for the shared suites.
import { describeAccepted, type InputSpec } from '../../src/checks/spec.js';

export interface AttributeSpec {
  /** Attribute name as an HTML author writes it. */
  attribute: string;
  /** The property a script sets. */
  property: string;
  /** What is accepted, in words (English; the console warning says the same). */
  accepted: string;
  /** Attribute values that must be accepted silently. */
  valid: string[];
  /** Attribute values that must give the in-widget message and exactly one warning. */
  invalid: string[];
  /** Property values (script) that must be rejected the same way; omitted when the property only mirrors the attribute. */
  invalidProperty?: unknown[];
  /** A boolean attribute: presence is the value, so nothing is invalid. */
  boolean?: true;
}

export interface ElementTable {
  tag: string;
  /** The module a page loads to get the element: a public CDN file, or a source module for test-only elements. */
  bundle: string;
  /** Attributes that give a typical rendered state (used by every suite). */
  preset: Record<string, string>;
  /** A selector in the shadow root that exists once the element rendered its main content. */
  ready: string;
  attributes: AttributeSpec[];
  /**
   * Uses the element as a reader would (click, tick, type) and resolves with a check that it responded;
   * runs inside the page that holds the element, so it may not close over test-side values.
   */
  exercise: (element: HTMLElement) => Promise<boolean>;
  /** How many Tab presses reach every focusable control of the preset state, in order. */
  tabStops: number;
}

/** A table row from an input spec: its attribute, property and accepted text, plus the examples. */
export function fromSpec(
  spec: InputSpec,
  examples: Omit<AttributeSpec, 'attribute' | 'property' | 'accepted'>,
): AttributeSpec {
  return { attribute: spec.name, property: spec.property, accepted: describeAccepted(spec.accepted), ...examples };
}
