// The shared element base, through a test-only element: bad input, events, locale following and pinning, the define guard.
import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import '../fixtures/mg-test-element.js';
import type { MgTestElement } from '../fixtures/mg-test-element.js';
import { define } from '../../components/base/define.js';
import { setLocale, getLocale } from '../../components/localization.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import '../support/fresh-page.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const problems = (el: Element) => el.shadowRoot!.querySelectorAll('[part="input-problem"] p');

describe('MgElement base', () => {
  let warn: WarnSpy;
  beforeEach(() => {
    warn = spyOnWarn();
  });
  afterEach(async () => {
    warn.restore();
    await setLocale('auto');
    document.documentElement.removeAttribute('lang');
  });

  describe('bad input', () => {
    it('shows a message naming the attribute and warns exactly once, keeping the default', async () => {
      const el = await fixture<MgTestElement>(html`<mg-test-element level="huge" items="a b"></mg-test-element>`);
      expect(problems(el)).to.have.length(1);
      expect(problems(el)[0]!.textContent).to.include('»level«');
      expect(problems(el)[0]!.textContent).to.include('low, high');
      expect(warn.ours()).to.have.length(1);
      expect(warn.ours()[0]).to.match(
        /^\[magnesium-widgets\] <mg-test-element> level: "huge" is not accepted; accepted: low, high/,
      );
      expect(el.shadowRoot!.querySelector('.level')!.textContent).to.equal('low');
      expect(el.shadowRoot!.querySelector('.items')!.textContent).to.equal('a,b');
    });

    it('does not warn again for the same bad value, and clears once valid', async () => {
      const el = await fixture<MgTestElement>(html`<mg-test-element level="huge"></mg-test-element>`);
      el.setAttribute('level', 'huge');
      el.requestUpdate('level', 'other');
      await el.updateComplete;
      expect(warn.ours()).to.have.length(1);
      el.setAttribute('level', 'high');
      await el.updateComplete;
      expect(problems(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('.level')!.textContent).to.equal('high');
      el.level = 'also-bad';
      await el.updateComplete;
      expect(warn.ours()).to.have.length(2);
    });

    it('a list keeps its valid ids and warns once for the unknown ones', async () => {
      const el = await fixture<MgTestElement>(html`<mg-test-element></mg-test-element>`);
      el.setAttribute('items', 'a zz b <b>x</b>');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.items')!.textContent).to.equal('a,b');
      expect(warn.ours()).to.have.length(1);
      expect(warn.ours()[0]).to.include(' items: ');
      // Markup in a value is shown as text, never parsed.
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    });

    it('a property of the wrong type is reported like an attribute and nothing throws', async () => {
      const el = await fixture<MgTestElement>(html`<mg-test-element></mg-test-element>`);
      (el as unknown as { level: unknown }).level = { toString: () => 'high' };
      await el.updateComplete;
      expect(warn.ours()).to.have.length(1);
      expect(el.invalidInputs.map((problem) => problem.name)).to.deep.equal(['level']);
    });
  });

  describe('events', () => {
    it('mg-change bubbles and crosses the shadow boundary', async () => {
      const el = await fixture<MgTestElement>(html`<mg-test-element level="high"></mg-test-element>`);
      const heard = oneEvent(document, 'mg-change');
      el.shadowRoot!.querySelector('button')!.click();
      const event = await heard;
      expect(event.composed).to.be.true;
      expect(event.bubbles).to.be.true;
      expect(event.detail).to.deep.equal({ level: 'high' });
    });
  });

  describe('locale', () => {
    it('uses da when the page has no lang', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture<MgTestElement>(html`<mg-test-element></mg-test-element>`);
      expect(getLocale()).to.equal('da');
      expect(text(el)).to.include('erstatter ikke en samtale med læge');
    });

    it('follows <html lang> and its changes (da-DK → da, no → nb, fr → en)', async () => {
      const el = await fixture<MgTestElement>(html`<mg-test-element></mg-test-element>`);
      document.documentElement.lang = 'en-GB';
      await waitUntil(() => text(el).includes('does not replace advice from a doctor'), 'English after lang=en-GB');
      document.documentElement.lang = 'no';
      await waitUntil(() => text(el).includes('erstatter ikke en samtale med lege'), 'Norwegian Bokmål after lang=no');
      document.documentElement.lang = 'fr';
      await waitUntil(
        () => text(el).includes('does not replace advice from a doctor'),
        'English for a language we do not have',
      );
      document.documentElement.lang = 'da-DK';
      await waitUntil(() => text(el).includes('erstatter ikke en samtale med læge'), 'Danish after lang=da-DK');
    });

    it('setLocale pins a locale until setLocale("auto")', async () => {
      const el = await fixture<MgTestElement>(html`<mg-test-element></mg-test-element>`);
      await setLocale('de');
      await waitUntil(() => text(el).includes('ersetzen kein Gespräch'), 'German when pinned');
      document.documentElement.lang = 'sv';
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getLocale()).to.equal('de');
      expect(text(el)).to.include('ersetzen kein Gespräch');
      await setLocale('auto');
      await waitUntil(() => text(el).includes('ersätter inte ett samtal med läkare'), 'Swedish again after auto');
    });

    it('an unknown locale warns once and changes nothing', async () => {
      await setLocale('fi');
      await setLocale('xx' as 'fi');
      expect(getLocale()).to.equal('fi');
      expect(warn.ours()).to.have.length(1);
      expect(warn.ours()[0]).to.include('accepted: da, en, sv, nb, fi, de or auto');
    });
  });

  describe('define guard', () => {
    it('skips a tag that is taken, warns once for this copy, never throws', () => {
      class Other extends HTMLElement {}
      expect(() => define('mg-test-element', Other)).not.to.throw();
      expect(() => define('mg-test-element', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('mg-test-element')).not.to.equal(Other);
      expect(warn.ours()).to.have.length(1);
      expect(warn.ours()[0]).to.include('already defined');
    });
  });
});
