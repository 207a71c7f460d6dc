// The accessibility sweep (issue 11): axe (WCAG 2.2 AA) on every fixture in every locale — all six in
// Chromium, light and dark; da and en in Firefox and WebKit — and the accessibility tree of each element's
// main controls: role, name and state from the DOM in every engine, cross-checked with Playwright's ARIA
// snapshot (the browser's own tree) in Chromium.
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Fixture, FixtureFile } from '../../components/base/fixture.js';
import { setLocale } from '../../components/localization.js';
import type { Locale } from '../../src/locale.js';
import { axeViolations } from '../support/axe.js';
import { spyOnWarn } from '../support/console.js';
import { controlState, controlsIn, type ControlState } from '../support/aria.js';

export const isChromium = navigator.userAgent.includes('Chrome');
export const sweepLocales: Locale[] = isChromium ? ['da', 'en', 'sv', 'nb', 'fi', 'de'] : ['da', 'en'];
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

export async function renderState(tag: string, state: Fixture, locale: Locale, dark: boolean): Promise<Updatable> {
  await setLocale(locale);
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  if (dark) {
    wrapper.style.colorScheme = 'dark';
    wrapper.style.background = '#121212';
    wrapper.style.color = '#eeeeee';
  }
  const element = document.createElement(tag) as Updatable;
  for (const [name, value] of Object.entries(state.attributes ?? {})) element.setAttribute(name, value);
  Object.assign(element, state.properties ?? {});
  wrapper.append(element);
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}

/** Axe runs this file made, for the figures in the log. */
let axeRuns = 0;

export function axeSweep(file: FixtureFile): void {
  describe(`<${file.tag}> axe sweep: ${file.fixtures.length} fixtures × ${sweepLocales.join('/')}${isChromium ? ' × light/dark' : ''}`, function () {
    this.timeout(120000);
    after(async () => {
      await setLocale('auto');
      console.log(
        `[a11y] <${file.tag}> ${axeRuns} axe runs in ${isChromium ? 'Chromium' : navigator.userAgent.includes('Firefox') ? 'Firefox' : 'WebKit'}`,
      );
    });
    for (const state of file.fixtures) {
      // Dark needs the page's color-scheme, emulated reliably only in Chromium (TOOLCHAIN.md).
      const schemes = isChromium ? [false, true] : state.dark ? [] : [false];
      if (schemes.length === 0) continue;
      it(`${state.name}: no violations in ${sweepLocales.join(', ')}`, async () => {
        const warn = spyOnWarn();
        const found: string[] = [];
        try {
          for (const locale of sweepLocales) {
            for (const dark of schemes) {
              const element = await renderState(file.tag, state, locale, dark || state.dark === true);
              axeRuns++;
              for (const violation of await axeViolations(element))
                found.push(`${locale}${dark ? ' dark' : ''}: ${violation}`);
              element.parentElement!.remove();
            }
          }
        } finally {
          warn.restore();
        }
        expect(found).to.deep.equal([]);
      });
    }
  });
}

/** Controls of a rendered element: each has a role and a name; returns them for element-specific checks. */
export function namedControls(element: HTMLElement): Array<ControlState & { element: Element }> {
  const controls = controlsIn(element.shadowRoot!).map((control) => ({ ...controlState(control), element: control }));
  const unnamed = controls.filter((control) => control.name === '').map((c) => `${c.role} <${c.element.localName}>`);
  expect(unnamed, 'controls without an accessible name').to.deep.equal([]);
  return controls;
}

/**
 * Chromium only: the accessibility tree as Playwright's ARIA snapshot of the element; each expectation
 * is a line fragment such as `checkbox "Muskelkramper" [checked]`. Resolves to the snapshot (or null elsewhere).
 */
export async function ariaSnapshot(selector: string): Promise<string | null> {
  if (!isChromium) return null;
  const result = (await executeServerCommand('mg-aria-snapshot', { selector })) as { snapshot?: string };
  return result.snapshot ?? null;
}

/** Playwright's snapshot quotes names; checks `role "name…"` appears with the given state flags. */
export function expectInSnapshot(snapshot: string | null, role: string, name: string, flags: string[] = []): void {
  if (snapshot === null) return;
  const lines = snapshot.split('\n').filter((line) => line.includes(`${role} `) || line.trim().startsWith(`- ${role}`));
  const wanted = name.slice(0, 40);
  const hit = lines.find((line) => line.includes(wanted) && flags.every((flag) => line.includes(`[${flag}`)));
  expect(hit, `${role} "${name}" ${flags.join(' ')} in the accessibility tree:\n${snapshot.slice(0, 1500)}`).to.be.a(
    'string',
  );
}
