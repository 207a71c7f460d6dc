// Lazy parts (components/base/lazy.ts): a render that needs one waits for it inside updateComplete, each part is
// loaded once per page however many widgets ask, and a chunk that cannot be loaded gives a localised message and
// one console.error, never an exception in the host page.
import { expect, fixture } from '@open-wc/testing';
import { html as litHtml, nothing } from 'lit';
import { MgElement } from '../../components/base/mg-element.js';
import { lazyPart, partFailedText, type LazyPart } from '../../components/base/lazy.js';
import { setLocale, type PartMessages } from '../../components/localization.js';
import { spyOnWarn } from '../support/console.js';

/** Message chunks for every target locale from one loader. */
const messagesFrom = (load: () => Promise<{ templates: Record<string, string> }>) =>
  Object.fromEntries(['en', 'sv', 'nb', 'fi', 'de'].map((locale) => [locale, load])) as PartMessages;

let defined = 0;
/** A fresh element class that shows the text of one lazy part. */
function elementFor(part: LazyPart<{ text: string }>): string {
  const tag = `mg-lazy-test-${++defined}`;
  customElements.define(
    tag,
    class extends MgElement {
      protected override render() {
        const module = this.lazy(part);
        if (module) return litHtml`<p class="loaded">${module.text}</p>`;
        return part.failed ? litHtml`<p class="failed">${partFailedText()}</p>` : nothing;
      }
    },
  );
  return tag;
}

const create = async (tag: string) => {
  const el = document.createElement(tag) as MgElement;
  await fixture(el);
  return el;
};

describe('lazy parts', () => {
  it('updateComplete waits for a slow part, and a part is imported once for every widget that needs it', async () => {
    let imports = 0;
    const part = lazyPart(async () => {
      imports++;
      await new Promise((resolve) => setTimeout(resolve, 150));
      return { text: 'loaded later' };
    });
    const tag = elementFor(part);
    const [first, second] = await Promise.all([create(tag), create(tag)]);
    for (const el of [first!, second!])
      expect(el.shadowRoot!.querySelector('.loaded')?.textContent).to.equal('loaded later');
    expect(imports).to.equal(1);
  });

  it('a chunk that cannot be loaded: the widget says so, logs one error, and the page gets no exception', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const part = lazyPart<{ text: string }>(() =>
        Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      );
      const el = await create(elementFor(part));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.shadowRoot!.querySelector('.failed')?.textContent).to.equal(partFailedText());
      expect(partFailedText()).to.match(/Genindlæs siden/);
      expect(errors.filter((args) => String(args[0]).startsWith('[magnesium-widgets]'))).to.have.length(1);
      expect(unhandled).to.deep.equal([]);
      // Asked for again, it does not retry in a loop.
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('a chunk that never answers: after the timeout the widget says so and updateComplete resolves', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const part = lazyPart<{ text: string }>(() => new Promise(() => {}), undefined, 300);
      const el = await create(elementFor(part));
      expect(el.shadowRoot!.querySelector('.failed')?.textContent).to.equal(partFailedText());
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  describe('with messages of their own (page in English)', () => {
    before(() => setLocale('en'));
    after(() => setLocale('auto'));

    it('messages that fail: the part still shows (its texts in Danish), with one warning', async () => {
      const warn = spyOnWarn();
      try {
        const part = lazyPart(
          async () => ({ text: 'module loaded' }),
          messagesFrom(() => Promise.reject(new TypeError('Failed to fetch'))),
        );
        const el = await create(elementFor(part));
        expect(el.shadowRoot!.querySelector('.loaded')?.textContent).to.equal('module loaded');
        expect(part.failed).to.be.false;
        expect(warn.ours()).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('messages that stall: the part shows after at most 3 s and updateComplete resolves', async function () {
      this.timeout(8000);
      const part = lazyPart(
        async () => ({ text: 'module loaded' }),
        messagesFrom(() => new Promise(() => {})),
      );
      const started = performance.now();
      const el = await create(elementFor(part));
      expect(performance.now() - started).to.be.below(5000);
      expect(el.shadowRoot!.querySelector('.loaded')?.textContent).to.equal('module loaded');
    });
  });
});
