// <mg-sources>: citations from the dataset, localised labels, safe links; its fixtures run in the accessibility sweep (a11y.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../support/keyboard.js';
import '../../components/sources/define.js';
import type { MgSources } from '../../components/sources/sources.js';
import { sourceById } from '../../src/data/sources.js';
import { setLocale } from '../../components/localization.js';
import '../support/fresh-page.js';

describe('<mg-sources>', () => {
  afterEach(() => setLocale('auto'));

  it('lists each source with issuer, title, year and identifier from the dataset, in the order given', async () => {
    const el = await fixture<MgSources>(html`<mg-sources source-ids="nnr-2023 efsa-2015-magnesium" open></mg-sources>`);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items).to.have.length(2);
    const efsa = sourceById('efsa-2015-magnesium');
    expect(items[1]!.querySelector('cite')!.textContent).to.equal(efsa.title);
    expect(items[1]!.textContent).to.include(efsa.issuer);
    expect(items[1]!.textContent).to.include(String(efsa.year));
    expect(items[1]!.textContent).to.include(efsa.identifier!);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Kilder (2)');
  });

  it('links open in a new window without opener or referrer, and say so to screen readers', async () => {
    const el = await fixture<MgSources>(html`<mg-sources source-ids="efsa-2015-magnesium" open></mg-sources>`);
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(sourceById('efsa-2015-magnesium').url);
    expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(link.textContent).to.include('åbner i et nyt vindue');
  });

  it('a source without a URL has no link', async () => {
    const noUrl = (await import('../../data/sources.json', { with: { type: 'json' } })).default.find(
      (s: { url?: string }) => !s.url,
    )!;
    const el = await fixture<MgSources>(html`<mg-sources source-ids=${noUrl.id} open></mg-sources>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('cite')!.textContent).to.equal(noUrl.title);
  });

  it('labels follow the locale; titles stay in their own language', async () => {
    await setLocale('en');
    const el = await fixture<MgSources>(html`<mg-sources source-ids="efsa-2015-magnesium" open></mg-sources>`);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Sources (1)');
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.include('Open the source');
  });

  it('closed, it lists nothing; a click on "Kilder" (or Enter on it) loads and shows the list', async () => {
    const el = await fixture<MgSources>(html`<mg-sources source-ids="nnr-2023 efsa-2015-magnesium"></mg-sources>`);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Kilder (2)');
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(0);
    el.shadowRoot!.querySelector('summary')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details')!.open).to.be.true;
    expect([...el.shadowRoot!.querySelectorAll('cite')].map((cite) => cite.textContent)).to.deep.equal([
      sourceById('nnr-2023').title,
      sourceById('efsa-2015-magnesium').title,
    ]);

    const keyboard = await fixture<MgSources>(html`<mg-sources source-ids="nnr-2023"></mg-sources>`);
    keyboard.shadowRoot!.querySelector('summary')!.focus();
    await press('Enter');
    await keyboard.updateComplete;
    expect(keyboard.shadowRoot!.querySelectorAll('li')).to.have.length(1);
  });

  it('the sourceIds property replaces the list', async () => {
    const el = await fixture<MgSources>(html`<mg-sources open></mg-sources>`);
    el.sourceIds = ['nnr-2023'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(1);
  });
});
