// Consumer apps against the packed tarball, as a developer adopting the package would build them (npm test step
// "consumers: React, Next.js, Vue, Node (Chromium)"). Prints "consumers: N passed, N failed".
//
// The apps live here; they are copied to a folder outside the repository (so nothing resolves from the repo's own
// node_modules: a type or module the package forgot to declare fails here as it would for a user), installed once
// for all apps from the committed lock file (package-lock.json here), and the tarball is added by path after that
// (its integrity hash changes with every build, so it cannot be in the lock). Each app is type-checked, built and
// opened in Debian's Chromium; each asserts that the widgets rendered (shadow DOM text) and that the events arrived.
//
// Adding a Next.js page: put it under next-app/app/<route>/ and add an entry to `nextPages` below.
/* global document, window, customElements */
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { chromiumFlags, root } from '../../scripts/lib.mjs';

const here = `${root}test/consumers/`;
const work = process.env.MG_CONSUMERS_DIR ?? `${tmpdir()}/magnesium-widgets-consumers/`;
const apps = ['react-vite', 'vue-vite', 'next-app'];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', CI: '1' };

let passed = 0;
let failed = 0;

/** Runs one check; a thrown error (or a non-empty list of problems) fails it. */
async function check(name, body) {
  const begin = Date.now();
  let problems;
  try {
    problems = (await body()) ?? [];
  } catch (error) {
    problems = [error.message];
  }
  const seconds = ((Date.now() - begin) / 1000).toFixed(1);
  if (problems.length === 0) {
    passed++;
    console.log(`✓ ${name} (${seconds} s)`);
  } else {
    failed++;
    console.log(`✗ ${name} (${seconds} s)\n    ${problems.join('\n    ')}`);
  }
}

/** Runs a command in the work folder; throws with the end of its output when it fails. Returns the output. */
function sh(command, args, cwd = work) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}):\n${output.split('\n').slice(-40).join('\n')}`,
    );
  return output;
}

const bin = (name) => `${work}node_modules/.bin/${name}`;

// 1. Pack (dist/ is already built by the suite; --ignore-scripts skips the prepack build) and install.
mkdirSync(work, { recursive: true });
let tarball;
await check('npm pack, npm ci (lock file), npm install <tarball>', () => {
  const packed = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], root).trim();
  tarball = `${work}${packed.split('\n').pop()}`;
  const lock = readFileSync(`${here}package-lock.json`);
  const hash = createHash('sha256')
    .update(readFileSync(`${here}package.json`))
    .update(lock)
    .digest('hex');
  const marker = `${work}node_modules/.consumers-lock`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== hash) {
    cpSync(`${here}package.json`, `${work}package.json`);
    cpSync(`${here}package-lock.json`, `${work}package-lock.json`);
    sh('npm', ['ci', '--no-audit', '--no-fund']);
    writeFileSync(marker, hash);
  }
  sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]);
  for (const app of apps) {
    rmSync(`${work}${app}`, { recursive: true, force: true });
    cpSync(`${here}${app}`, `${work}${app}`, { recursive: true });
  }
});

// 2. Plain Node: every entry point imports without throwing; a define module in a React Server Component
//    (the react-server condition) stops with the documented message.
const entries = Object.keys(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).exports)
  .filter((entry) => !entry.endsWith('.json'))
  .map((entry) => entry.replace(/^\./, 'magnesium-widgets'));
await check(`Node: ${entries.length} entry points import`, () => {
  const script = `const entries = ${JSON.stringify(entries)};
    const results = await Promise.allSettled(entries.map((entry) => import(entry)));
    // An entry point for an optional peer (./react needs @lit/react, ./hydrate-support.js @lit-labs/ssr-client)
    // may say that peer is missing; nothing else may fail.
    const peers = ${JSON.stringify(Object.keys(JSON.parse(readFileSync(`${root}package.json`, 'utf8')).peerDependencies ?? {}))};
    const missingPeer = (reason) => String(reason).includes('ERR_MODULE_NOT_FOUND') && peers.some((peer) => String(reason).includes("'" + peer + "'"));
    const bad = results.map((r, i) => r.status === 'rejected' && !missingPeer(r.reason) ? entries[i] + ': ' + r.reason : '').filter(Boolean);
    const empty = results.map((r, i) => r.status === 'fulfilled' && !entries[i].match(/jsx|vue/) && Object.keys(r.value).length === 0 ? entries[i] + ': no exports' : '').filter(Boolean);
    console.log(JSON.stringify([...bad, ...empty]));`;
  return JSON.parse(sh(process.execPath, ['--input-type=module', '-e', script]).trim().split('\n').pop());
});
await check('Node (react-server condition): define modules stop with the documented message', () => {
  const defines = entries.filter((entry) => /\/(define|mg-[a-z-]+)\.js$/.test(entry));
  const script = `const entries = ${JSON.stringify(defines)};
    const results = await Promise.allSettled(entries.map((entry) => import(entry)));
    const wrong = results.map((r, i) => r.status === 'rejected' && String(r.reason).includes('[magnesium-widgets]') && String(r.reason).includes('magnesium-widgets/react') ? '' : entries[i] + ' did not stop: ' + (r.reason ?? 'imported')).filter(Boolean);
    const root = await import('magnesium-widgets').then((m) => Object.keys(m).length, (e) => String(e));
    if (typeof root !== 'number') wrong.push('magnesium-widgets (root) under react-server: ' + root);
    console.log(JSON.stringify(wrong));`;
  return JSON.parse(
    sh(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', script]).trim().split('\n').pop(),
  );
});

// 3. Type checks and builds.
await check(
  'React 19 + Vite: tsc (JSX types from magnesium-widgets/jsx, skipLibCheck off)',
  () => void sh(bin('tsc'), ['-p', '.'], `${work}react-vite`),
);
await check('React 19 + Vite: vite build', () => void sh(bin('vite'), ['build'], `${work}react-vite`));
await check(
  'Vue 3 + Vite: vue-tsc --strictTemplates (GlobalComponents from magnesium-widgets/vue)',
  () => void sh(bin('vue-tsc'), ['-p', '.'], `${work}vue-vite`),
);
await check('Vue 3 + Vite: vite build', () => void sh(bin('vite'), ['build'], `${work}vue-vite`));
await check('Next.js: next build (type-checks; no "already defined" warning)', () => {
  const output = sh(bin('next'), ['build'], `${work}next-app`);
  return output.includes('[magnesium-widgets]')
    ? [`next build printed: ${output.split('\n').find((line) => line.includes('[magnesium-widgets]'))}`]
    : [];
});

// 4. In Chromium.
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', ...chromiumFlags] });

/**
 * Opens `url`, waits until `ready` holds, then runs `inspect` in the page (returns a list of problems). Every
 * `mg-result` reaching the document is recorded in `window.mgResults`; a console error, a page error or a
 * library warning fails the page.
 */
async function openPage(url, ready, inspect) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // Failed loads are reported with their URL below, where the browser's own favicon probe can be told apart.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.text().includes('[magnesium-widgets]'))
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.mgResults = [];
    document.addEventListener('mg-result', (event) => window.mgResults.push([event.target.localName, event.detail]));
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(ready, undefined, { timeout: 20000 });
    problems.push(...(await page.evaluate(inspect)));
  } catch (error) {
    problems.push(`${error.message.split('\n')[0]}`);
    problems.push(`page: ${await page.evaluate(() => document.body?.innerText.slice(0, 300)).catch(() => '?')}`);
  }
  await page.close();
  return problems;
}

/** In the page: the shadow DOM text of the first element with this tag. */
const shadowTextOf = `(tag) => document.querySelector(tag)?.shadowRoot?.textContent.replace(/\\s+/g, ' ').trim() ?? ''`;

/** The checks shared by the React and Vue apps (same widgets, same values: 2 × 150 mg = 300 mg a day). */
const viteAppReady = new Function(
  `const text = ${shadowTextOf};
   return text('mg-dose-table').length > 0 && /300/.test(text('mg-dose-checker')) &&
     document.querySelector('#total')?.textContent === '300' && document.querySelector('#level')?.textContent !== '';`,
);
const viteAppInspect = new Function(
  `const problems = [];
   const checker = document.querySelector('mg-dose-checker');
   if (checker.products.length !== 1 || checker.products[0].mgPerUnit !== 150) problems.push('products not set: ' + JSON.stringify(checker.products));
   if (checker.reader.sex !== 'female') problems.push('reader not set: ' + JSON.stringify(checker.reader));
   if (checker.getAttributeNames().some((name) => /products|reader/.test(name))) problems.push('products/reader written as attributes');
   const results = window.mgResults.filter(([tag]) => tag === 'mg-dose-checker');
   if (!results.some(([, detail]) => detail.totalElementalMg === 300)) problems.push('no mg-result with 300 mg: ' + JSON.stringify(window.mgResults));
   const checklist = document.querySelector('mg-symptom-checklist');
   if (!checklist.selected.includes('muscle-cramps')) problems.push('selected not set');
   return problems;`,
);

for (const app of ['react-vite', 'vue-vite']) {
  const name = app === 'react-vite' ? 'React 19 + Vite' : 'Vue 3 + Vite';
  await check(`${name} in Chromium: widgets render, properties set, mg-result reaches the app`, async () => {
    const site = await serve({ port: 0, dir: `${work}${app}/dist/` });
    try {
      return await openPage(`${site.url}/`, viteAppReady, viteAppInspect);
    } finally {
      site.server.close();
    }
  });
}

// Plain HTML from a CDN folder (the installed package's dist/cdn/) with every file's hash from
// dist/cdn/integrity.json in an import map: the widget renders; with one chunk's hash wrong, the browser blocks it.
await check(
  'CDN page with import-map integrity from dist/cdn/integrity.json: renders; a wrong hash is blocked',
  async () => {
    const folder = `${work}cdn-page/`;
    rmSync(folder, { recursive: true, force: true });
    cpSync(`${work}node_modules/magnesium-widgets/dist/cdn`, `${folder}cdn`, { recursive: true });
    const hashes = JSON.parse(readFileSync(`${folder}cdn/integrity.json`, 'utf8'));
    const page = (integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="importmap">${JSON.stringify({ integrity })}</script>
    <script type="module" src="/cdn/magnesium-widgets.js"></script></head>
    <body><mg-dose-table age-group="18+" sex="female"></mg-dose-table></body></html>`;
    const all = Object.fromEntries(Object.entries(hashes).map(([file, hash]) => [`/cdn/${file}`, hash]));
    const entryChunk = readFileSync(`${folder}cdn/magnesium-widgets.js`, 'utf8').match(/chunks\/[\w.-]+\.js/)?.[0];
    if (!entryChunk || !all[`/cdn/${entryChunk}`]) return [`no hash for the entry's chunk ${entryChunk}`];
    writeFileSync(`${folder}index.html`, page(all));
    writeFileSync(`${folder}tampered.html`, page({ ...all, [`/cdn/${entryChunk}`]: `sha384-${'A'.repeat(64)}` }));
    const site = await serve({ port: 0, dir: folder });
    const problems = [];
    try {
      problems.push(
        ...(await openPage(
          `${site.url}/index.html`,
          () => /mg/.test(document.querySelector('mg-dose-table')?.shadowRoot?.textContent ?? ''),
          () => [],
        )),
      );
      const tampered = await browser.newPage();
      const messages = [];
      tampered.on('console', (message) => messages.push(message.text()));
      await tampered.goto(`${site.url}/tampered.html`, { waitUntil: 'load' });
      await tampered.waitForTimeout(1500);
      if (await tampered.evaluate(() => Boolean(customElements.get('mg-dose-table'))))
        problems.push('with a wrong hash the widget still loaded');
      if (!messages.some((text) => /integrity/i.test(text)))
        problems.push(`no integrity error: ${messages.join(' | ')}`);
      await tampered.close();
    } finally {
      site.server.close();
    }
    return problems;
  },
);

/**
 * Next.js pages: the route, what "rendered" means there, and what must hold after hydration. An entry may also
 * have `html(serverHtml) → problems`, checked on the HTML the server sends (before any script runs).
 */
const nextPages = [
  {
    path: '/',
    name: 'server component page with wrappers: preset product and reader applied after hydration',
    ready: new Function(
      `const text = ${shadowTextOf};
       return text('mg-dose-table').length > 0 && /300/.test(text('mg-dose-checker'));`,
    ),
    inspect: new Function(
      `const problems = [];
       const checker = document.querySelector('mg-dose-checker');
       if (checker.products.length !== 1 || checker.products[0].mgPerUnit !== 150) problems.push('products lost in hydration: ' + JSON.stringify(checker.products));
       if (checker.reader.sex !== 'female' || checker.reader.kidneyDisease !== 'no') problems.push('reader lost in hydration: ' + JSON.stringify(checker.reader));
       if (!window.mgResults.some(([tag, detail]) => tag === 'mg-dose-checker' && detail.totalElementalMg === 300)) problems.push('no mg-result with 300 mg');
       return problems;`,
    ),
  },
  {
    path: '/client',
    name: 'client component page: onMgResult fires after hydration',
    ready: new Function(
      `return document.querySelector('#total')?.textContent === '300' && document.querySelector('#level')?.textContent !== '';`,
    ),
    inspect: new Function(
      `const problems = [];
       const checker = document.querySelector('mg-dose-checker');
       if (checker.reader.sex !== 'female') problems.push('reader lost in hydration');
       if (!document.querySelector('mg-symptom-checklist').selected.includes('muscle-cramps')) problems.push('selected lost in hydration');
       return problems;`,
    ),
  },
];

if (!existsSync(`${work}next-app/.next/BUILD_ID`)) {
  for (const page of nextPages) await check(`Next.js ${page.path}: ${page.name}`, () => ['no Next.js build to start']);
} else {
  const port = 3000 + Math.floor(Math.random() * 2000);
  const server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: `${work}next-app`,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverOutput = '';
  server.stdout.on('data', (chunk) => (serverOutput += chunk));
  server.stderr.on('data', (chunk) => (serverOutput += chunk));
  const deadline = Date.now() + 30000;
  while (!/Ready|started server/i.test(serverOutput) && Date.now() < deadline && server.exitCode === null)
    await new Promise((resolve) => setTimeout(resolve, 200));
  for (const page of nextPages) {
    const url = `http://127.0.0.1:${port}${page.path}`;
    await check(`Next.js ${page.path}: ${page.name}`, async () => [
      ...(page.html ? page.html(await fetch(url).then((response) => response.text())) : []),
      ...(await openPage(url, page.ready, page.inspect)),
      ...(server.exitCode !== null ? [`next start exited: ${serverOutput.slice(-500)}`] : []),
    ]);
  }
  server.kill();
  if (serverOutput.includes('[magnesium-widgets]'))
    await check('Next.js server log', () => [
      serverOutput.split('\n').find((line) => line.includes('[magnesium-widgets]')),
    ]);
}

await browser.close();
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
