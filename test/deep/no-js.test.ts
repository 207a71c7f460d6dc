// JavaScript off (Chromium, a Playwright context with javaScriptEnabled: false): what readers without scripts and
// search engines see. Server-rendered widgets show their content (declarative shadow DOM needs no script); content
// placed inside a tag shows where a widget is not server-rendered; a server-rendered widget hides it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const tags = ['mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-table', 'mg-dose-checker', 'mg-sources'];

interface Seen {
  elements: { tag: string; text: string; visible: boolean; shadowRoot: boolean }[];
  scripts: string;
}
const withoutJavaScript = async (path: string, selector: string) =>
  (await executeServerCommand('mg-no-js', { path, selector })) as Seen;

/** The rendered text of a shadow root (as the command reads it). */
const shadowText = (element: Element) =>
  [...element.shadowRoot!.children]
    .filter((child) => child.localName !== 'style')
    .map((child) => (child as HTMLElement).innerText)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('JavaScript off (Chromium)', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('every server-rendered widget shows its content: the text the page shows with JavaScript', async () => {
    const path = '/__ssr/page.html?lang=da-DK&scripts=head';
    const seen = await withoutJavaScript(path, tags.map((tag) => `body > ${tag}`).join(','));
    expect(seen.scripts, 'no script ran').to.equal('undefined');
    expect(seen.elements.map((each) => each.tag)).to.deep.equal(tags);

    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '800px', height: '6000px' });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = path;
    document.body.append(frame);
    await loaded;
    await Promise.all(tags.map((tag) => frame.contentWindow!.customElements.whenDefined(tag)));
    for (const tag of tags)
      await (frame.contentDocument!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> })
        .updateComplete;
    for (const each of seen.elements) {
      expect(each.shadowRoot && each.visible, each.tag).to.equal(true);
      expect(each.text, each.tag).to.not.equal('');
      expect(each.text, each.tag).to.equal(shadowText(frame.contentDocument!.querySelector(each.tag)!));
    }
  });

  it('content placed inside a tag shows (test/pages/fallback.html, the README examples)', async () => {
    const seen = await withoutJavaScript(
      '/test/pages/fallback.html',
      tags
        .slice(0, 4)
        .map((tag) => `body > ${tag} > p`)
        .join(','),
    );
    expect(seen.scripts).to.equal('undefined');
    const page = new DOMParser().parseFromString(await (await fetch('/test/pages/fallback.html')).text(), 'text/html');
    const written = [...page.querySelectorAll('body > * > p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(written).to.have.length(4);
    expect(seen.elements.map((each) => each.text)).to.deep.equal(written);
    for (const each of seen.elements) expect(each.visible, `${each.text}: shown`).to.equal(true);
  });

  it('a server-rendered widget hides the content inside its tag and shows its own', async () => {
    const markup = encodeURIComponent('<mg-dose-table><p id="fallback">Se NNR 2023.</p></mg-dose-table>');
    const path = `/__ssr/page.html?lang=da&scripts=none&markup=${markup}`;
    const fallback = await withoutJavaScript(path, '#fallback');
    expect(fallback.elements).to.have.length(1);
    expect(fallback.elements[0]!.visible, 'fallback hidden').to.equal(false);
    const table = await withoutJavaScript(path, 'body > mg-dose-table');
    expect(table.elements[0]!.visible && table.elements[0]!.shadowRoot).to.equal(true);
    expect(table.elements[0]!.text).to.not.equal('');
  });
});
