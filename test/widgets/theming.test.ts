// Colours that survive any theme (issue 21, point 5), measured as painted: getComputedStyle colours composited over
// everything behind them (test/support/contrast.ts). Every text ≥ 4.5:1 (3:1 large), every field and meter border and
// every warning marker ≥ 3:1, and a focus ring with a 3:1 part — on a light page, a dark page with and without
// `color-scheme`, grey page text, and a bright brand accent. Plus: white/black text on any accent, the fixed colours
// a browser without color-mix() or relative colours gets, forced colours (Windows high contrast), and axe in the
// themes the a11y sweep does not cover. Chromium: colours are computed the same way in every engine, and only
// Chromium emulates forced colours here.
import { expect, fixture as mount } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../components/define.js';
import type { Fixture, FixtureFile } from '../../components/base/fixture.js';
import { doseCheckerFixtures } from '../../components/dose-checker/dose-checker.fixtures.js';
import { doseTableFixtures } from '../../components/dose-table/dose-table.fixtures.js';
import { riskQuizFixtures } from '../../components/risk-quiz/risk-quiz.fixtures.js';
import { sourcesFixtures } from '../../components/sources/sources.fixtures.js';
import { symptomChecklistFixtures } from '../../components/symptom-checklist/symptom-checklist.fixtures.js';
import { setLocale } from '../../components/localization.js';
import { axeViolations } from '../support/axe.js';
import { spyOnWarn } from '../support/console.js';
import {
  backgroundLayers,
  composite,
  edgeContrast,
  isLargeText,
  ratio,
  textContrast,
  textElements,
} from '../support/contrast.js';
import '../support/fresh-page.js';

const isChromium = navigator.userAgent.includes('Chrome');
type Widget = HTMLElement & { updateComplete: Promise<unknown> };

interface Theme {
  name: string;
  page: Partial<Record<'colorScheme' | 'color' | 'background', string>>;
  tokens?: Record<string, string>;
}

const themes: Theme[] = [
  { name: 'light page', page: { color: '#1a1a1a', background: '#ffffff' } },
  { name: 'light page, grey text (7:1)', page: { color: '#595959', background: '#ffffff' } },
  { name: 'dark page with color-scheme', page: { colorScheme: 'dark', color: '#eeeeee', background: '#121212' } },
  { name: 'dark page without color-scheme', page: { color: '#f0f0f0', background: '#1c1c1c' } },
  {
    name: 'brand accent #f39200, light page',
    page: { color: '#1a1a1a', background: '#ffffff' },
    tokens: { '--mg-accent': '#f39200' },
  },
  {
    name: 'brand accent #f39200, dark page without color-scheme',
    page: { color: '#f0f0f0', background: '#1c1c1c' },
    tokens: { '--mg-accent': '#f39200' },
  },
];

/** The states that show every colour: verdicts, warnings, the marked row, the emergency box, filled buttons. */
const states: Array<[FixtureFile, string]> = [
  [doseCheckerFixtures, 'Magnesium oxide as salt weight: above the upper limit'],
  [doseCheckerFixtures, 'Pharmacy product page, kidneys answered: no'],
  [doseCheckerFixtures, 'Kidney disease, with medicines that need a time gap'],
  [doseCheckerFixtures, 'Bad input: comma as decimal point, unknown medicine'],
  [doseTableFixtures, 'Marked: women 18+'],
  [doseTableFixtures, 'Compare with other authorities'],
  [riskQuizFixtures, 'Start'],
  [riskQuizFixtures, 'Question in progress'],
  [riskQuizFixtures, 'Result: high (well-documented group)'],
  [riskQuizFixtures, 'Result: moderate with kidney disease unknown'],
  [symptomChecklistFixtures, 'Emergency: chest pain'],
  [symptomChecklistFixtures, 'Urgent: tetany'],
  [symptomChecklistFixtures, 'Self-care: cramps and tiredness'],
  [sourcesFixtures, 'Open'],
];

const fixtureOf = (file: FixtureFile, name: string): Fixture => {
  const found = file.fixtures.find((each) => each.name === name);
  if (!found) throw new Error(`no fixture "${name}" in ${file.tag}`);
  return found;
};

async function render(file: FixtureFile, state: Fixture, theme: Theme, width = 720): Promise<Widget> {
  const wrapper = await mount<HTMLDivElement>(document.createElement('div'));
  Object.assign(wrapper.style, theme.page, { width: `${width}px`, padding: '8px' });
  for (const [name, value] of Object.entries(theme.tokens ?? {})) wrapper.style.setProperty(name, value);
  const element = document.createElement(file.tag) as Widget;
  for (const [name, value] of Object.entries(state.attributes ?? {})) element.setAttribute(name, value);
  Object.assign(element, state.properties ?? {});
  wrapper.append(element);
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}

/** Every element in the widget's shadow tree (nested shadow roots too). */
function allElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** Lines that carry meaning without text: warning and emergency markers, rejected-input frames. */
const markers: Array<[string, 'borderLeftColor' | 'borderTopColor']> = [
  ['.emergency', 'borderLeftColor'],
  ['.alert-emergency', 'borderLeftColor'],
  ['.alert-urgent', 'borderLeftColor'],
  ['.flag', 'borderLeftColor'],
  ['.warning', 'borderLeftColor'],
  // Uncertain answers get a dashed neutral rule on purpose (risk-quiz.styles.ts): not a marker of evidence.
  ['.factor.strong:not(.uncertain *)', 'borderLeftColor'],
  ['.factor.moderate:not(.uncertain *)', 'borderLeftColor'],
  ['.input-problems', 'borderTopColor'],
];
const fields = 'input[type="text"], select, textarea, meter';

interface Measured {
  text: number;
  fields: number;
  markers: number;
  problems: string[];
}

function measure(element: Widget, label: string): Measured {
  const result: Measured = { text: Infinity, fields: Infinity, markers: Infinity, problems: [] };
  const root = element.shadowRoot!;
  for (const text of textElements(root)) {
    const { ratio: value } = textContrast(text);
    const needed = isLargeText(text) ? 3 : 4.5;
    result.text = Math.min(result.text, value);
    if (value < needed)
      result.problems.push(
        `${label}: text ${value.toFixed(2)}:1 < ${needed} <${text.localName} class="${text.className}"> "${text.textContent!.trim().slice(0, 40)}"`,
      );
  }
  const elements = allElements(root);
  for (const field of elements.filter((each) => each.matches(fields) && each.checkVisibility())) {
    const value = edgeContrast(field, getComputedStyle(field).borderTopColor);
    result.fields = Math.min(result.fields, value);
    if (value < 3) result.problems.push(`${label}: <${field.localName}> border ${value.toFixed(2)}:1 < 3`);
  }
  for (const [selector, side] of markers) {
    for (const marker of elements.filter((each) => each.matches(selector) && each.checkVisibility())) {
      const style = getComputedStyle(marker);
      if (parseFloat(side === 'borderLeftColor' ? style.borderLeftWidth : style.borderTopWidth) === 0) continue;
      const value = edgeContrast(marker, style[side]);
      result.markers = Math.min(result.markers, value);
      if (value < 3) result.problems.push(`${label}: ${selector} marker ${value.toFixed(2)}:1 < 3`);
    }
  }
  return result;
}

/** The focus indicator of the focused element: its better ring (outline or the inner box-shadow ring) against the page. */
function focusRing(element: Element): { outline: number; inner: number } {
  const style = getComputedStyle(element);
  const outside = backgroundLayers(element, { includeSelf: false });
  const page = composite(...outside);
  const outline = style.outlineStyle === 'none' ? 0 : ratio(composite(...outside, style.outlineColor), page);
  // box-shadow computes to "<colour> 0px 0px 0px 2px"; the colour comes first.
  const shadowColour = /^(rgba?\([^)]*\)|oklab\([^)]*\)|color\([^)]*\)|#\w+)/.exec(style.boxShadow)?.[1];
  const inner = shadowColour ? ratio(composite(...outside, shadowColour), page) : 0;
  return { outline, inner };
}

if (isChromium) {
  describe('theming: colours that survive any theme', function () {
    this.timeout(120000);
    before(() => setLocale('da'));
    after(() => setLocale('auto'));

    for (const theme of themes) {
      it(`${theme.name}: text ≥ 4.5:1, fields, markers and focus rings ≥ 3:1`, async () => {
        const warn = spyOnWarn();
        const problems: string[] = [];
        const lowest = { text: Infinity, fields: Infinity, markers: Infinity, focus: Infinity };
        try {
          for (const [file, name] of states) {
            const element = await render(file, fixtureOf(file, name), theme);
            const measured = measure(element, `<${file.tag}> ${name}`);
            problems.push(...measured.problems);
            lowest.text = Math.min(lowest.text, measured.text);
            lowest.fields = Math.min(lowest.fields, measured.fields);
            lowest.markers = Math.min(lowest.markers, measured.markers);
            // Focus: the first button, field and link, reached from the keyboard (:focus-visible).
            for (const selector of ['button', 'input[type="text"], select', 'a']) {
              const target = element.shadowRoot!.querySelector<HTMLElement>(selector);
              if (!target?.checkVisibility()) continue;
              await sendKeys({ press: 'Shift' });
              target.focus();
              if (!target.matches(':focus-visible')) {
                problems.push(`<${file.tag}> ${selector}: not :focus-visible after focus()`);
                continue;
              }
              const ring = focusRing(target);
              const best = Math.max(ring.outline, ring.inner);
              lowest.focus = Math.min(lowest.focus, best);
              if (best < 3) problems.push(`<${file.tag}> ${name} ${selector}: focus ring ${best.toFixed(2)}:1 < 3`);
              target.blur();
            }
            element.parentElement!.remove();
          }
        } finally {
          warn.restore();
        }
        console.log(
          `[theming] ${theme.name}: lowest text ${lowest.text.toFixed(2)}, fields ${lowest.fields.toFixed(2)}, markers ${lowest.markers.toFixed(2)}, focus ${lowest.focus.toFixed(2)}`,
        );
        expect(problems).to.deep.equal([]);
      });
    }

    it('a typed value the checker rejects: the error text keeps 4.5:1 on a dark page without color-scheme', async () => {
      const element = await render(
        doseCheckerFixtures,
        fixtureOf(doseCheckerFixtures, 'Empty: the reader fills in a product'),
        themes[3]!,
      );
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[inputmode]')!;
      input.value = 'mange';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await element.updateComplete;
      const error = element.shadowRoot!.querySelector('.error');
      expect(error, 'an error message').to.exist;
      expect(textContrast(error!).ratio).to.be.at.least(4.5);
      expect(edgeContrast(input, getComputedStyle(input).borderTopColor)).to.be.at.least(3);
      element.parentElement!.remove();
    });

    it('--mg-on-accent by default: white or black text with ≥ 4.5:1 on any accent (6³ accents)', async () => {
      const element = await render(riskQuizFixtures, fixtureOf(riskQuizFixtures, 'Start'), themes[0]!);
      const button = element.shadowRoot!.querySelector<HTMLElement>('button.primary')!;
      const failures: string[] = [];
      let lowest = Infinity;
      const steps = [0, 51, 102, 153, 204, 255];
      for (const r of steps)
        for (const g of steps)
          for (const b of steps) {
            element.style.setProperty('--mg-accent', `rgb(${r} ${g} ${b})`);
            const { ratio: value, text } = textContrast(button);
            lowest = Math.min(lowest, value);
            const plain = text.join() === '0,0,0' || text.join() === '255,255,255';
            if (value < 4.5 || !plain) failures.push(`rgb(${r} ${g} ${b}): ${text.join()} at ${value.toFixed(2)}:1`);
          }
      console.log(`[theming] on-accent over 216 accents: lowest ${lowest.toFixed(2)}:1`);
      expect(failures).to.deep.equal([]);
      // A site's own on-accent colour wins.
      element.style.setProperty('--mg-on-accent', 'rgb(1, 2, 3)');
      expect(getComputedStyle(button).webkitTextFillColor).to.equal('rgb(1, 2, 3)');
      element.parentElement!.remove();
    });

    it('browsers without color-mix() or relative colours get the fixed light colours, not unset ones', async () => {
      // Simulated: the widget's own style sheets with those functions renamed to ones no browser knows. As in an old
      // browser, declarations that use them directly are dropped, custom properties keep them and every var() that
      // reads them turns invalid, and the @supports fallback applies.
      const old = (element: Widget) => {
        const sheets = element.shadowRoot!.adoptedStyleSheets.map((sheet) => {
          const text = [...sheet.cssRules]
            .map((rule) => rule.cssText)
            .join('\n')
            .replaceAll('color-mix(', 'x-old-color-mix(')
            .replaceAll('color(from', 'x-old-color(from');
          const copy = new CSSStyleSheet();
          copy.replaceSync(text);
          return copy;
        });
        element.shadowRoot!.adoptedStyleSheets = sheets;
      };
      const checker = await render(
        doseCheckerFixtures,
        fixtureOf(doseCheckerFixtures, 'Magnesium oxide as salt weight: above the upper limit'),
        themes[0]!,
      );
      old(checker);
      const root = checker.shadowRoot!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      expect(style('[part="verdict"]').color, 'verdict').to.equal('rgb(179, 38, 30)');
      expect(style('input[type="text"]').borderTopColor, 'field border').to.equal('rgb(118, 118, 118)');
      expect(style('input[type="text"]').borderTopStyle).to.equal('solid');
      expect(style('[part="copy-button"]').backgroundColor, 'copy button fill').to.equal('rgb(11, 87, 164)');
      expect(style('[part="copy-button"]').webkitTextFillColor, 'copy button text').to.equal('rgb(255, 255, 255)');
      expect(style('[part="add-button"]').borderTopColor, 'outline button').to.equal('rgb(11, 87, 164)');
      expect(style('.warning.urgent').borderLeftColor, 'urgent warning').to.equal('rgb(179, 38, 30)');
      expect(measure(checker, 'old browser').problems).to.deep.equal([]);
      checker.parentElement!.remove();
      const table = await render(doseTableFixtures, fixtureOf(doseTableFixtures, 'Marked: women 18+'), themes[0]!);
      old(table);
      const row = table.shadowRoot!.querySelector('tr.current')!;
      expect(getComputedStyle(row).backgroundColor, 'marked row').to.equal('rgb(231, 238, 246)');
      expect(measure(table, 'old browser').problems).to.deep.equal([]);
      table.parentElement!.remove();
    });

    describe('forced colours (Windows high contrast)', () => {
      before(() => emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]));
      after(() => emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]));

      const systemColour = (name: string) => {
        const probe = document.createElement('span');
        probe.style.color = name;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      const shot = (tag: string, name: string) =>
        executeServerCommand('mg-screenshot', {
          selector: tag,
          save: `test/.build/screenshots/forced-colors-${name}.png`,
        });

      it('the reader’s row in the dose table keeps a frame (table and card layout)', async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const width of [900, 360]) {
          const table = await render(
            doseTableFixtures,
            fixtureOf(doseTableFixtures, 'Marked: women 18+'),
            themes[0]!,
            width,
          );
          const rows = [...table.shadowRoot!.querySelectorAll('tbody tr')];
          const current = rows.find((row) => row.classList.contains('current'))!;
          const other = rows.find((row) => !row.classList.contains('current'))!;
          const head = (row: Element) => getComputedStyle(row.querySelector('th')!);
          expect(getComputedStyle(current).outlineStyle, `${width}: row outline`).to.equal('solid');
          expect(getComputedStyle(other).outlineStyle).to.equal('none');
          expect(getComputedStyle(current).outlineColor).to.equal(systemColour('Highlight'));
          expect(
            parseFloat(head(current).borderLeftWidth) + parseFloat(getComputedStyle(current).borderLeftWidth),
          ).to.be.at.least(
            parseFloat(head(other).borderLeftWidth) + parseFloat(getComputedStyle(other).borderLeftWidth) + 3,
          );
          const label = table.shadowRoot!.querySelector('.current-label')!;
          expect(getComputedStyle(label).webkitTextFillColor, 'label text paints in the forced colour').to.equal(
            systemColour('CanvasText'),
          );
          await shot('mg-dose-table', `dose-table-${width}`);
          table.parentElement!.remove();
        }
      });

      it('verdicts, urgent warnings and the 112 box keep shapes of their own; filled buttons keep their text', async () => {
        const checker = await render(
          doseCheckerFixtures,
          fixtureOf(doseCheckerFixtures, 'Magnesium oxide as salt weight: above the upper limit'),
          themes[0]!,
        );
        const root = checker.shadowRoot!;
        const verdict = getComputedStyle(root.querySelector('[part="verdict"]')!);
        expect(verdict.borderTopStyle).to.equal('double');
        expect(parseFloat(verdict.borderTopWidth)).to.be.at.least(3);
        expect(getComputedStyle(root.querySelector('.warning.urgent')!).borderLeftStyle).to.equal('double');
        // getComputedStyle reports `color` as the page set it; the forced colour shows in the text fill.
        const copy = getComputedStyle(root.querySelector('[part="copy-button"]')!);
        expect(copy.webkitTextFillColor).to.equal(systemColour('ButtonText'));
        await shot('mg-dose-checker', 'dose-checker');
        checker.parentElement!.remove();

        const below = await render(
          doseCheckerFixtures,
          fixtureOf(doseCheckerFixtures, 'Pharmacy product page, kidneys answered: no'),
          themes[0]!,
        );
        const ok = getComputedStyle(below.shadowRoot!.querySelector('[part="verdict"]')!);
        expect(ok.borderTopStyle, 'a verdict below the limit is framed, but not doubled').to.equal('solid');
        below.parentElement!.remove();

        const checklist = await render(
          symptomChecklistFixtures,
          fixtureOf(symptomChecklistFixtures, 'Emergency: chest pain'),
          themes[0]!,
        );
        for (const selector of ['[part="emergency-box"]', '.alert-emergency']) {
          const box = getComputedStyle(checklist.shadowRoot!.querySelector(selector)!);
          expect(box.borderTopStyle, selector).to.equal('double');
          expect(parseFloat(box.borderLeftWidth), selector).to.be.at.least(10);
        }
        await shot('mg-symptom-checklist', 'symptom-checklist');
        checklist.parentElement!.remove();

        const quiz = await render(
          riskQuizFixtures,
          fixtureOf(riskQuizFixtures, 'Result: high (well-documented group)'),
          themes[0]!,
        );
        expect(getComputedStyle(quiz.shadowRoot!.querySelector('.factor.strong')!).borderLeftStyle).to.equal('double');
        const primary = getComputedStyle(quiz.shadowRoot!.querySelector('button.primary')!);
        expect(primary.webkitTextFillColor).to.equal(systemColour('ButtonText'));
        await shot('mg-risk-quiz', 'risk-quiz');
        quiz.parentElement!.remove();
      });

      it('focus: a 3 px outline in the system highlight colour', async () => {
        const quiz = await render(riskQuizFixtures, fixtureOf(riskQuizFixtures, 'Start'), themes[0]!);
        const button = quiz.shadowRoot!.querySelector<HTMLElement>('button')!;
        await sendKeys({ press: 'Shift' });
        button.focus();
        const style = getComputedStyle(button);
        expect(style.outlineStyle).to.equal('solid');
        expect(style.outlineWidth).to.equal('3px');
        expect(style.outlineColor).to.equal(systemColour('Highlight'));
        quiz.parentElement!.remove();
      });
    });

    describe('axe in the themes the a11y sweep does not cover', () => {
      for (const theme of [themes[3]!, themes[4]!]) {
        it(`${theme.name}: no violations`, async () => {
          const warn = spyOnWarn();
          const found: string[] = [];
          try {
            for (const [file, name] of states) {
              const element = await render(file, fixtureOf(file, name), theme);
              for (const violation of await axeViolations(element)) found.push(`<${file.tag}> ${name}: ${violation}`);
              element.parentElement!.remove();
            }
          } finally {
            warn.restore();
          }
          expect(found).to.deep.equal([]);
        });
      }
    });
  });
}
