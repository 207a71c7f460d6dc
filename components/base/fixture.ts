// The shape of an element's fixture file (<name>.fixtures.ts): one list of states that feeds its
// Storybook stories, its axe checks and its screenshots, so what designers see is what is tested.
import type { Locale } from '../../src/locale.js';

export interface Fixture {
  /** Story name, e.g. "Highlighted: women 18+". */
  name: string;
  /** Attributes as an HTML author writes them. */
  attributes?: Record<string, string>;
  /** Properties a script sets after creation. */
  properties?: Record<string, unknown>;
  /** Pins the widget locale for this state (default: da). */
  locale?: Locale;
  /** Shows the state on a dark page (`color-scheme: dark`). */
  dark?: boolean;
  /** The state holds deliberately bad input: one warning per bad value is expected. */
  badInput?: boolean;
}

export interface FixtureFile {
  tag: string;
  /** One sentence for the Storybook docs page. */
  description: string;
  fixtures: Fixture[];
}
