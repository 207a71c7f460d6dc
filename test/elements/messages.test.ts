// Messages per widget (scripts/split-locales.mjs): each widget's own texts are a chunk per locale, loaded when
// the widget first connects, and its first render waits for them and the page's locale, so a page in Swedish
// never shows Danish first. The network side (a one-widget page loads only its own message chunk) is in the
// shared suites.
import { expect, fixtureCleanup } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import '../../components/dose-table/define.js';
import type { MgDoseTable } from '../../components/dose-table/dose-table.js';
import { setLocale } from '../../components/localization.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('messages per widget', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('mg-dose-table').forEach((el) => el.remove());
    document.documentElement.removeAttribute('lang');
    await setLocale('auto');
  });

  for (const [lang, own, common] of [
    ['sv', 'Markera din egen rad', 'ersätter inte en läkare'],
    ['de', 'Eigene Zeile markieren', 'ersetzen weder Arzt'],
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
      expect(renders[0], 'first render').to.not.include('Markér din egen række');
    });
  }
});
