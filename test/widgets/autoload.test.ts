// dist/cdn/autoload.js in real pages (issue 23). The test server's request log (the only network record every engine
// gives) shows what each page fetched; the build's chunk graph (dist/size-info/per-element.json) says what each
// widget's file needs. One widget → only its closure; four → all four; a tag added later, or inside an open shadow
// root, loads then, without a second copy of anything; ?ver= and two script tags → one copy; setLocale reaches every
// widget; a server-rendered page is hydrated.
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, recorded, shadowText, waitForText } from '../support/frame.js';

type Graph = Record<string, { imports: string[]; dynamicImports: string[] }>;
let graph: Graph;

before(async () => {
  // The test server serves .json as a JavaScript module (esbuild's json loader).
  const url = '/dist/size-info/per-element.json';
  graph = ((await import(url)) as { default: { files: Graph } }).default.files;
});

/** A file's static closure, as dist/cdn/ paths. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (!seen.has(file)) {
    seen.add(file);
    for (const each of graph[file]!.imports) closure(each, seen);
  }
  return seen;
}

/** What `files` may load later (locale chunks, lazy parts and their closures). */
function lazy(files: Set<string>): Set<string> {
  const later = new Set<string>();
  for (const file of files)
    for (const chunk of graph[file]!.dynamicImports) if (!files.has(chunk)) closure(chunk, later);
  return later;
}

let runs = 0;
async function open(page: string): Promise<{ frame: HTMLIFrameElement; run: string }> {
  const run = `run-autoload-${Date.now().toString(36)}-${runs++}`;
  return { frame: await loadFrame(`/${run}/test/pages/autoload/${page}`), run };
}

/** The dist/cdn/ files this page run requested, in order, with their query strings. */
async function requested(run: string): Promise<string[]> {
  const log = (await (await fetch('/__requests')).json()) as Array<{ url: string }>;
  const prefix = `/${run}/dist/cdn/`;
  return log.filter(({ url }) => url.startsWith(prefix)).map(({ url }) => url.slice(prefix.length));
}

const counts = (files: string[]) => {
  const map = new Map<string, number>();
  for (const file of files) map.set(file, (map.get(file) ?? 0) + 1);
  return map;
};
const twice = (files: string[]) => [...counts(files)].filter(([, n]) => n > 1).map(([file]) => file);
const ours = (frame: HTMLIFrameElement) => recorded(frame).warnings.filter((w) => w.startsWith('[magnesium-widgets]'));
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Every widget in the frame has rendered (its shadow root has content). */
const rendered = (frame: HTMLIFrameElement, tags: string[]) =>
  waitUntil(
    () => tags.every((tag) => shadowText(frame, tag).length > 0),
    `rendered: ${tags.map((tag) => `${tag} ${shadowText(frame, tag).length}`).join(', ')}`,
    { timeout: 10000 },
  );

describe('autoload.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a one-widget page requests the loader and that widget’s closure, nothing of the other widgets', async () => {
    const { frame, run } = await open('one.html');
    await rendered(frame, ['mg-dose-table']);
    await settle();
    const files = await requested(run);
    const own = closure('mg-dose-table.js');
    // Beyond the loader: the table's closure, and at most its lazy parts (none on a Danish page nobody touches).
    const allowed = new Set(['autoload.js', ...own, ...lazy(own)]);
    expect(
      files.filter((file) => !allowed.has(file)),
      'beyond the table’s files',
    ).to.deep.equal([]);
    for (const file of own) expect(files, file).to.include(file);
    for (const other of ['mg-risk-quiz.js', 'mg-symptom-checklist.js', 'mg-dose-checker.js'])
      expect(files, other).not.to.include(other);
    expect(twice(files), 'requested twice').to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
    expect(ours(frame)).to.deep.equal([]);
  });

  it('a four-widget page gets all four closures, each file once', async () => {
    const tags = ['mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-table', 'mg-dose-checker'];
    const { frame, run } = await open('four.html');
    await rendered(frame, tags);
    await settle();
    const files = await requested(run);
    const all = new Set<string>();
    for (const tag of tags) closure(`${tag}.js`, all);
    for (const file of all) expect(files, file).to.include(file);
    const allowed = new Set(['autoload.js', ...all, ...lazy(all)]);
    expect(files.filter((file) => !allowed.has(file))).to.deep.equal([]);
    expect(twice(files), 'requested twice').to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
    expect(ours(frame)).to.deep.equal([]);
  });

  it('a tag added later, and one inside an open shadow root, load then, without a second copy', async () => {
    const { frame, run } = await open('one.html');
    await rendered(frame, ['mg-dose-table']);
    const doc = frame.contentDocument!;
    doc.body.append(doc.createElement('mg-risk-quiz'));
    await rendered(frame, ['mg-risk-quiz']);
    // A host element of the page's own, with an open shadow root that holds a widget.
    const host = doc.createElement('div');
    host.attachShadow({ mode: 'open' }).append(doc.createElement('mg-symptom-checklist'));
    doc.body.append(host);
    const inShadow = () => host.shadowRoot!.querySelector('mg-symptom-checklist')!.shadowRoot?.textContent ?? '';
    await waitUntil(() => inShadow().length > 0, 'the checklist in a shadow root rendered', { timeout: 10000 });
    // A tag added into that shadow root later: the loader watches it too.
    host.shadowRoot!.append(doc.createElement('mg-dose-checker'));
    await waitUntil(
      () => (host.shadowRoot!.querySelector('mg-dose-checker')!.shadowRoot?.textContent ?? '').length > 0,
      'the checker added into the shadow root rendered',
      { timeout: 10000 },
    );
    await settle();
    const files = await requested(run);
    expect(files).to.include.members(['mg-risk-quiz.js', 'mg-symptom-checklist.js', 'mg-dose-checker.js']);
    expect(twice(files), 'a file requested twice (a second copy)').to.deep.equal([]);
    expect(frame.contentWindow!.customElements.get('mg-risk-quiz')).to.exist;
    expect(recorded(frame).errors).to.deep.equal([]);
    expect(ours(frame), 'no "already defined" warning').to.deep.equal([]);
  });

  it('loaded twice, once with ?ver=: one copy of every widget file, no warning', async () => {
    const { frame, run } = await open('two-scripts.html');
    await rendered(frame, ['mg-dose-table', 'mg-risk-quiz']);
    await settle();
    const files = await requested(run);
    expect(files.filter((file) => file.startsWith('autoload.js'))).to.have.members([
      'autoload.js?ver=6.4',
      'autoload.js',
    ]);
    expect(
      files.filter((file) => file.includes('?')),
      'only the loader has the query',
    ).to.deep.equal(['autoload.js?ver=6.4']);
    expect(twice(files), 'requested twice').to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
    expect(ours(frame)).to.deep.equal([]);
  });

  it('setLocale reaches every widget, also one that loads after it', async () => {
    const { frame } = await open('one.html');
    await rendered(frame, ['mg-dose-table']);
    const { setLocale } = await (
      frame.contentWindow as unknown as {
        __autoload: Promise<{ setLocale(locale: string): Promise<unknown> }>;
      }
    ).__autoload;
    await setLocale('en');
    await waitForText(frame, 'mg-dose-table', 'how much do you need a day?');
    const doc = frame.contentDocument!;
    doc.body.append(doc.createElement('mg-risk-quiz'));
    await waitForText(frame, 'mg-risk-quiz', 'Find out whether you belong to one of the known risk groups');
    await setLocale('auto');
    await waitForText(frame, 'mg-dose-table', 'hvor meget har du brug for om dagen?');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('a server-rendered page: the hydrate support first, the widgets keep the server’s DOM', async () => {
    const frame = await loadFrame('/__ssr/page.html?lang=da&scripts=head&build=autoload');
    const widgets = [...frame.contentDocument!.querySelectorAll('body *')].filter((e) => e.localName.startsWith('mg-'));
    const win = frame.contentWindow!;
    await waitUntil(() => widgets.every((e) => win.customElements.get(e.localName)), 'defined', { timeout: 10000 });
    await Promise.all(widgets.map((e) => (e as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    for (const element of widgets) {
      const first = element.shadowRoot!.firstChild as Comment | null;
      expect(first?.nodeType === Node.COMMENT_NODE && first.data, element.localName).to.match(/^mg-ssr da\b/);
    }
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/cdn/hydrate-support.js');
    expect(recorded(frame).errors).to.deep.equal([]);
    expect(ours(frame)).to.deep.equal([]);
  });
});
