// Every fixture of an element, rendered as Storybook shows it, checked with axe (WCAG 2.2 AA).
import { expect, fixture as mountFixture } from '@open-wc/testing';
import type { FixtureFile, Fixture } from '../../components/base/fixture.js';
import { setLocale } from '../../components/localization.js';
import { axeViolations } from '../support/axe.js';
import { spyOnWarn } from '../support/console.js';

const isChromium = navigator.userAgent.includes('Chrome');

/** Renders one fixture into the test page (dark page styles when asked) and returns the element. */
export async function renderFixture(
  tag: string,
  state: Fixture,
): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  await setLocale(state.locale ?? 'da');
  const wrapper = await mountFixture<HTMLDivElement>(document.createElement('div'));
  if (state.dark) {
    wrapper.style.colorScheme = 'dark';
    wrapper.style.background = '#121212';
    wrapper.style.color = '#eeeeee';
  }
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(state.attributes ?? {})) element.setAttribute(name, value);
  Object.assign(element, state.properties ?? {});
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

export function fixtureSuite(file: FixtureFile): void {
  describe(`<${file.tag}> fixtures: axe (WCAG 2.2 AA)`, () => {
    after(() => setLocale('auto'));
    for (const state of file.fixtures) {
      // Dark states need the page's color-scheme, which only Chromium's tests emulate reliably.
      if (state.dark && !isChromium) continue;
      it(`${state.name}: no violations`, async () => {
        const warn = spyOnWarn();
        try {
          const element = await renderFixture(file.tag, state);
          expect(await axeViolations(element)).to.deep.equal([]);
          if (!state.badInput) expect(warn.ours()).to.deep.equal([]);
        } finally {
          warn.restore();
        }
      });
    }
  });
}
