// Messages per widget (scripts/split-locales.mjs): each widget's own texts are a chunk per locale, loaded when
// the widget first connects, and its first render waits for them and the page's locale, so a page in Swedish
// never shows Danish first. The network side (a one-widget page loads only its own message chunk) is in the
// shared suites.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import '../../components/dose-table/define.js';
import type { MgDoseTable } from '../../components/dose-table/dose-table.js';
import { setLocale, type PartMessages } from '../../components/localization.js';
import { MgElement } from '../../components/base/mg-element.js';
import { html as litHtml } from 'lit';
import { msg } from '@lit/localize';
import { spyOnWarn } from '../support/console.js';
import '../support/fresh-page.js';

let defined = 0;
/** A test widget whose own message chunks are the given loaders (one text, id "widget.test-<n>"). */
function widgetWith(load: (id: string) => Promise<{ templates: Record<string, string> }>): string {
  const tag = `mg-messages-test-${++defined}`;
  const id = `widget.test-${defined}`;
  const messages = Object.fromEntries(
    ['en', 'sv', 'nb', 'fi', 'de'].map((locale) => [locale, () => load(id)]),
  ) as PartMessages;
  customElements.define(
    tag,
    class extends MgElement {
      static override messages = messages;
      protected override render() {
        return litHtml`<p>${msg('Dansk tekst', { id })}</p>`;
      }
    },
  );
  return tag;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('messages per widget', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('mg-dose-table, [class]').forEach((el) => el.remove());
    document.body
      .querySelectorAll(':scope > *')
      .forEach((el) => el.localName.startsWith('mg-messages-test') && el.remove());
    document.documentElement.removeAttribute('lang');
    await setLocale('auto');
  });

  for (const [lang, own, common] of [
    ['sv', 'Hitta din egen rad i tabellen', 'ersätter inte ett samtal med läkare'],
    ['de', 'Ihre eigene Zeile in der Tabelle finden', 'ersetzen kein Gespräch'],
  ] as const) {
    it(`lang=${lang}: the first render is already in ${lang}, its own and the common texts`, async () => {
      document.documentElement.lang = lang;
      const el = document.createElement('mg-dose-table') as MgDoseTable;
      const renders: string[] = [];
      el.addController({ hostUpdated: () => renders.push(text(el)) } satisfies ReactiveController);
      document.body.append(el);
      await el.updateComplete;
      expect(renders.length).to.be.greaterThan(0);
      expect(renders[0], 'first render').to.include(own).and.include(common);
      expect(renders[0], 'first render').to.not.include('Find din egen række');
    });
  }

  it('a message chunk that never arrives does not keep the widget blank: it renders after 3 s, in Danish', async function () {
    this.timeout(8000);
    await setLocale('en');
    const el = document.createElement(widgetWith(() => new Promise(() => {}))) as MgElement;
    const started = performance.now();
    document.body.append(el);
    await el.updateComplete;
    const waited = performance.now() - started;
    expect(waited).to.be.within(2900, 6000);
    expect(text(el)).to.include('Dansk tekst');
  });

  it('a message chunk that arrives late is shown when it arrives; one that fails is reported once; neither blocks a locale change', async function () {
    this.timeout(15000);
    await setLocale('en');
    const late = document.createElement(
      widgetWith(
        (id) => new Promise((resolve) => setTimeout(() => resolve({ templates: { [id]: 'English text' } }), 3500)),
      ),
    ) as MgElement;
    document.body.append(late);
    await late.updateComplete;
    expect(text(late)).to.include('Dansk tekst');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await late.updateComplete;
    expect(text(late)).to.include('English text');

    const warn = spyOnWarn();
    try {
      const failing = document.createElement(widgetWith(() => Promise.reject(new Error('offline')))) as MgElement;
      document.body.append(failing);
      await failing.updateComplete;
      expect(text(failing)).to.include('Dansk tekst');
      expect(warn.ours()).to.have.length(1);
      expect(warn.ours()[0]).to.include('could not load messages for "en"');
      // The stalled chunk of the test before is still pending: switching locale waits for it at most 3 s.
      const switched = performance.now();
      await setLocale('sv');
      expect(performance.now() - switched).to.be.below(4500);
    } finally {
      warn.restore();
    }
  });

  it('messages that come late after a locale change are shown when they arrive, without another update', async function () {
    this.timeout(15000);
    await setLocale('en');
    let id = '';
    const tag = widgetWith((messageId) => {
      id = messageId;
      return Promise.resolve({ templates: { [messageId]: 'English text' } });
    });
    // Swedish comes 4.5 s late (the locale change waits 3 s for it).
    const messages = (customElements.get(tag) as unknown as { messages: PartMessages }).messages;
    messages.sv = () =>
      new Promise((resolve) => setTimeout(() => resolve({ templates: { [id]: 'Svensk text' } }), 4500));
    const el = document.createElement(tag) as MgElement;
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.include('English text');
    const switched = performance.now();
    await setLocale('sv');
    expect(performance.now() - switched).to.be.within(2500, 4400);
    await el.updateComplete;
    expect(text(el)).to.include('Dansk tekst');
    await waitUntil(() => text(el).includes('Svensk text'), 'Swedish once it arrives', { timeout: 4000 });
  });
});
