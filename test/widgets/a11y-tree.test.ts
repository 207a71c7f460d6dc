// Accessibility-tree assertions for each element's main controls: role, name and state, computed from the
// DOM/ARIA in every engine and cross-checked against the browser's own tree (Playwright ARIA snapshot) in Chromium.
import { expect } from '@open-wc/testing';
import '../../components/define.js';
import { setLocale } from '../../components/localization.js';
import { ariaSnapshot, expectInSnapshot, namedControls } from '../suites/a11y-sweep.js';
import { controlState } from '../support/aria.js';
import { mountFixture, type Updatable } from '../support/mount.js';
import '../support/fresh-page.js';

/** Renders `<tag>` with these attributes (test/support/render.ts), in the locale set in before(). */
const create = (tag: string, attributes: Record<string, string> = {}) =>
  mountFixture<Updatable & Record<string, unknown>>(tag, { attributes }, { locale: null });

describe('accessibility tree: role, name, state of the main controls', () => {
  before(() => setLocale('da'));
  after(() => setLocale('auto'));

  it('<mg-symptom-checklist>: named checkboxes in named groups; ticking shows as checked', async () => {
    const element = await create('mg-symptom-checklist', { selected: 'muscle-cramps' });
    const controls = namedControls(element);
    const boxes = controls.filter((c) => c.role === 'checkbox');
    expect(boxes.length).to.be.at.least(20);
    const cramps = boxes.find((c) => (c.element as HTMLInputElement).value === 'muscle-cramps')!;
    expect(cramps.checked).to.be.true;
    const tremor = boxes.find((c) => (c.element as HTMLInputElement).value === 'tremor')!;
    expect(tremor.checked).to.be.false;
    for (const group of element.shadowRoot!.querySelectorAll('fieldset'))
      expect(group.querySelector(':scope > legend')?.textContent?.trim(), 'every fieldset has a legend').to.not.be
        .empty;
    expect(element.shadowRoot!.querySelector('[role="status"][part="announcer"]'), 'a polite announcer').to.exist;
    let snapshot = await ariaSnapshot('mg-symptom-checklist');
    expectInSnapshot(snapshot, 'checkbox', cramps.name, ['checked']);
    (tremor.element as HTMLInputElement).click();
    await element.updateComplete;
    snapshot = await ariaSnapshot('mg-symptom-checklist');
    expectInSnapshot(snapshot, 'checkbox', tremor.name, ['checked']);
    for (const box of boxes.slice(0, 5)) expectInSnapshot(snapshot, 'checkbox', box.name);
  });

  it('<mg-dose-table>: named selects and a named table; the sources disclosure shows expanded/collapsed', async () => {
    const element = await create('mg-dose-table', { 'age-group': '18+', sex: 'female' });
    const marker = element.shadowRoot!.querySelector('details')!;
    expect(controlState(marker.querySelector('summary')!).expanded, 'the row marker starts collapsed').to.be.false;
    expectInSnapshot(await ariaSnapshot('mg-dose-table'), 'group', 'Find din egen række i tabellen');
    marker.querySelector('summary')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(controlState(marker.querySelector('summary')!).expanded).to.be.true;
    const controls = namedControls(element);
    expect(controls.filter((c) => c.role === 'combobox').length, 'age group, sex, life stage, nutrient').to.be.at.least(
      3,
    );
    const table = element.shadowRoot!.querySelector('table')!;
    expect(table, 'a data table').to.exist;
    expect(table.querySelectorAll('th').length).to.be.above(1);
    const snapshot = await ariaSnapshot('mg-dose-table');
    for (const control of controls.filter((c) => c.role === 'combobox'))
      expectInSnapshot(snapshot, 'combobox', control.name);
    if (snapshot !== null) expect(snapshot).to.match(/table "/);
    const disclosure = controls.find((c) => c.role === 'summary');
    if (disclosure) expect(disclosure.expanded).to.equal((disclosure.element.parentElement as HTMLDetailsElement).open);
  });

  it('<mg-risk-quiz>: a named start button, then named radios in a group with a legend; answering checks', async () => {
    const element = await create('mg-risk-quiz', { 'heading-level': '3' });
    const start = namedControls(element).find((c) => c.role === 'button')!;
    expect(start, 'start button').to.exist;
    expectInSnapshot(await ariaSnapshot('mg-risk-quiz'), 'button', start.name);
    (start.element as HTMLButtonElement).click();
    await element.updateComplete;
    const radios = namedControls(element).filter((c) => c.role === 'radio');
    expect(radios.length).to.be.at.least(2);
    expect(radios.every((r) => r.checked === false)).to.be.true;
    const legend = radios[0]!.element.closest('fieldset')?.querySelector('legend');
    expect(legend?.textContent?.trim(), 'the question is the group name').to.not.be.empty;
    (radios[0]!.element as HTMLInputElement).click();
    await element.updateComplete;
    expectInSnapshot(await ariaSnapshot('mg-risk-quiz'), 'radio', radios[0]!.name, ['checked']);
  });

  it('<mg-dose-checker>: every field named; medicine checkboxes report checked', async () => {
    const element = await create('mg-dose-checker', {
      'product-name': 'Magnesium Citrat',
      'mg-per-unit': '150',
      'units-per-day': '2',
      'units-per-pack': '60',
      'kidney-disease': 'no',
    });
    // Answered by the site, "Om dig" starts folded to its summary: the reader opens it to change an answer.
    const about = element.shadowRoot!.querySelector<HTMLDetailsElement>('details.about')!;
    expect(about.open).to.be.false;
    about.querySelector('summary')!.click();
    await element.updateComplete;
    const controls = namedControls(element);
    const fields = controls.filter((c) => ['textbox', 'spinbutton', 'combobox'].includes(c.role));
    expect(fields.length).to.be.at.least(4);
    const box = controls.find((c) => c.role === 'checkbox')!;
    expect(box.checked).to.be.false;
    (box.element as HTMLInputElement).click();
    await element.updateComplete;
    const snapshot = await ariaSnapshot('mg-dose-checker');
    expectInSnapshot(snapshot, 'checkbox', box.name, ['checked']);
    // Fields of a collapsed product are not in the tree; the visible ones must be, with the same name.
    for (const field of fields.filter((f) => (f.element as HTMLElement).checkVisibility()))
      expectInSnapshot(snapshot, field.role, field.name);
  });

  it('<mg-sources>: the summary names the list and reports expanded; links are named', async () => {
    const element = await create('mg-sources', { 'source-ids': 'efsa-2015-magnesium nnr-2023' });
    let summary = namedControls(element).find((c) => c.role === 'summary')!;
    expect(summary.expanded).to.be.false;
    (summary.element as HTMLElement).click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const controls = namedControls(element);
    summary = controls.find((c) => c.role === 'summary')!;
    expect(summary.expanded).to.be.true;
    const links = controls.filter((c) => c.role === 'link');
    expect(links.length).to.be.at.least(1);
    const snapshot = await ariaSnapshot('mg-sources');
    for (const link of links) expectInSnapshot(snapshot, 'link', link.name);
  });
});
