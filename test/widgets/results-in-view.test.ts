// Results where the reader is looking (issue 21 point 1), in every engine: the checker's result beside the form from
// 48rem and right after the products when narrow, within the first screen (900 px) of a preset product page at
// 1280 px and in a 400 px sidebar; the table scrolls the marked row into view after the reader's choice (scrollIntoView never moves focus).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/dose-checker/define.js';
import '../../components/dose-table/define.js';
import type { MgDoseChecker } from '../../components/dose-checker/dose-checker.js';
import type { MgDoseTable } from '../../components/dose-table/dose-table.js';
import '../../components/symptom-checklist/define.js';
import type { MgSymptomChecklist } from '../../components/symptom-checklist/symptom-checklist.js';
import '../support/fresh-page.js';

const box = (node: Element) => node.getBoundingClientRect();

async function presetChecker(width: number) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <mg-dose-checker
        product-name="Magnesium Citrat"
        salt="citrate"
        mg-per-unit="150"
        units-per-day="2"
        units-per-pack="60"
      ></mg-dose-checker>
    </div>`,
  );
  const el = wrapper.querySelector<MgDoseChecker>('mg-dose-checker')!;
  await el.updateComplete;
  const part = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
  return {
    el,
    top: box(el).top,
    result: box(part('result')),
    products: box(part('products')),
    about: box(part('about')),
  };
}

describe('results in view', () => {
  it('checker at 1280 px: the result stands beside the form and starts on the first screen', async () => {
    const { top, result, products, about } = await presetChecker(1248);
    expect(result.left).to.be.at.least(products.right);
    expect(result.top - top).to.be.below(900 - 200);
    expect(about.top).to.be.at.least(products.bottom);
  });

  it('checker in a 400 px sidebar: products, then the result on the first screen, then "Om dig"', async () => {
    const { top, result, products, about } = await presetChecker(400);
    expect(result.top).to.be.at.least(products.bottom);
    expect(result.top - top).to.be.below(900 - 200);
    expect(about.top).to.be.at.least(result.bottom);
  });

  it('table: choosing an age group scrolls the marked row into view (the picker is not re-rendered)', async () => {
    const scroller = await fixture<HTMLDivElement>(
      html`<div style="height: 320px; overflow: auto">
        <mg-dose-table></mg-dose-table>
      </div>`,
    );
    const el = scroller.querySelector<MgDoseTable>('mg-dose-table')!;
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="age-group"]')!;
    select.value = '18+';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tr.current')];
    expect(rows.length).to.be.at.least(1);
    const view = box(scroller);
    for (const row of rows) {
      expect(box(row).top, 'row top in view').to.be.at.least(view.top - 1);
      expect(box(row).bottom, 'row bottom in view').to.be.at.most(view.bottom + 1);
    }
    expect(select.isConnected, 'the picker is the same element').to.equal(true);
  });

  it('table: a preset marks the row without moving the page', async () => {
    const scroller = await fixture<HTMLDivElement>(
      html`<div style="height: 320px; overflow: auto">
        <mg-dose-table age-group="18+" sex="female"></mg-dose-table>
      </div>`,
    );
    await scroller.querySelector<MgDoseTable>('mg-dose-table')!.updateComplete;
    expect(scroller.scrollTop).to.equal(0);
  });
});

describe('checklist summary', () => {
  async function longChecklist() {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px">
        <mg-symptom-checklist></mg-symptom-checklist>
      </div>`,
    );
    const el = wrapper.querySelector<MgSymptomChecklist>('mg-symptom-checklist')!;
    await el.updateComplete;
    scrollTo(0, 0);
    return el;
  }
  const bar = (el: MgSymptomChecklist) => el.shadowRoot!.querySelector<HTMLElement>('[part="summary-bar"]');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('after the first tick the level stays on screen while the advice is far below', async () => {
    const el = await longChecklist();
    expect(bar(el)).to.equal(null);
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="muscle-cramps"]')!;
    first.click();
    await el.updateComplete;
    await frame();
    const shown = bar(el)!;
    expect(shown.checkVisibility(), 'bar shown').to.be.true;
    expect(box(shown).bottom).to.be.at.most(innerHeight + 1);
    expect(box(shown).top).to.be.at.least(0);
    expect(shown.textContent).to.include('Hold øje med');
    expect(box(el.shadowRoot!.querySelector('[part="result"]')!).top).to.be.above(innerHeight);
  });

  it('never covers the focused control, and "Se rådene" brings the advice with focus on its heading', async () => {
    const el = await longChecklist();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="muscle-cramps"]')!.click();
    await el.updateComplete;
    await frame();
    // The control the bar covers now (sticky at the bottom), focused as Tab would.
    const covered = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) => {
      const r = box(input);
      const b = box(bar(el)!);
      return r.bottom > b.top && r.top < b.bottom;
    })!;
    expect(covered, 'a control under the bar').to.exist;
    covered.focus();
    await frame();
    expect(box(covered).bottom, 'focused control above the bar').to.be.at.most(box(bar(el)!).top);
    bar(el)!.querySelector('button')!.click();
    await frame();
    const heading = el.shadowRoot!.querySelector('[part="result"] [role="heading"]')!;
    expect(el.shadowRoot!.activeElement === heading, 'heading focused').to.be.true;
    await waitUntil(() => !bar(el)!.checkVisibility(), 'the bar steps aside when the advice is in view');
  });
});
