// The framework and editor data generated from custom-elements.json (scripts/generate-integrations.mjs) cover
// every element, attribute and event in the manifest. Needs a built dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { root } from '../../scripts/lib.mjs';
import { elementsOf } from '../../scripts/generate-integrations.mjs';

const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const elements = elementsOf(JSON.parse(read('custom-elements.json')));
const tags = elements.map((element) => element.tagName).sort();

test('the manifest has all five elements', () => {
  assert.deepEqual(tags, ['mg-dose-checker', 'mg-dose-table', 'mg-risk-quiz', 'mg-sources', 'mg-symptom-checklist']);
});

test('JSX types: every tag, attribute, property and event handler', () => {
  const jsx = read('dist/types/jsx.d.ts');
  for (const element of elements) {
    assert.match(jsx, new RegExp(`"${element.tagName}": Partial<`), element.tagName);
    for (const attribute of element.attributes ?? [])
      assert.ok(
        jsx.includes(`"${attribute.name}"?:`) || jsx.includes(`  ${attribute.name}?:`),
        `${element.tagName} ${attribute.name}`,
      );
    for (const event of element.events ?? [])
      assert.ok(jsx.includes(`"on${event.name}"?:`), `${element.tagName} on${event.name}`);
  }
  assert.match(jsx, /products\?: MgDoseChecker\["products"\]/);
  assert.match(jsx, /declare module "react"/);
});

test('Vue GlobalComponents: every tag, event details unwrapped', () => {
  const vue = read('dist/types/vue.d.ts');
  for (const tag of tags) assert.match(vue, new RegExp(`"${tag}": DefineComponent<`));
  assert.match(vue, /interface GlobalComponents extends CustomElements/);
  assert.doesNotMatch(vue, /CustomEvent<Mg\w+Event</);
});

test('VS Code custom data and JetBrains web-types: every tag and attribute', () => {
  const vscode = JSON.parse(read('dist/editors/vscode.html-custom-data.json'));
  const webTypes = JSON.parse(read('dist/editors/web-types.json'));
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), tags);
  assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), tags);
  assert.equal(webTypes.name, 'magnesium-widgets');
  for (const element of elements) {
    const names = vscode.tags.find((tag) => tag.name === element.tagName).attributes.map((attribute) => attribute.name);
    for (const attribute of element.attributes ?? [])
      assert.ok(names.includes(attribute.name), `${element.tagName} ${attribute.name}`);
  }
});

test("React wrappers: 'use client' first, one @lit/react component per element with its events", () => {
  const js = read('dist/react/index.js');
  const dts = read('dist/react/index.d.ts');
  assert.ok(js.startsWith("'use client';\n"));
  for (const element of elements) {
    assert.match(
      js,
      new RegExp(`export const ${element.name} = createComponent\\(\\{[^}]*tagName: '${element.tagName}'`),
    );
    assert.match(dts, new RegExp(`export declare const ${element.name}: ReactWebComponent<`));
    for (const event of element.events ?? []) {
      const prop = `on${event.name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;
      assert.ok(js.includes(`${prop}: '${event.name}'`), `${element.name} ${prop}`);
      assert.ok(dts.includes(`${prop}: EventName<${event.type.text}>`), `${element.name} ${prop} typed`);
    }
  }
});

test('dist/cdn/integrity.json: the sha384 of every CDN file', async () => {
  const { createHash } = await import('node:crypto');
  const { readdirSync } = await import('node:fs');
  const hashes = JSON.parse(read('dist/cdn/integrity.json'));
  const files = readdirSync(`${root}dist/cdn/`, { recursive: true }).filter((file) => file.endsWith('.js'));
  assert.deepEqual(Object.keys(hashes).sort(), files.sort());
  for (const file of files)
    assert.equal(
      hashes[file],
      `sha384-${createHash('sha384')
        .update(readFileSync(`${root}dist/cdn/${file}`))
        .digest('base64')}`,
      file,
    );
});
