// The one way a fixture state becomes an element, shared by the stories (stories/story-helpers.ts) and the tests
// (test/support/mount.ts: the accessibility sweep, visual baselines, contract and shared suites): attributes through
// setAttribute, then properties, custom properties through CSSOM (a strict CSP blocks style=), and the page colours a
// dark state is shown on. DOM only — no test library — so Storybook can import it.
import type { Fixture } from '../../components/base/fixture.js';

/** What a fixture or a story's args set on an element. */
export interface RenderInput {
  attributes?: Fixture['attributes'];
  properties?: Fixture['properties'];
  /** `--mg-*` custom properties (Storybook controls). */
  customProperties?: Record<string, string>;
}

/** Page colours: a dark state shows the widget on a dark page that sets `color-scheme: dark` (DESIGN.md, Theming). */
export const pageColours = {
  light: { colorScheme: 'light', background: '#ffffff', color: '#1a1a1a' },
  dark: { colorScheme: 'dark', background: '#121212', color: '#eeeeee' },
} as const;

/** Paints `target` (a wrapper, or the page's body) as a light or dark page. */
export function paintPage(target: HTMLElement, dark: boolean): void {
  const colours = pageColours[dark ? 'dark' : 'light'];
  target.style.colorScheme = colours.colorScheme;
  target.style.background = colours.background;
  target.style.color = colours.color;
}

/** Creates `<tag>` with DOM APIs (values may hold markup; they stay text); not yet in the page. */
export function createElementFrom<Element extends HTMLElement = HTMLElement>(tag: string, input: RenderInput): Element {
  const element = document.createElement(tag) as Element;
  for (const [name, value] of Object.entries(input.attributes ?? {})) element.setAttribute(name, value);
  Object.assign(element, input.properties ?? {});
  for (const [name, value] of Object.entries(input.customProperties ?? {})) element.style.setProperty(name, value);
  return element;
}
