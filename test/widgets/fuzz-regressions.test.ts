// Regression tests for bugs the fuzzers found: a null-prototype object in an id list (parseIdList threw while
// printing it) and a non-string .productName on the dose checker (.trim() on a number). Both escaped into the page.
import { expect, fixture } from '@open-wc/testing';
import '../../components/sources/define.js';
import '../../components/symptom-checklist/define.js';
import '../../components/dose-checker/define.js';
import '../support/fresh-page.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

async function create(tag: string, attributes: Record<string, string> = {}): Promise<Updatable> {
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  const element = document.createElement(tag) as Updatable;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

/** Sets a property and collects what escaped: a throw, an unhandled rejection, console.error, and the warnings. */
async function setAndCollect(element: Updatable, property: string, value: unknown) {
  const escaped: string[] = [];
  const warnings: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    escaped.push(String(event.reason));
  };
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => escaped.push(args.map(String).join(' '));
  window.addEventListener('unhandledrejection', onRejection);
  try {
    element[property] = value;
    await element.updateComplete;
  } catch (thrown) {
    escaped.push(String(thrown));
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    console.error = error;
  }
  return { escaped, ours: warnings.filter((w) => w.startsWith('[magnesium-widgets]')) };
}

describe('bugs the fuzzers found', () => {
  it('a null-prototype object in an id list is reported, not thrown', async () => {
    const sources = await create('mg-sources', { 'source-ids': 'nnr-2023' });
    const asValue = await setAndCollect(sources, 'sourceIds', Object.create(null));
    expect(asValue.escaped).to.deep.equal([]);
    expect(asValue.ours).to.have.length(1);
    const checklist = await create('mg-symptom-checklist');
    const asItem = await setAndCollect(checklist, 'selected', ['fatigue', Object.create(null)]);
    expect(asItem.escaped).to.deep.equal([]);
    expect(asItem.ours).to.have.length(1);
  });

  it('.productName = 42 (or a Symbol, or an object) is reported, not thrown', async () => {
    const checker = await create('mg-dose-checker', { 'mg-per-unit': '150', 'units-per-day': '2' });
    for (const value of [42, Symbol('s'), { name: 'x' }]) {
      const { escaped, ours } = await setAndCollect(checker, 'productName', value);
      expect(escaped, String(value)).to.deep.equal([]);
      expect(ours, String(value)).to.have.length(1);
      checker['productName'] = 'ok';
      await checker.updateComplete;
    }
  });
});
