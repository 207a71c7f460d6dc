// Every message a page can show is in the locale chunks that page loads (issue 23: scripts/locales.mjs gives each
// widget's chunk the messages of the modules it imports, so a one-widget page downloads only its own texts). Checked
// against rollup's module graph of the CDN build (dist/size-info/per-element.json: `reach`, the modules an entry or
// lazy part runs, and `lazy`, what they import dynamically; run `npm run build` first), not against the TypeScript
// import graph locales.mjs reads: a message a widget can run but whose chunk lacks would show in Danish on a
// German page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { lazyParts } from '../../scripts/registry.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const { files } = JSON.parse(read('dist/size-info/per-element.json'));
const registry = JSON.parse(read('registry.json'));
const known = new Set(Object.keys(JSON.parse(read('components/locales/source-messages.json'))));

/** The message ids of a generated locale module (`'id': …` keys). */
const idsIn = (path) =>
  existsSync(new URL(path, root))
    ? new Set([...read(path).matchAll(/^\s*'([^'\n]+)':/gm)].map((m) => m[1]))
    : new Set();
/** The message ids the source modules use (`msg(…, { id: '…' })`). */
const usedBy = (modules) => [
  ...new Set(
    modules
      .filter((module) => /^components\/.*\.ts$/.test(module) && !module.includes('/locales/'))
      .flatMap((module) => [...read(module).matchAll(/\bid:\s*'([^']+)'/g)].map((m) => m[1]))
      .filter((id) => known.has(id)),
  ),
];
/** Lazy part module (path from the project root) → its name (registry.json: the base's and each widget's). */
const partNames = new Map(Object.entries(lazyParts).map(([name, file]) => [file, name]));
/** The CDN file whose entry (or lazy part) is `module`. */
const fileOf = (module) => Object.values(files).find((file) => file.reach?.[0] === module);

const locale = 'de';
const common = idsIn(`components/locales/${locale}.ts`);
const missing = (ids, chunks) => ids.filter((id) => !chunks.some((chunk) => chunk.has(id)));

for (const [tag, widget] of Object.entries(registry.widgets)) {
  const own = widget.messages ? idsIn(`components/locales/parts/${widget.folder}.${locale}.ts`) : new Set();
  const page = files[`${tag}.js`];
  const used = usedBy(page.reach);

  test(`${tag}: every message it can show is in the common or its own "${locale}" chunk`, () => {
    assert.ok(used.length > 0, 'found the messages it uses (else this test checks nothing)');
    assert.deepEqual(missing(used, [common, own]), []);
  });

  for (const module of page.lazy.filter((each) => !each.includes('/locales/'))) {
    const name = partNames.get(module) ?? module;
    test(`${tag}: its lazy part ${name}: every message in its own, the widget's or the common chunk`, () => {
      const part = fileOf(module);
      assert.ok(part, `a CDN chunk for ${module}`);
      const ids = usedBy(part.reach.filter((each) => !page.reach.includes(each)));
      const partChunk = idsIn(`components/locales/parts/${name}.${locale}.ts`);
      assert.deepEqual(missing(ids, [common, own, partChunk]), []);
    });
  }
}

test('a message only some widgets show is not in the common chunk (a one-widget page does not download it)', () => {
  const chunk = (folder) => idsIn(`components/locales/parts/${folder}.${locale}.ts`);
  assert.ok(!common.has('common.too-much.title'), 'dose table and dose checker only');
  assert.ok(chunk('dose-table').has('common.too-much.title') && chunk('dose-checker').has('common.too-much.title'));
  assert.ok(!chunk('symptom-checklist').has('common.too-much.title'));
  assert.ok(!common.has('words.age.1-3') && !chunk('symptom-checklist').has('words.age.1-3'));
  assert.ok(chunk('input-problems').has('common.invalid-input') && !common.has('common.invalid-input'));
});
