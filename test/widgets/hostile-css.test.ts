// All four widgets on a hostile host page (test/pages/hostile.css: heavy reset, !important rules on `*`,
// a 40px root font size, line-height 0.6, content-box everywhere, `all: unset` on form controls).
// The widgets stay intact (laid out as blocks, controls visible and usable, text not collapsed), Chromium
// screenshots of each are saved to test/.build/screenshots/ for a look, and our styles never leak into the
// page: every probe element's computed style is the same with and without the widgets.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadFrame, recorded } from '../support/frame.js';

const tags = ['mg-symptom-checklist', 'mg-dose-table', 'mg-risk-quiz', 'mg-dose-checker'];
const isChromium = navigator.userAgent.includes('Chrome');
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const probeProperties = [
  'display',
  'position',
  'box-sizing',
  'margin-top',
  'padding-left',
  'border-top-width',
  'border-top-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'color',
  'background-color',
  'outline-style',
  'visibility',
  'opacity',
  'cursor',
  'color-scheme',
  'accent-color',
  'text-align',
  'list-style-type',
  'white-space',
];

async function open(widgets: boolean, width: number): Promise<HTMLIFrameElement> {
  const frame = await loadFrame(`/test/pages/hostile.html?widgets=${widgets ? 1 : 0}`, { width });
  // Tall enough that a whole widget is painted for its screenshot.
  frame.style.height = '4500px';
  const win = frame.contentWindow as Window & { __mgMounted?: boolean };
  await waitUntil(() => win.__mgMounted, 'hostile page mounted', { timeout: 15000 });
  return frame;
}

function probeStyles(frame: HTMLIFrameElement): string[] {
  const doc = frame.contentDocument!;
  return [...doc.querySelectorAll('.probe')].map((probe, index) => {
    const style = frame.contentWindow!.getComputedStyle(probe);
    return `${index} <${probe.localName}> ${probeProperties.map((name) => `${name}:${style.getPropertyValue(name)}`).join('; ')}`;
  });
}

describe('hostile host CSS', function () {
  this.timeout(90000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('our styles never leak into the page: probe elements compute the same with and without the widgets', async () => {
    const without = probeStyles(await open(false, 1024));
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    const frame = await open(true, 1024);
    expect(recorded(frame).errors).to.deep.equal([]);
    expect(probeStyles(frame)).to.deep.equal(without);
    // Nothing of ours in the page's own style sheets or on its root.
    const doc = frame.contentDocument!;
    expect(doc.adoptedStyleSheets.length, 'no adopted sheets on the document').to.equal(0);
    expect(
      [...doc.styleSheets].map((sheet) => (sheet.ownerNode as Element | null)?.getAttribute('href')),
    ).to.deep.equal(['./hostile.css']);
    expect(doc.documentElement.getAttribute('style')).to.equal(null);
  });

  // The host's display, box-sizing and line-height are !important in tokens.styles.ts: inside a shadow tree
  // an !important :host rule beats the page's `* { … !important }` (found by this test).
  for (const width of [320, 1024]) {
    it(`at ${width} px every widget stays intact and usable`, async () => {
      const frame = await open(true, width);
      const doc = frame.contentDocument!;
      expect(recorded(frame).errors).to.deep.equal([]);
      const problems: string[] = [];
      const check = (ok: boolean, what: string) => {
        if (!ok) problems.push(what);
      };
      for (const tag of tags) {
        const element = doc.querySelector(tag) as Updatable;
        await element.updateComplete;
        if (isChromium) {
          await executeServerCommand('mg-screenshot', {
            frame: 'iframe',
            selector: tag,
            save: `test/.build/screenshots/hostile-${width}-${tag}.png`,
          });
        }
        const style = frame.contentWindow!.getComputedStyle(element);
        check(
          style.display === 'flow-root',
          `${tag}: display ${style.display}, not flow-root (page: * { display: inline !important })`,
        );
        const box = element.getBoundingClientRect();
        check(box.width >= width * 0.5 && box.width <= width + 1, `${tag}: width ${box.width} at ${width}`);
        check(box.height > 100, `${tag}: height ${box.height}`);
        const root = element.shadowRoot!;
        // Text is never collapsed onto itself: the shadow tree keeps a usable line-height of its own.
        for (const text of root.querySelectorAll<HTMLElement>('p, legend, label, td')) {
          if (!text.checkVisibility()) continue;
          const inner = frame.contentWindow!.getComputedStyle(text);
          const ratio = parseFloat(inner.lineHeight) / parseFloat(inner.fontSize);
          check(
            !(ratio < 1.1),
            `${tag} <${text.localName}>: line-height ${inner.lineHeight} at font-size ${inner.fontSize}`,
          );
          break;
        }
        // Controls are visible, inside the widget horizontally, and not shrunk to nothing.
        for (const control of root.querySelectorAll<HTMLElement>('input, select, button, summary')) {
          if (!control.checkVisibility()) continue;
          const rect = control.getBoundingClientRect();
          check(rect.width * rect.height > 40, `${tag} <${control.localName}>: no area`);
          check(
            rect.right <= box.right + 1,
            `${tag} <${control.localName}>: overflows the widget (${rect.right} > ${box.right})`,
          );
        }
      }
      expect([...new Set(problems)]).to.deep.equal([]);
      // Still works under the hostile rules: tick a sign and see the result change.
      const checklist = doc.querySelector('mg-symptom-checklist') as Updatable;
      let heard = false;
      checklist.addEventListener('mg-change', () => (heard = true), { once: true });
      checklist.shadowRoot!.querySelector<HTMLInputElement>('input[value="tremor"]')!.click();
      expect(heard).to.be.true;
    });
  }
});
