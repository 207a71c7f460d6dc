// Print (issue 21 point 4), Chromium (print media is emulated through CDP): every widget prints the reader's answers,
// the result, the warnings and the sources expanded; no buttons, no empty fields, no live regions.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/define.js';
import type { MgSources } from '../../components/sources/sources.js';
import '../support/fresh-page.js';

const shown = (node: Element | null) => node !== null && node.checkVisibility();
const visibleIn = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].filter(shown);

async function printing<T>(check: () => Promise<T> | T): Promise<T> {
  await emulateMedia({ media: 'print' });
  dispatchEvent(new Event('beforeprint'));
  try {
    return await check();
  } finally {
    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  }
}

async function sourcesExpanded(root: ShadowRoot) {
  const sources = root.querySelector<MgSources>('mg-sources')!;
  await waitUntil(() => sources.shadowRoot!.querySelector('details[open] ol li'), 'sources expanded', {
    timeout: 5000,
  });
  return shown(sources.shadowRoot!.querySelector('ol'));
}

describe('print', () => {
  it('<mg-dose-checker>: the answers as one line, the result and warnings, the sources; no buttons or fields', async () => {
    const el = await fixture<HTMLElement>(
      html`<mg-dose-checker
        product-name="Magnesium Citrat"
        mg-per-unit="150"
        units-per-day="2"
        kidney-disease="unknown"
        medicines="iron"
      ></mg-dose-checker>`,
    );
    const root = el.shadowRoot!;
    // The reader had "Om dig" open (its fields on screen).
    root.querySelector<HTMLDetailsElement>('details.about')!.open = true;
    await printing(async () => {
      expect(visibleIn(root, 'button'), 'buttons').to.have.length(0);
      expect(visibleIn(root, 'input, select, textarea'), 'fields').to.have.length(0);
      expect(shown(root.querySelector('.about-line')), 'the answers in one line').to.be.true;
      expect(root.querySelector('.about-line')!.textContent).to.include('Jern');
      expect(shown(root.querySelector('[part~="total"]'))).to.be.true;
      expect(shown(root.querySelector('[data-warning="kidney-disease"]'))).to.be.true;
      expect(shown(root.querySelector('[data-warning="interaction"]'))).to.be.true;
      expect(getComputedStyle(root.querySelector('.result')!).position).to.equal('static');
      expect(await sourcesExpanded(root)).to.be.true;
    });
    // After printing, the sources are collapsed again, as the reader had them.
    const sources = root.querySelector<MgSources>('mg-sources')!;
    await sources.updateComplete;
    expect(sources.shadowRoot!.querySelector('details')!.open).to.be.false;
  });

  it('<mg-symptom-checklist>: only the ticked signs, then the guidance and the sources', async () => {
    const el = await fixture<HTMLElement>(
      html`<mg-symptom-checklist selected="fatigue tetany"></mg-symptom-checklist>`,
    );
    const root = el.shadowRoot!;
    await printing(async () => {
      const boxes = visibleIn(root, 'input[type="checkbox"]') as HTMLInputElement[];
      expect(boxes.map((box) => box.value)).to.have.members(['fatigue', 'tetany']);
      expect(visibleIn(root, 'button'), 'buttons').to.have.length(0);
      expect(shown(root.querySelector('[part~="result"]'))).to.be.true;
      expect(shown(root.querySelector('[part~="emergency-box"]'))).to.be.true;
      expect(await sourcesExpanded(root)).to.be.true;
    });
  });

  it('<mg-risk-quiz>: the result without the quiz controls', async () => {
    const el = await fixture<HTMLElement>(html`<mg-risk-quiz></mg-risk-quiz>`);
    (el as unknown as { answers: Record<string, string> }).answers = { 'age-group': '18+', sex: 'female' };
    const root = el.shadowRoot!;
    await printing(() => {
      expect(visibleIn(root, 'button'), 'buttons').to.have.length(0);
      expect(
        visibleIn(root, '[part~="announcer"], [role="status"]').filter((node) => node.textContent!.trim()),
      ).to.have.length(0);
    });
  });

  it('<mg-dose-table>: the table unclipped with the sources, no picker', async () => {
    const el = await fixture<HTMLElement>(html`<mg-dose-table age-group="18+" sex="female"></mg-dose-table>`);
    const root = el.shadowRoot!;
    await printing(async () => {
      expect(visibleIn(root, 'select, button'), 'controls').to.have.length(0);
      expect(shown(root.querySelector('tr.current'))).to.be.true;
      expect(await sourcesExpanded(root)).to.be.true;
    });
  });
});
