// The accessibility sweep (issue 11): axe (WCAG 2.2 AA) on every fixture in every locale — all six in
// Chromium, light and dark; da, en and the fixture's own locale in Firefox and WebKit — and the accessibility tree of
// each element's main controls: role, name and state from the DOM in every engine, cross-checked with Playwright's
// ARIA snapshot (the browser's own tree) in Chromium. It is the only place fixtures run under axe (issue 17: the
// element tests' own fixture pass ran a subset of it again), so it also holds that pass's other check: a fixture
// without deliberately bad input logs no warning.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { FixtureFile } from '../../components/base/fixture.js';
import { setLocale } from '../../components/localization.js';
import type { Locale } from '../../src/locale.js';
import { axeViolations } from '../support/axe.js';
import { spyOnWarn } from '../support/console.js';
import { controlState, controlsIn, type ControlState } from '../support/aria.js';
import { mountFixture } from '../support/mount.js';

export const isChromium = navigator.userAgent.includes('Chrome');
export const sweepLocales: Locale[] = isChromium ? ['da', 'en', 'sv', 'nb', 'fi', 'de'] : ['da', 'en'];

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
      // Dark needs the page's color-scheme, emulated reliably only in Chromium (TOOLCHAIN.md). A dark state is
      // dark already: once, not once per scheme.
      const schemes = state.dark ? (isChromium ? [true] : []) : isChromium ? [false, true] : [false];
      if (schemes.length === 0) continue;
      // The fixture's own locale too (a Swedish state is checked in Swedish in every engine).
      const locales = [...new Set([...sweepLocales, state.locale ?? 'da'])];
      it(`${state.name}: no violations in ${locales.join(', ')}${state.badInput ? '' : ', no warning'}`, async () => {
        const warn = spyOnWarn();
        const found: string[] = [];
        const warned: string[] = [];
        try {
          for (const locale of locales) {
            for (const dark of schemes) {
              const element = await mountFixture(file.tag, state, { locale, dark });
              axeRuns++;
              for (const violation of await axeViolations(element))
                found.push(`${locale}${dark ? ' dark' : ''}: ${violation}`);
              element.parentElement!.remove();
            }
          }
          warned.push(...warn.ours());
        } finally {
          warn.restore();
        }
        expect(found).to.deep.equal([]);
        if (!state.badInput) expect(warned, 'warnings from a fixture without bad input').to.deep.equal([]);
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
