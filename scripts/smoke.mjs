// Smoke test in Chromium: every story of the static Storybook build renders without a console error, one control
/* global document */
// per element changes its widget, every docs page has an API table without private members, and the demo pages
// load without a console error or a request off this machine. Prints "smoke: N passed, N failed".
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { chromiumFlags, root } from './lib.mjs';
import { strictCsp, strictCspWithStyleHashes } from './csp.mjs';

// demo/ssr.html (server-rendered) needs the widgets' style hashes in its policy, as npm start serves it.
const ssrCsp = strictCspWithStyleHashes(readFileSync(`${root}dist/html/csp-style-hashes.txt`, 'utf8'));
const { server, url } = await serve({
  port: 0,
  headers: (path) => ({ 'Content-Security-Policy': path === '/demo/ssr.html' ? ssrCsp : strictCsp }),
});
const storybook = await serve({ port: 0, dir: `${root}storybook-static/` });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', ...chromiumFlags],
});
let passed = 0;
let failed = 0;

async function check(name, path, ready) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // Failed loads are reported with their URL below, where the browser's own favicon probe can be told apart.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (![url, storybook.url, 'data:'].some((allowed) => request.url().startsWith(allowed)))
      problems.push(`request off this machine: ${request.url()}`);
  });
  try {
    await page.goto(path.startsWith('http') ? path : `${url}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(ready, undefined, { timeout: 15000 });
    await page.waitForTimeout(100);
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  if (problems.length === 0) passed++;
  else {
    failed++;
    console.log(`✗ ${name}\n    ${problems.join('\n    ')}`);
  }
}

const index = JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
for (const story of stories) {
  await check(`story ${story.id}`, `${storybook.url}/iframe.html?id=${story.id}&viewMode=story`, () => {
    const rootElement = document.querySelector('#storybook-root');
    const widget = rootElement?.firstElementChild;
    return Boolean(widget?.shadowRoot?.childElementCount);
  });
}
/** Storybook's id for the story or docs entry with this title and name (from index.json, never guessed). */
const plain = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const idOf = (title, name) => {
  // index.json names stories after their export (MagnesiumDefault → "Magnesium Default"), not the fixture name.
  const entry = Object.values(index.entries).find((each) => each.title === title && plain(each.name) === plain(name));
  if (!entry) throw new Error(`storybook-static/index.json has no "${title}" / "${name}"`);
  return entry.id;
};

/**
 * One control per element changes the widget: the story is loaded with `args=` in the URL (what the Controls
 * panel does), the attribute reaches the element and its shadow DOM differs from the story's own render.
 */
const controls = [
  { title: 'Widgets/Dose table', story: 'Magnesium (default)', args: 'age-group:1-3', attribute: ['age-group', '1-3'] },
  {
    title: 'Widgets/Dose checker',
    story: 'Empty: the reader fills in a product',
    args: 'mg-per-unit:250;units-per-day:2',
    attribute: ['mg-per-unit', '250'],
  },
  {
    title: 'Widgets/Symptom checklist',
    story: 'Nothing ticked',
    args: 'selected[0]:chest-pain',
    attribute: ['selected', 'chest-pain'],
  },
  { title: 'Widgets/Risk quiz', story: 'Start', args: 'heading-level:5', attribute: ['heading-level', '5'] },
  { title: 'Widgets/Sources', story: 'Collapsed', args: 'open:!true', attribute: ['open', ''] },
];
/** In the page: the story's widget once it has updated, as its attribute and shadow DOM. */
async function widgetState(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('#storybook-root')?.firstElementChild?.shadowRoot?.childElementCount,
  );
  return page.evaluate(async () => {
    const widget = document.querySelector('#storybook-root').firstElementChild;
    await widget.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      attributes: Object.fromEntries([...widget.attributes].map((each) => [each.name, each.value])),
      shadow: widget.shadowRoot.innerHTML,
    };
  });
}
let controlsChecked = 0;
for (const control of controls) {
  const page = await browser.newPage();
  const problems = [];
  try {
    const id = idOf(control.title, control.story);
    const base = `${storybook.url}/iframe.html?id=${id}&viewMode=story`;
    const before = await widgetState(page, base);
    const after = await widgetState(page, `${base}&args=${control.args}`);
    const [name, value] = control.attribute;
    if (after.attributes[name] !== value)
      problems.push(`${name} is ${JSON.stringify(after.attributes[name])}, not ${JSON.stringify(value)}`);
    if (after.shadow === before.shadow) problems.push('the shadow DOM did not change');
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  await page.close();
  controlsChecked++;
  if (problems.length === 0) passed++;
  else {
    failed++;
    console.log(`✗ control ${control.title} ${control.args}\n    ${problems.join('\n    ')}`);
  }
}

/**
 * Every docs page has an API table (attributes, properties, events, CSS custom properties and parts) with no
 * private members, and the dose checker's shows the HTML to copy (tag with attributes; a script for properties).
 */
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.title !== 'Theming');
const privateNames = ['messages', 'styles', 'properties', 'shadowRootOptions', 'state', 'validProducts'];
for (const entry of docs) {
  const page = await browser.newPage();
  const problems = [];
  try {
    await page.goto(`${storybook.url}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForSelector('.docblock-argstable', { timeout: 15000 });
    const table = await page.evaluate(() => ({
      rows: [...document.querySelector('.docblock-argstable').querySelectorAll('tbody tr td:first-child')].map((cell) =>
        cell.textContent.trim(),
      ),
      text: document.querySelector('.docblock-argstable').textContent,
    }));
    for (const category of ['attributes', 'css custom properties', 'css shadow parts'])
      if (!table.text.toLowerCase().includes(category)) problems.push(`no "${category}" in the API table`);
    const leaked = table.rows.filter((row) => privateNames.some((name) => row === name || row.startsWith(`${name}`)));
    if (leaked.length) problems.push(`private members in the API table: ${leaked.join(', ')}`);
    if (entry.title === 'Widgets/Dose checker') {
      for (const button of await page.$$('button:has-text("Show code")')) await button.click();
      const code = await page.evaluate(() =>
        [...document.querySelectorAll('.docblock-source, pre')].map((each) => each.textContent).join('\n'),
      );
      for (const expected of ['<mg-dose-checker\n  product-name="Magnesium Citrat Forte"\n', 'widget.products = ['])
        if (!code.includes(expected)) problems.push(`the source panel does not show ${expected}`);
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  await page.close();
  if (problems.length === 0) passed++;
  else {
    failed++;
    console.log(`✗ docs ${entry.title}\n    ${problems.join('\n    ')}`);
  }
}

/** The Theming page (stories/theming.stories.ts) shows every custom property and ::part in custom-elements.json. */
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const tagged = manifest.modules.flatMap((module) => module.declarations ?? []).filter((each) => each.tagName);
const themingNames = tagged.flatMap((element) => [
  ...(element.cssProperties ?? []).map((property) => property.name),
  ...(element.cssParts ?? []).map((part) => `${element.tagName}::part(${part.name})`),
]);
for (const entry of Object.values(index.entries).filter((each) => each.type === 'docs' && each.title === 'Theming')) {
  const page = await browser.newPage();
  let missing;
  try {
    await page.goto(`${storybook.url}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForSelector('.docblock-argstable', { timeout: 15000 });
    const text = await page.evaluate(() => document.body.textContent);
    missing = themingNames.filter((name) => !text.includes(name));
  } catch (error) {
    missing = [error.message.split('\n')[0]];
  }
  await page.close();
  if (missing.length === 0) passed++;
  else {
    failed++;
    console.log(`✗ docs Theming does not show: ${missing.join(', ')}`);
  }
}

for (const page of ['/demo/index.html', '/demo/apotek.html', '/demo/ssr.html']) {
  await check(`demo ${page}`, page, () =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('mg-'))
      .every((el) => el.shadowRoot?.childElementCount),
  );
}

await browser.close();
server.close();
storybook.server.close();
console.log(
  `smoke: ${stories.length} stories, ${controlsChecked} controls, ${docs.length} docs pages and 3 demo pages checked`,
);
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
