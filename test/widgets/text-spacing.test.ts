// Readers' own text spacing wins (issue 21, point 9; WCAG 1.4.12). The widgets keep a line-height of at least 1.5 against
// pages that squeeze it, yet a reader's own `* { line-height: … !important }` (an extension or bookmarklet adds it to
// the page) reaches their text; and with the WCAG text-spacing bookmarklet's styles injected into the page and every
// shadow root, nothing is clipped and no text overlaps other text. Chromium, Firefox and WebKit.
import { expect, fixture as mount } from '@open-wc/testing';
import '../../components/define.js';
import type { Fixture, FixtureFile } from '../../components/base/fixture.js';
import { doseCheckerFixtures } from '../../components/dose-checker/dose-checker.fixtures.js';
import { doseTableFixtures } from '../../components/dose-table/dose-table.fixtures.js';
import { riskQuizFixtures } from '../../components/risk-quiz/risk-quiz.fixtures.js';
import { sourcesFixtures } from '../../components/sources/sources.fixtures.js';
import { symptomChecklistFixtures } from '../../components/symptom-checklist/symptom-checklist.fixtures.js';
import { setLocale } from '../../components/localization.js';
import { textElements } from '../support/contrast.js';
import '../support/fresh-page.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The WCAG 1.4.12 test values, as the text-spacing bookmarklet (Steve Faulkner) sets them. */
const bookmarklet =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
  ' p { margin-bottom: 2em !important; }';

const states: Array<[FixtureFile, string]> = [
  [symptomChecklistFixtures, 'Emergency: chest pain'],
  [doseTableFixtures, 'Marked: women 18+'],
  [riskQuizFixtures, 'Question in progress'],
  [riskQuizFixtures, 'Result: high (well-documented group)'],
  [doseCheckerFixtures, 'Kidney disease, with medicines that need a time gap'],
  [sourcesFixtures, 'Open'],
];

async function render(file: FixtureFile, name: string, width: number): Promise<Widget> {
  const state: Fixture = file.fixtures.find((each) => each.name === name)!;
  const wrapper = await mount<HTMLDivElement>(document.createElement('div'));
  wrapper.style.width = `${width}px`;
  const element = document.createElement(file.tag) as Widget;
  for (const [attribute, value] of Object.entries(state.attributes ?? {})) element.setAttribute(attribute, value);
  Object.assign(element, state.properties ?? {});
  wrapper.append(element);
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}

function pageStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

/** Adds `text` as a style sheet to every shadow root in the element's tree (nested widgets too). */
function injectIntoShadowRoots(element: Element, text: string): number {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  let roots = 0;
  const visit = (node: Element) => {
    if (node.shadowRoot) {
      node.shadowRoot.adoptedStyleSheets = [...node.shadowRoot.adoptedStyleSheets, sheet];
      roots++;
      for (const child of node.shadowRoot.querySelectorAll('*')) visit(child);
    }
  };
  visit(element);
  return roots;
}

const px = (value: string) => parseFloat(value);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Text that is clipped by its own box, or text boxes that overlap each other. */
function lossOfContent(element: Widget): string[] {
  const problems: string[] = [];
  const all: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const each of root.querySelectorAll('*')) {
      all.push(each);
      if (each.shadowRoot) visit(each.shadowRoot);
    }
  };
  visit(element.shadowRoot!);
  for (const each of all) {
    if (!(each instanceof HTMLElement) || !each.checkVisibility()) continue;
    const style = getComputedStyle(each);
    const box = each.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers
    const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    if (clips(style.overflowY) && each.scrollHeight > each.clientHeight + 1)
      problems.push(
        `<${each.localName} class="${each.className}"> clips ${each.scrollHeight - each.clientHeight}px of height`,
      );
    if (clips(style.overflowX) && each.scrollWidth > each.clientWidth + 1)
      problems.push(
        `<${each.localName} class="${each.className}"> clips ${each.scrollWidth - each.clientWidth}px of width`,
      );
  }
  // Text lines of one element against another's: measured on the text itself (Range rects), not the boxes.
  const texts = textElements(element.shadowRoot!);
  const lines = texts.map((text) => {
    const range = document.createRange();
    range.selectNodeContents(text);
    return { text, rects: [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1) };
  });
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (a.text.contains(b.text) || b.text.contains(a.text)) continue;
      for (const x of a.rects)
        for (const y of b.rects) {
          const width = Math.min(x.right, y.right) - Math.max(x.left, y.left);
          const height = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
          // Line boxes of neighbours may touch; glyphs overlap only when both extents overlap by more than 2 px.
          if (width > 2 && height > 2)
            problems.push(
              `"${a.text.textContent!.trim().slice(0, 30)}" overlaps "${b.text.textContent!.trim().slice(0, 30)}" by ${width.toFixed(0)}×${height.toFixed(0)}px`,
            );
        }
    }
  }
  return [...new Set(problems)];
}

describe('text spacing: the reader’s own styles win (WCAG 1.4.12)', function () {
  this.timeout(120000);
  before(() => setLocale('da'));
  after(() => setLocale('auto'));
  afterEach(() => document.querySelectorAll('style[data-test-spacing]').forEach((style) => style.remove()));

  it('a reader’s `* { line-height: 2.2 !important }` in the page reaches every text in the widgets', async () => {
    const style = pageStyle('* { line-height: 2.2 !important; }');
    style.dataset.testSpacing = '';
    const problems: string[] = [];
    for (const [file, name] of states) {
      const element = await render(file, name, 800);
      const hostSize = px(getComputedStyle(element).fontSize);
      expect(px(getComputedStyle(element).lineHeight), `<${file.tag}> host`).to.be.closeTo(2.2 * hostSize, 0.5);
      for (const text of textElements(element.shadowRoot!)) {
        const computed = getComputedStyle(text);
        const size = px(computed.fontSize);
        const line = px(computed.lineHeight);
        // Never less than the reader's line at the widget's own text size, nor than 1.5 of a larger text's size.
        const wanted = Math.max(2.2 * hostSize, 1.5 * size);
        if (line < wanted - 0.5)
          problems.push(
            `<${file.tag}> ${name}: <${text.localName} class="${text.className}"> line-height ${line}px at ${size}px, wanted ≥ ${wanted.toFixed(1)}px`,
          );
      }
      element.parentElement!.remove();
    }
    expect(problems).to.deep.equal([]);
  });

  it('a page that squeezes lines (`* { line-height: 0.6 !important }`) still gets at least 1.5 inside', async () => {
    const style = pageStyle('html, body, * { line-height: 0.6 !important; }');
    style.dataset.testSpacing = '';
    const problems: string[] = [];
    for (const [file, name] of states) {
      const element = await render(file, name, 800);
      for (const text of textElements(element.shadowRoot!)) {
        const computed = getComputedStyle(text);
        const ratio = px(computed.lineHeight) / px(computed.fontSize);
        // The quiz heading sets 1.3 on purpose (a large, short line).
        const wanted = text.classList.contains('heading') ? 1.3 : 1.5;
        if (!(ratio >= wanted - 0.01))
          problems.push(
            `<${file.tag}> <${text.localName} class="${text.className}"> line-height ratio ${ratio.toFixed(2)}`,
          );
      }
      element.parentElement!.remove();
    }
    expect(problems).to.deep.equal([]);
  });

  for (const width of [360, 800]) {
    it(`at ${width} px, the bookmarklet's styles in the page and every shadow root: applied, nothing clipped or overlapping`, async () => {
      const problems: string[] = [];
      for (const [file, name] of states) {
        const element = await render(file, name, width);
        const before = element.getBoundingClientRect().height;
        const baseline = lossOfContent(element);
        const style = pageStyle(bookmarklet);
        style.dataset.testSpacing = '';
        expect(injectIntoShadowRoots(element, bookmarklet), 'shadow roots').to.be.at.least(1);
        await frame();
        const label = `<${file.tag}> ${name} at ${width}px`;
        // The values are applied inside: spacing on the text, 2em below each paragraph.
        const paragraph = element.shadowRoot!.querySelector('p');
        const text = textElements(element.shadowRoot!)[0]!;
        const size = px(getComputedStyle(text).fontSize);
        expect(px(getComputedStyle(text).letterSpacing), `${label}: letter-spacing`).to.be.closeTo(0.12 * size, 0.1);
        expect(px(getComputedStyle(text).wordSpacing), `${label}: word-spacing`).to.be.closeTo(0.16 * size, 0.1);
        expect(px(getComputedStyle(text).lineHeight), `${label}: line-height`).to.be.at.least(1.5 * size - 0.5);
        if (paragraph)
          expect(px(getComputedStyle(paragraph).marginBottom), `${label}: paragraph spacing`).to.be.closeTo(
            2 * px(getComputedStyle(paragraph).fontSize),
            0.5,
          );
        expect(element.getBoundingClientRect().height, `${label}: grows with the spacing`).to.be.above(before);
        problems.push(...baseline.map((problem) => `${label}, before the spacing: ${problem}`));
        problems.push(...lossOfContent(element).map((problem) => `${label}: ${problem}`));
        style.remove();
        element.parentElement!.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
