// Server-rendered widgets in real pages (issue 19): pages made by the built magnesium-widgets/ssr
// (test/support/ssr-pages.mjs), the CDN build's hydrate support and per-element files. Hydration takes over the
// server's DOM (the same nodes, text, boxes and pixels), the widgets answer input afterwards, and nothing is logged;
// content placed inside a tag shows until the widget upgrades; with JavaScript off the server's content shows.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const tags = ['mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-table', 'mg-dose-checker', 'mg-sources'];

interface Recorded {
  warnings: string[];
  errors: string[];
  consoleErrors: string[];
  shifts: number[];
  shiftSources: string[];
  shiftsBeforeUpgrade: { value: number; sources: string[] }[];
}
type Widget = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };

async function open(query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // Tall enough for every widget, so each is laid out in full and screenshots see all of it.
  Object.assign(frame.style, { width: '800px', height: '6000px', border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/page.html?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const recorded = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { __mg: Recorded }).__mg;
const widgets = (frame: HTMLIFrameElement) => tags.map((tag) => frame.contentDocument!.querySelector<Widget>(tag)!);
const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const box = (element: Element) => JSON.stringify(element.getBoundingClientRect());
/** The shadow root's first node: the server's stamp while its DOM is kept (components/ssr.ts). */
const stamp = (element: Element) => {
  const first = element.shadowRoot?.firstChild;
  return first?.nodeType === Node.COMMENT_NODE && (first as Comment).data.startsWith('mg-ssr')
    ? (first as Comment).data
    : null;
};
const ours = (lines: string[]) => lines.filter((line) => line.startsWith('[magnesium-widgets]'));

/** Every widget (and every nested one) has finished its first update, lazy parts included. */
async function upgraded(frame: HTMLIFrameElement): Promise<void> {
  const win = frame.contentWindow!;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const all = (root: Document | ShadowRoot): Widget[] =>
    [...root.querySelectorAll<Widget>('*')].flatMap((element) =>
      element.localName.startsWith('mg-') ? [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])] : [],
    );
  await waitUntil(() => all(frame.contentDocument!).every((element) => element.hasUpdated), 'first updates', {
    timeout: 10000,
  });
  await Promise.all(all(frame.contentDocument!).map((element) => element.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Element screenshot inside the frame (Chromium, Firefox); null where the engine has none (WebKit). */
async function screenshot(tag: string): Promise<string | null> {
  const result = (await executeServerCommand('mg-frame-screenshot', { frame: 'iframe', selector: tag })) as {
    png?: string;
    unsupported?: boolean;
  };
  return result.png ?? null;
}

// The visual suite's comparison (test/deep/visual.test.ts): a pixel differs when a channel differs by more than 40;
// at most 0.2 % of the pixels may differ.
async function pixels(base64: string): Promise<ImageData> {
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}
async function differingShare(before: string, after: string): Promise<number> {
  const [a, b] = await Promise.all([pixels(before), pixels(after)]);
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if ([0, 1, 2, 3].some((channel) => Math.abs(a.data[i + channel]! - b.data[i + channel]!) > 40)) differing++;
  }
  return differing / (a.width * a.height);
}

/** One reader action per widget, and what shows that the widget took it. */
async function interact(frame: HTMLIFrameElement): Promise<void> {
  const [checklist, quiz, table, checker, sources] = widgets(frame);
  const changes: string[] = [];
  frame.contentDocument!.addEventListener('mg-change', (event) => changes.push((event.target as Element).localName));

  const box = checklist!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]:not(:checked)')!;
  box.click();
  const sex = table!.shadowRoot!.querySelector<HTMLSelectElement>('select[name="sex"]')!;
  sex.value = 'male';
  sex.dispatchEvent(new Event('change', { bubbles: true }));
  const units = checker!.shadowRoot!.querySelector<HTMLInputElement>('input[id$="-unitsPerDay"]')!;
  units.value = '3';
  units.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  units.dispatchEvent(new Event('change', { bubbles: true }));
  const quizBefore = text(quiz!);
  quiz!.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
  const sourcesBefore = text(sources!);
  sources!.shadowRoot!.querySelector<HTMLElement>('summary')!.click();

  await waitUntil(
    () => ['mg-symptom-checklist', 'mg-dose-table', 'mg-dose-checker'].every((tag) => changes.includes(tag)),
    `mg-change from the checklist, the table and the checker; got ${changes.join(', ')}`,
    { timeout: 5000 },
  );
  await waitUntil(() => text(quiz!) !== quizBefore, 'the quiz shows its first question', { timeout: 5000 });
  await waitUntil(() => text(sources!).length > sourcesBefore.length + 40, 'the source list opens', {
    timeout: 5000,
  });
  expect(box.checked).to.equal(true);
}

describe('server-rendered widgets', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('hydrate: the same nodes, text, boxes and pixels; no console error or layout shift; then they answer input', async () => {
    const frame = await open('lang=en-GB&scripts=inject');
    const before = widgets(frame).map((element) => ({
      element,
      node: element.shadowRoot!.querySelector('*:not(style)')!,
      text: text(element),
      box: box(element),
      stamp: stamp(element),
    }));
    for (const each of before) {
      expect(each.node, `${each.element.localName}: server-rendered shadow root`).to.exist;
      expect(each.stamp, each.element.localName).to.match(/^mg-ssr en\b/);
    }
    const shots = new Map<string, string | null>();
    for (const tag of tags) shots.set(tag, await screenshot(tag));
    // Chromium (Playwright) and Firefox (Puppeteer) take screenshots; WebKit's WebDriver has none (boxes and text then).
    const screenshots = /Chrome|Firefox/.test(navigator.userAgent);
    expect(
      [...shots.values()].every((shot) => (shot !== null) === screenshots),
      'screenshots',
    ).to.equal(true);

    await (frame.contentWindow as unknown as { __upgrade(): Promise<void> }).__upgrade();
    await upgraded(frame);

    for (const each of before) {
      const tag = each.element.localName;
      expect(each.element.shadowRoot!.querySelector('*:not(style)'), `${tag}: the same node`).to.equal(each.node);
      expect(each.node.isConnected, `${tag}: still in the page`).to.equal(true);
      expect(stamp(each.element), `${tag}: the server's DOM kept`).to.equal(each.stamp);
      expect(text(each.element), `${tag}: the same text`).to.equal(each.text);
      expect(box(each.element), `${tag}: the same box`).to.equal(each.box);
      const shot = shots.get(tag);
      if (shot) {
        const after = (await screenshot(tag))!;
        const share = await differingShare(shot, after);
        if (share > 0.002) {
          await executeServerCommand('mg-write-file', { path: `test-results/ssr/${tag}-before.png`, base64: shot });
          await executeServerCommand('mg-write-file', { path: `test-results/ssr/${tag}-after.png`, base64: after });
        }
        expect(share, `${tag}: pixels (test-results/ssr/ has both)`).to.be.at.most(0.002);
      }
    }
    const { errors, consoleErrors, warnings, shifts, shiftSources, shiftsBeforeUpgrade } = recorded(frame);
    expect(errors, 'errors').to.deep.equal([]);
    expect(consoleErrors, 'console errors').to.deep.equal([]);
    expect(ours(warnings), 'warnings').to.deep.equal([]);
    // No layout shift from hydration: shifts from the upgrade on (test/pages/ssr-record.js; the frame's own load
    // before it, which under load Chromium sometimes scores at 0.0005–0.008 with no source node, is not what this
    // test judges, and is in the message). A visible hydration flash scores above 0.01; anything from 0.001 fails.
    const total = shifts.reduce((sum, value) => sum + value, 0);
    expect(
      total,
      `layout shifts (Chromium reports them): ${JSON.stringify({ shifts, shiftSources, shiftsBeforeUpgrade })}`,
    ).to.be.below(0.001);
    const versions = (frame.contentWindow as unknown as { litHtmlVersions: string[] }).litHtmlVersions;
    expect(versions, 'one lit-html, shared by the support and the widgets').to.have.length(1);

    await interact(frame);
    expect(recorded(frame).consoleErrors).to.deep.equal([]);
  });

  it('as a site writes it (scripts in <head>, loaded with ?ver=): hydrated, one copy of Lit', async () => {
    const frame = await open('lang=da-DK&scripts=head&query=ver%3D6.4');
    await upgraded(frame);
    for (const element of widgets(frame)) {
      expect(stamp(element), `${element.localName}: the server's DOM kept`).to.match(/^mg-ssr da\b/);
      expect(element.shadowRoot!.adoptedStyleSheets, element.localName).to.have.length(0);
    }
    expect((frame.contentWindow as unknown as { litHtmlVersions: string[] }).litHtmlVersions).to.have.length(1);
    expect(recorded(frame).consoleErrors).to.deep.equal([]);
    expect(ours(recorded(frame).warnings)).to.deep.equal([]);
    await interact(frame);
  });

  it('rendered for another page language: rendered again in the page language, with one warning', async () => {
    const frame = await open('lang=de-AT&ssrLang=da&scripts=head');
    await upgraded(frame);
    await waitUntil(() => text(widgets(frame)[2]!).includes('Magnesium'), 'German text', { timeout: 5000 });
    for (const element of widgets(frame)) {
      expect(stamp(element), `${element.localName}: server DOM replaced`).to.equal(null);
      expect(element.shadowRoot!.querySelectorAll('style').length, `${element.localName}: styles kept`).to.equal(1);
    }
    expect(text(widgets(frame)[4]!)).to.include('Quellen');
    const warnings = ours(recorded(frame).warnings);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('was rendered on the server, but for "mg-ssr da');
    expect(recorded(frame).consoleErrors).to.deep.equal([]);
    await interact(frame);
  });

  it('under a strict CSP without the style hashes: hydrated, and styled by adopted style sheets', async () => {
    const frame = await open('lang=da&scripts=head&csp=strict');
    await upgraded(frame);
    for (const element of widgets(frame)) {
      expect(stamp(element), element.localName).to.match(/^mg-ssr da/);
      expect(element.shadowRoot!.adoptedStyleSheets.length, element.localName).to.be.above(0);
      expect(getComputedStyle(element).display, element.localName).to.equal('flow-root');
    }
    const warnings = ours(recorded(frame).warnings);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('dist/html/csp-style-hashes.txt');
    expect(recorded(frame).consoleErrors).to.deep.equal([]);
  });

  it('without the hydrate support: the server DOM is replaced, never shown twice, with one warning', async () => {
    const frame = await open('lang=da&scripts=head&support=0');
    await upgraded(frame);
    for (const element of widgets(frame)) {
      expect(stamp(element), element.localName).to.equal(null);
      expect(element.shadowRoot!.querySelectorAll('style'), element.localName).to.have.length(0);
      expect(element.shadowRoot!.adoptedStyleSheets.length, element.localName).to.be.above(0);
    }
    for (const element of widgets(frame).slice(0, 4))
      expect(element.shadowRoot!.querySelectorAll('[part="disclaimer"]'), element.localName).to.have.length(1);
    const warnings = ours(recorded(frame).warnings);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('load hydrate-support.js before the widget files');
    expect(recorded(frame).consoleErrors).to.deep.equal([]);
  });

  it('with the all-in-one file after the hydrate support: hydrated too (a second lit-html copy)', async () => {
    const frame = await open('lang=sv&build=all-in-one&scripts=head');
    await upgraded(frame);
    for (const element of widgets(frame)) expect(stamp(element), element.localName).to.match(/^mg-ssr sv\b/);
    expect(recorded(frame).consoleErrors).to.deep.equal([]);
    await interact(frame);
  });

  it('content inside a tag shows until the widget upgrades, and is hidden after', async () => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '800px', height: '3000px', border: '0' });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/fallback.html';
    document.body.append(frame);
    await loaded;
    const hosts = tags.slice(0, 4).map((tag) => frame.contentDocument!.querySelector<Widget>(tag)!);
    const fallbacks = hosts.map((host) => host.querySelector('p')!);
    for (const fallback of fallbacks) {
      expect(fallback.getClientRects().length, `${fallback.parentElement!.localName}: fallback shown`).to.be.above(0);
      expect(fallback.textContent!.trim()).to.not.equal('');
    }
    await (frame.contentWindow as unknown as { __upgrade(): Promise<void> }).__upgrade();
    await Promise.all(tags.map((tag) => frame.contentWindow!.customElements.whenDefined(tag)));
    await Promise.all(hosts.map((host) => host.updateComplete));
    for (const [index, fallback] of fallbacks.entries()) {
      const host = hosts[index]!;
      expect(fallback.isConnected, host.localName).to.equal(true);
      expect(fallback.getClientRects().length, `${host.localName}: fallback hidden`).to.equal(0);
      expect(text(host), `${host.localName}: the widget shows`).to.not.equal('');
    }
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('server-rendered, content inside the tag is hidden from the start (declarative shadow DOM)', async () => {
    const markup = encodeURIComponent('<mg-dose-table><p id="fallback">Se NNR 2023.</p></mg-dose-table>');
    const frame = await open(`lang=da&scripts=inject&markup=${markup}`);
    const fallback = frame.contentDocument!.getElementById('fallback')!;
    const table = frame.contentDocument!.querySelector<Widget>('mg-dose-table')!;
    expect(fallback.getClientRects().length, 'before the upgrade').to.equal(0);
    expect(table.shadowRoot!.querySelector('table')!.getClientRects().length).to.be.above(0);
    await (frame.contentWindow as unknown as { __upgrade(): Promise<void> }).__upgrade();
    await frame.contentWindow!.customElements.whenDefined('mg-dose-table');
    await table.updateComplete;
    expect(fallback.getClientRects().length, 'after the upgrade').to.equal(0);
    expect(stamp(table)).to.match(/^mg-ssr da/);
  });
});
