// The hostile-world checks every element runs, driven by its attribute table (test/<widget>/table.ts).
import { chunkLocale, lazyClosure, staticClosure } from '../support/bundle.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { ElementTable } from '../tables/types.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { loadFrame, recorded } from '../support/frame.js';
import { axeViolations } from '../support/axe.js';
import { tabOrder, press, deepActiveElement } from '../support/keyboard.js';
import { mountFixture, type MountOptions, type Updatable } from '../support/mount.js';
import { setLocale } from '../../components/localization.js';

/** Renders the element with these attributes (test/support/render.ts; values may contain markup), locale as it is. */
const create = (table: ElementTable, attributes: Record<string, string>, options: MountOptions = {}) =>
  mountFixture(table.tag, { attributes }, { locale: null, ...options });

const problemText = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('[part="input-problem"]')].map((node) => node.textContent).join(' ');

let runCounter = 0;
/** A page URL under its own prefix, so its requests can be picked out of the server's log. */
function pageUrl(table: ElementTable, { csp = false, copies = 1, lang = 'da' } = {}) {
  const run = `run-${table.tag}-${Date.now().toString(36)}-${runCounter++}`;
  const query = new URLSearchParams({
    tag: table.tag,
    bundle: table.bundle,
    attrs: JSON.stringify(table.preset),
    copies: String(copies),
  });
  return { run, url: `/${run}/test/pages/${csp ? 'csp/' : ''}mount.html?${query}&lang=${lang}` };
}

async function mount(table: ElementTable, options: { csp?: boolean; copies?: number; lang?: string } = {}) {
  const { run, url } = pageUrl(table, options);
  const frame = await loadFrame(url);
  if (options.lang) frame.contentDocument!.documentElement.lang = options.lang;
  await waitUntil(() => (frame.contentWindow as unknown as { __mgMounted?: boolean }).__mgMounted, 'element mounted', {
    timeout: 10000,
  });
  const element = frame.contentDocument!.querySelector(table.tag) as Updatable;
  await waitUntil(() => element.shadowRoot?.querySelector(table.ready), `${table.tag} rendered ${table.ready}`, {
    timeout: 10000,
  });
  return { frame, element, run };
}

/**
 * The requests a page run made: those under its URL prefix, and any other URL requested with a referrer
 * under that prefix (a fetch to an absolute path such as /collect carries the page or module as referrer).
 */
async function requestsOf(run: string): Promise<string[]> {
  const log = (await (await fetch('/__requests')).json()) as Array<{ url: string; referer?: string }>;
  const prefix = `/${run}/`;
  return log
    .filter(({ url, referer }) => url.startsWith(prefix) || (referer ?? '').includes(prefix))
    .map(({ url }) => (url.startsWith(prefix) ? url.slice(prefix.length - 1) : url).split('?')[0]!);
}

export function sharedSuites(table: ElementTable): void {
  describe(`<${table.tag}> shared suites`, () => {
    let warn: WarnSpy;
    beforeEach(() => {
      warn = spyOnWarn();
    });
    afterEach(() => {
      warn.restore();
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    });

    describe('bad input', () => {
      for (const spec of table.attributes) {
        for (const value of spec.invalid) {
          it(`${spec.attribute}=${JSON.stringify(value)}: in-widget message, one warning naming it, the rest works`, async () => {
            const element = await create(table, { ...table.preset, [spec.attribute]: value });
            expect(warn.ours(), 'exactly one prefixed warning').to.have.length(1);
            expect(warn.ours()[0]).to.include(` ${spec.attribute}: `);
            expect(warn.ours()[0]).to.include(`accepted: ${spec.accepted}`);
            expect(problemText(element)).to.include(`»${spec.attribute}«`);
            expect(element.shadowRoot!.querySelector(table.ready), 'still renders its content').to.exist;
            // Markup in a value is text, never DOM.
            expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
            expect(await table.exercise(element), 'still responds to the reader').to.be.true;
          });
        }
        for (const value of spec.valid) {
          it(`${spec.attribute}=${JSON.stringify(value)} is accepted silently`, async () => {
            const element = await create(table, { ...table.preset, [spec.attribute]: value });
            expect(warn.ours()).to.deep.equal([]);
            expect(problemText(element)).to.equal('');
          });
        }
        for (const value of spec.invalidProperty ?? []) {
          it(`.${spec.property} = ${JSON.stringify(value)} is reported once and nothing throws`, async () => {
            const element = await create(table, table.preset);
            (element as unknown as Record<string, unknown>)[spec.property] = value;
            await element.updateComplete;
            expect(warn.ours()).to.have.length(1);
            expect(warn.ours()[0]).to.include(` ${spec.attribute}: `);
            expect(problemText(element)).to.include(`»${spec.attribute}«`);
          });
        }
      }
    });

    describe('locale switching', () => {
      const shownText = (element: Updatable) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
      const sameAsFresh = async (element: Updatable, what: string) => {
        const fresh = await create(table, table.preset);
        await waitUntil(() => shownText(element) === shownText(fresh), what, { timeout: 5000 }).catch(() => undefined);
        expect(shownText(element), what).to.equal(shownText(fresh));
      };
      afterEach(async () => {
        document.documentElement.removeAttribute('lang');
        await setLocale('auto');
      });

      it('follows a change of <html lang> (da → en → da) as if rendered in that language', async () => {
        await setLocale('auto');
        document.documentElement.lang = 'da';
        const element = await create(table, table.preset);
        const danish = shownText(element);
        document.documentElement.lang = 'en';
        await sameAsFresh(element, 'after lang=en: the same text as an element rendered in English');
        expect(shownText(element), 'English differs from Danish').to.not.equal(danish);
        document.documentElement.lang = 'da';
        await sameAsFresh(element, 'after lang=da again: the same text as an element rendered in Danish');
        expect(shownText(element)).to.equal(danish);
        expect(warn.ours()).to.deep.equal([]);
      });
    });

    describe('strict CSP and Trusted Types', () => {
      for (const copies of [1, 2]) {
        it(`renders and works with ${copies} ${copies === 1 ? 'copy' : 'copies'}: no violation, no error`, async () => {
          const { frame, element } = await mount(table, { csp: true, copies });
          expect(await table.exercise(element)).to.be.true;
          const { violations, errors, warnings } = recorded(frame);
          expect(violations).to.deep.equal([]);
          expect(errors).to.deep.equal([]);
          expect(warnings.filter((w) => w.startsWith('[magnesium-widgets]'))).to.have.length(copies - 1);
        });
      }
    });

    describe('no network, no storage', () => {
      for (const lang of ['da', 'en']) {
        it(`lang=${lang}: requests only the bundle${lang === 'da' ? '' : ' and the en locale chunk'}; stores nothing`, async () => {
          const { frame, element, run } = await mount(table, { lang });
          await table.exercise(element);
          await new Promise((resolve) => setTimeout(resolve, 100));
          const closure = await staticClosure(table.bundle);
          const lazy = await lazyClosure(closure);
          const allowed = (path: string) =>
            ['/test/pages/mount.html', '/test/pages/record.js', '/test/pages/mount.js'].includes(path) ||
            closure.has(path) ||
            lazy.has(path);
          const requests = await requestsOf(run);
          expect(
            requests.filter((path) => !allowed(path)),
            'requests beyond the bundle',
          ).to.deep.equal([]);
          // Locale chunks (`en-….js`) and lazy parts' message chunks (`quiz-result.en-….js`): the page's language only.
          const chunkLocales = requests.map(chunkLocale).filter(Boolean);
          expect([...new Set(chunkLocales)]).to.deep.equal(lang === 'da' ? [] : [lang]);
          // A one-widget page downloads that widget's own messages and no other widget's (split-locales.mjs).
          const widgetMessages = [
            ...new Set(
              requests.map(
                (path) => /\/chunks\/(dose-table|symptom-checklist|risk-quiz|dose-checker)\.\w\w-/.exec(path)?.[1],
              ),
            ),
          ].filter(Boolean);
          const own = table.tag.replace(/^mg-/, '');
          expect(widgetMessages, 'widget message chunks').to.deep.equal(
            lang === 'da' || !['dose-table', 'symptom-checklist', 'risk-quiz', 'dose-checker'].includes(own)
              ? []
              : [own],
          );
          const win = frame.contentWindow!;
          expect(frame.contentDocument!.cookie).to.equal('');
          expect(win.localStorage.length).to.equal(0);
          expect(win.sessionStorage.length).to.equal(0);
          if ('databases' in win.indexedDB) expect(await win.indexedDB.databases()).to.deep.equal([]);
        });
      }
    });

    describe('two copies without CSP', () => {
      it('no error, the element works, one warning for the extra copy', async () => {
        const { frame, element } = await mount(table, { copies: 2 });
        expect(await table.exercise(element)).to.be.true;
        expect(recorded(frame).errors).to.deep.equal([]);
        expect(recorded(frame).warnings.filter((w) => w.startsWith('[magnesium-widgets]'))).to.have.length(1);
      });
    });

    describe('accessibility', () => {
      it('axe (WCAG 2.2 AA): no violations on a light page', async () => {
        const element = await create(table, table.preset);
        expect(await axeViolations(element)).to.deep.equal([]);
      });

      if (navigator.userAgent.includes('Chrome')) {
        it('axe (WCAG 2.2 AA): no violations on a dark page (color-scheme: dark)', async () => {
          const element = await create(table, table.preset, { dark: true });
          expect(await axeViolations(element)).to.deep.equal([]);
        });
      }

      it(`keyboard: Tab reaches ${table.tabStops} controls in order and Tab leaves the widget`, async () => {
        const before = document.createElement('button');
        before.textContent = 'before';
        const after = document.createElement('button');
        after.textContent = 'after';
        const element = await create(table, table.preset, { before: [before], after: [after] });
        const stops = await tabOrder(element, before);
        expect(stops).to.have.length(table.tabStops);
        expect(document.activeElement).to.equal(after);
        // Every stop shows a focus indicator (our tokens style :focus-visible).
        expect(stops.filter((stop) => !stop.focusVisible).map((stop) => stop.element.localName)).to.deep.equal([]);
      });

      it('keyboard: the first control can be activated with Enter or Space', async () => {
        const before = document.createElement('button');
        await create(table, table.preset, { before: [before] });
        before.focus();
        await press('Tab');
        const first = deepActiveElement();
        expect(first).to.exist;
        let activated = false;
        first!.addEventListener(
          'click',
          (event) => {
            activated = true;
            // A tel: link (the emergency number) would hand the page to the phone app: the click is enough.
            if (first instanceof HTMLAnchorElement && first.protocol === 'tel:') event.preventDefault();
          },
          { once: true },
        );
        await press(first instanceof HTMLInputElement && first.type === 'checkbox' ? 'Space' : 'Enter');
        expect(activated).to.be.true;
      });
    });
  });
}
