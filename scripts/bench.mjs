// npm run bench: render and interaction benchmarks (tachometer, Chromium) against a baseline in the same run,
// plus Lighthouse on the demo pages, written to docs/performance.md. Not part of npm test.
// Installs what is missing (Debian's chromium and chromium-driver as root, npm packages), builds, and stops by
// itself within 10 minutes. Every request goes to localhost.
/* global window, document -- page.evaluate callbacks run in the browser */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { chromiumFlags, ensureDebianPackages, ensureNodeModules, root, run } from './lib.mjs';

const started = Date.now();
const deadlineMs = 9.5 * 60 * 1000;
const out = `${root}bench/generated/`;
const chromium = '/usr/bin/chromium';
const chromedriver = '/usr/bin/chromedriver';
const chromeArgs = chromiumFlags;
/** Child processes this script started, so the watchdog can stop them. */
const children = new Set();

const watchdog = setTimeout(() => {
  console.error('\n✗ bench: over 9.5 minutes, stopping.');
  for (const child of children) child.kill('SIGKILL');
  process.exit(1);
}, deadlineMs);
watchdog.unref();

/** Runs a command asynchronously (so the watchdog can stop it); resolves with its exit code and output. */
function runAsync(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => {
      children.delete(child);
      resolve({ code, output });
    });
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Debian's ChromeDriver on a free localhost port; tachometer talks to it as a remote WebDriver. */
async function startChromeDriver() {
  const port = await freePort();
  const child = spawn(chromedriver, [`--port=${port}`, '--allowed-ips=127.0.0.1'], { stdio: 'ignore' });
  children.add(child);
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`${url}/status`)).ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('chromedriver did not start');
}

/**
 * tachometer loads the npm package `chromedriver` (which downloads a driver) before it connects; with a remote
 * WebDriver URL it only needs the module to resolve. This shim (CommonJS path for its resolvability check, an ESM
 * resolve hook for its import) points it at Debian's driver instead.
 */
function writeChromedriverShim() {
  const shim = `${out}shim/`;
  mkdirSync(`${shim}chromedriver`, { recursive: true });
  writeFileSync(`${shim}chromedriver/package.json`, '{ "name": "chromedriver", "main": "index.js" }\n');
  writeFileSync(`${shim}chromedriver/index.js`, `exports.path = ${JSON.stringify(chromedriver)};\n`);
  const index = new URL(`file://${shim}chromedriver/index.js`).href;
  writeFileSync(
    `${shim}hooks.mjs`,
    `export async function resolve(specifier, context, next) {\n` +
      `  if (specifier === 'chromedriver') return { url: ${JSON.stringify(index)}, format: 'commonjs', shortCircuit: true };\n` +
      `  return next(specifier, context);\n}\n`,
  );
  writeFileSync(
    `${shim}register.mjs`,
    `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${shim}hooks.mjs`)});\n`,
  );
  return { NODE_PATH: shim, NODE_OPTIONS: `--import=file://${shim}register.mjs` };
}

/** Loads the demo article in Chromium once the widgets rendered, and saves it as static HTML (declarative shadow DOM). */
async function writeStaticCopy(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/demo/index.html`, { waitUntil: 'load' });
  await page.addScriptTag({ type: 'module', url: `${base}/bench/mark.js` });
  await page.waitForFunction(() => window.tachometerResult !== undefined, null, { timeout: 30000 });
  const html = await page.evaluate(() => {
    const roots = [];
    const collect = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (!element.shadowRoot) continue;
        roots.push(element.shadowRoot);
        collect(element.shadowRoot);
      }
    };
    collect(document);
    // Adopted style sheets are not serialised: write each shadow root's rules into a <style> of its own.
    for (const shadow of roots) {
      const style = document.createElement('style');
      style.textContent = shadow.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
      shadow.prepend(style);
    }
    return document.documentElement.getHTML({ shadowRoots: roots });
  });
  await page.close();
  const widgetsSrc = readFileSync(`${root}demo/index.html`, 'utf8');
  const lang = /<html lang="([^"]+)"/.exec(widgetsSrc)[1];
  const staticHtml = html
    .replace(/<!--\?lit\$\d+\$-->|<!---->/g, '')
    .replace(/<script type="module" src="\.\.\/dist\/cdn\/magnesium-widgets\.js"><\/script>/, '')
    .replace(/<script type="module" src="[^"]*\/bench\/mark\.js"><\/script>/, '')
    .replace(
      '<head>',
      '<head><base href="/demo/" />' +
        // The elements are never defined here: undo the demo's reserve-space rule for undefined elements.
        '<style>mg-symptom-checklist,mg-risk-quiz,mg-dose-table,mg-dose-checker,mg-sources{min-block-size:0!important}</style>',
    )
    .replace('</body>', '<script type="module" src="/bench/mark.js"></script></body>');
  writeFileSync(
    `${out}render-static.html`,
    `<!doctype html>\n<html lang="${lang}" data-bench="static">${staticHtml}</html>\n`,
  );
  // The widget page: the demo article as it is, with the same probe at the end.
  const withProbe = (page) =>
    page
      .replace('<head>', '<head>\n    <base href="/demo/" />')
      .replace('</body>', '  <script type="module" src="/bench/mark.js"></script>\n  </body>');
  writeFileSync(`${out}render-widgets.html`, withProbe(widgetsSrc));
  // The server-rendered article (demo/ssr.html, made by the build: hydrate support and per-element files).
  writeFileSync(`${out}render-ssr.html`, withProbe(readFileSync(`${root}demo/ssr.html`, 'utf8')));
}

/** The server-rendered copy hydrates (keeps the server's DOM: the stamp stays first in every shadow root). */
async function checkSsrPage(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/bench/generated/render-ssr.html`);
  await page.waitForFunction(() => window.tachometerResult !== undefined, null, { timeout: 30000 });
  const kept = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.localName.startsWith('mg-'))
      .every((element) => element.shadowRoot?.firstChild?.data?.startsWith('mg-ssr')),
  );
  if (!kept) throw new Error('render-ssr.html: a widget did not hydrate (rendered again)');
  await page.close();
}

/** Runs each interaction page once and checks that it reached its final result (a broken page would time out). */
async function checkInteractionPages(browser, base) {
  for (const name of ['interaction-widgets', 'interaction-vanilla']) {
    const page = await browser.newPage();
    await page.goto(`${base}/bench/${name}.html`);
    await page.waitForFunction(() => window.tachometerResult !== undefined, null, { timeout: 30000 });
    if (!(await page.evaluate(() => window.benchOk))) throw new Error(`${name}.html did not reach its final result`);
    await page.close();
  }
}

function tachometerConfig(benchmarks, remoteUrl, timeout = 2) {
  return {
    $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
    root: '../..',
    sampleSize: 30,
    timeout,
    autoSampleConditions: ['0%'],
    benchmarks: benchmarks.map(({ name, url }) => ({
      name,
      url,
      measurement: [{ mode: 'expression', expression: 'window.tachometerResult' }],
      browser: {
        name: 'chrome',
        headless: true,
        binary: chromium,
        addArguments: chromeArgs,
        remoteUrl,
        windowSize: { width: 1024, height: 768 },
      },
    })),
  };
}

async function tachometer(name, benchmarks, remoteUrl, shimEnv, timeout) {
  const config = `${out}${name}.tachometer.json`;
  const results = `${out}${name}.results.json`;
  writeFileSync(config, `${JSON.stringify(tachometerConfig(benchmarks, remoteUrl, timeout), null, 2)}\n`);
  console.log(`\n▶ tachometer: ${name}`);
  const { code, output } = await runAsync(
    process.execPath,
    [`${root}node_modules/tachometer/bin/tach.js`, '--config', config, '--json-file', results],
    { env: { ...process.env, ...shimEnv }, echo: true },
  );
  if (code !== 0) throw new Error(`tachometer ${name} failed:\n${output.slice(-2000)}`);
  const json = JSON.parse(readFileSync(results, 'utf8'));
  return pairOf(json, 0, 1);
}

/** Benchmark `subject` against `baseline` (indexes into one tachometer run's results). */
function pairOf(json, subjectIndex, baselineIndex) {
  const subject = json.benchmarks[subjectIndex];
  const baseline = json.benchmarks[baselineIndex];
  const mean = (bench) => (bench.mean.low + bench.mean.high) / 2;
  const diff = subject.differences[baselineIndex];
  return {
    subject: { name: subject.name, mean: mean(subject), ci: subject.mean, n: subject.samples.length },
    baseline: { name: baseline.name, mean: mean(baseline), ci: baseline.mean, n: baseline.samples.length },
    ratio: {
      mean: mean(subject) / mean(baseline),
      low: 1 + diff.percentChange.low / 100,
      high: 1 + diff.percentChange.high / 100,
    },
    browser: subject.browser.userAgent,
    json,
  };
}

async function lighthouse(url, name) {
  const report = `${out}lighthouse-${name.split(' ')[0].replace(/\W+/g, '-')}.json`;
  console.log(`\n▶ lighthouse: ${url}`);
  const { code, output } = await runAsync(
    process.execPath,
    [
      `${root}node_modules/lighthouse/cli/index.js`,
      url,
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromium } },
  );
  if (code !== 0) throw new Error(`lighthouse failed on ${url}:\n${output.slice(-2000)}`);
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const score = (id) => Math.round(json.categories[id].score * 100);
  return {
    name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: json.audits['cumulative-layout-shift'].numericValue,
    lcp: json.audits['largest-contentful-paint'].numericValue,
    tbt: json.audits['total-blocking-time'].numericValue,
    failing: Object.values(json.categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0)
      .map((ref) => json.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 0.9)
      .map((audit) => audit.id),
    version: json.lighthouseVersion,
    chrome: json.environment.hostUserAgent,
  };
}

const ms = (value) => value.toFixed(1);
const ci = ({ low, high }) => `${ms(low)}–${ms(high)}`;
const ratioText = ({ mean, low, high }) => `**${mean.toFixed(2)}×** (95% CI ${low.toFixed(2)}–${high.toFixed(2)})`;

/** Where each page's bytes are (`npm run size:why`): classes, floors and source groups, as printed. */
function breakdown() {
  const run = spawnSync(process.execPath, ['scripts/size.mjs', '--why'], { cwd: root, encoding: 'utf8' });
  return run.stdout.trim() ? ['```', run.stdout.trim(), '```'] : ['(size:why gave no output)'];
}

function writeReport({ render, ssr, interaction, pages, sizes }) {
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const chrome = /Chromium [\d.]+/.exec(version)?.[0] ?? /Chrome\/[\d.]+/.exec(render.browser)?.[0] ?? 'Chromium';
  const lines = [
    '# Performance',
    '',
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${date} UTC, ${chrome} (Debian, headless), Node ${process.version}, ` +
      `${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end of the run (other work on the machine widens the intervals). ` +
      'Re-run it to refresh this page; numbers from different machines are not comparable, ratios roughly are.',
    '',
    '## Size (gzip -9 and brotli -11 of what a page loads before its first render; lazy chunks on their own)',
    '',
    ...sizes,
    '',
    "Limits and ceilings (the tests, `npm run test:size`): test/size-limits.json. A page's floor is its Lit, message",
    'text, data and CSS, each gzipped on its own; the ratio is the page over its floor. Where the bytes are',
    '(`npm run size:why`):',
    '',
    ...breakdown(),
    '',
    '## Render and interaction (tachometer 0.7.2, same run, 95% confidence intervals)',
    '',
    '| benchmark | page | mean ms (95% CI) | samples | ratio to baseline |',
    '| --- | --- | --- | --- | --- |',
    `| render | ${render.subject.name} | ${ms(render.subject.mean)} (${ci(render.subject.ci)}) | ${render.subject.n} | ${ratioText(render.ratio)} |`,
    `| render | ${render.baseline.name} (baseline) | ${ms(render.baseline.mean)} (${ci(render.baseline.ci)}) | ${render.baseline.n} | 1 |`,
    `| render (SSR) | ${ssr.paint.subject.name} | ${ms(ssr.paint.subject.mean)} (${ci(ssr.paint.subject.ci)}) | ${ssr.paint.subject.n} | ${ratioText(ssr.paint.ratio)} |`,
    `| render (SSR) | ${ssr.paint.baseline.name} (baseline) | ${ms(ssr.paint.baseline.mean)} (${ci(ssr.paint.baseline.ci)}) | ${ssr.paint.baseline.n} | 1 |`,
    `| hydration | ${ssr.hydration.subject.name} | ${ms(ssr.hydration.subject.mean)} (${ci(ssr.hydration.subject.ci)}) | ${ssr.hydration.subject.n} | ${ratioText(ssr.hydration.ratio)} |`,
    `| hydration | ${ssr.hydration.baseline.name} (baseline) | ${ms(ssr.hydration.baseline.mean)} (${ci(ssr.hydration.baseline.ci)}) | ${ssr.hydration.baseline.n} | 1 |`,
    `| interaction | ${interaction.subject.name} | ${ms(interaction.subject.mean)} (${ci(interaction.subject.ci)}) | ${interaction.subject.n} | ${ratioText(interaction.ratio)} |`,
    `| interaction | ${interaction.baseline.name} (baseline) | ${ms(interaction.baseline.mean)} (${ci(interaction.baseline.ci)}) | ${interaction.baseline.n} | 1 |`,
    '',
    'Target (issue 12): render ≤ 1.3× the static page. Target (issue 19): the server-rendered article’s first paint',
    `≤ 1.05× the static copy’s; its widgets are interactive (hydrated) ${ms(ssr.hydration.subject.mean - ssr.paint.subject.mean)} ms after its first paint.`,
    '',
    '## Lighthouse 12.2.3 (default mobile settings, simulated throttling, Debian Chromium)',
    '',
    '| page | performance | accessibility | best practices | CLS | LCP ms | TBT ms | audits below 0.9 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...pages.map(
      (page) =>
        `| ${page.name} | ${page.performance} | ${page.accessibility} | ${page.bestPractices} | ${page.cls.toFixed(3)} | ${Math.round(page.lcp)} | ${Math.round(page.tbt)} | ${page.failing.join(', ') || '–'} |`,
    ),
    '',
    'Target (issue 12): 100 / 100 / 100 and CLS 0.',
    '',
    '## What is measured',
    '',
    '- **Render**: `bench/generated/render-widgets.html` is demo/index.html as it is (all four widgets and `<mg-sources>`,',
    '  CDN bundle `dist/cdn/magnesium-widgets.js`) plus the probe `bench/mark.js`, which waits for every `mg-*`',
    '  element (also those inside shadow roots) to finish its first update, then for the next painted frame, and',
    '  reports `performance.now()` (ms since navigation start). `bench/generated/render-static.html` is the same',
    '  article with the widgets already rendered, generated on every run: the script loads the demo in Chromium,',
    "  writes each shadow root out as declarative shadow DOM with its styles in a `<style>`, drops the bundle's",
    '  `<script>` and keeps the rest of the page (demo.css, demo.js); the same probe reports its first painted frame.',
    '- **Render (SSR)** and **hydration**: `bench/generated/render-ssr.html` is demo/ssr.html (the article server-rendered',
    '  by `npm run build` with magnesium-widgets/ssr, loading `dist/cdn/hydrate-support.js` and the per-element files). With',
    '  `?measure=paint` the probe reports its first contentful paint, as for the static copy; without, the probe waits for every',
    '  widget to finish its first update, which on this page is the hydration of the server’s DOM.',
    '- **Interaction**: `bench/interaction-widgets.html` (`<mg-symptom-checklist>` and `<mg-dose-checker>` from the',
    '  CDN bundle) against `bench/interaction-vanilla.html` (a hand-written page with no framework that makes the',
    '  same DOM updates: a 26-item checklist whose result lists the ticked signs with a line of guidance, and a dose',
    '  field whose result shows mg a day against 250 mg with a `<meter>`). Both run `bench/interaction-steps.js`:',
    '  5 rounds of ticking 6 symptoms one by one, unticking them, and typing 6 doses; after every step the result',
    '  has re-rendered (the widget’s `updateComplete`) and the page has been laid out. Reported: total ms of all',
    '  rounds (90 steps). The widget pages run the same full validation and rules a reader gets.',
    '- tachometer runs the two pages of each pair alternately in one run (at least 30 samples each, auto-sampling up',
    "  to 2 more minutes until the difference is resolved) through Debian's ChromeDriver; the ratio's CI is",
    "  tachometer's confidence interval of the relative difference.",
    '- **Lighthouse** on demo/index.html (blog article) and demo/apotek.html (pharmacy page), served from localhost',
    '  with the strict CSP that `npm start` uses. Reports: `bench/generated/lighthouse-*.json`.',
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm run bench   # as root installs chromium and chromium-driver from Debian if missing; about 4–8 minutes',
    '```',
    '',
  ];
  // Hand-written notes below the marker (size analysis, what would reach the budgets) are kept from run to run.
  const marker = '<!-- Notes below this line are hand-written; npm run bench keeps them. -->';
  const previous = existsSync(`${root}docs/performance.md`) ? readFileSync(`${root}docs/performance.md`, 'utf8') : '';
  const notes = previous.includes(marker) ? previous.slice(previous.indexOf(marker)) : `${marker}\n`;
  writeFileSync(`${root}docs/performance.md`, `${lines.join('\n')}\n${notes}`);
  // The repository's prettier --check covers docs/: format the generated tables the same way.
  spawnSync(`${root}node_modules/.bin/prettier`, ['--write', 'docs/performance.md'], { cwd: root, stdio: 'ignore' });
}

ensureDebianPackages(
  { [chromium]: 'chromium', [chromedriver]: 'chromium-driver' },
  'The benchmarks (Chromium, ChromeDriver)',
);
ensureNodeModules();
run(process.execPath, ['scripts/build.mjs']);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const { measure, check, table } = await import('./size.mjs');
const sizes = table(check(measure(), JSON.parse(readFileSync(`${root}test/size-limits.json`, 'utf8'))).rows);

const { serve } = await import('./serve.mjs');
const { strictCsp } = await import('./csp.mjs');
const { chromium: playwrightChromium } = await import('playwright-core');
const plain = await serve({ port: 0 });
const strict = await serve({ port: 0, headers: { 'Content-Security-Policy': strictCsp } });
let exitCode = 0;
try {
  const browser = await playwrightChromium.launch({ executablePath: chromium, headless: true, args: chromeArgs });
  try {
    await writeStaticCopy(browser, plain.url);
    await checkSsrPage(browser, plain.url);
    await checkInteractionPages(browser, plain.url);
  } finally {
    await browser.close();
  }
  const shimEnv = writeChromedriverShim();
  const driver = await startChromeDriver();
  let render;
  let interaction;
  let ssr;
  try {
    render = await tachometer(
      'render',
      [
        { name: 'demo article, 4 widgets (CDN bundle)', url: 'render-widgets.html' },
        { name: 'same article as static HTML', url: 'render-static.html' },
      ],
      driver.url,
      shimEnv,
    );
    // Server-rendered article (issue 19): its first paint against the static copy's, and the widgets' hydration
    // against the client-rendered article's first render; one run, 30 samples each (auto-sampling up to 1 minute).
    const ssrRun = await tachometer(
      'ssr',
      [
        { name: 'server-rendered article: first contentful paint', url: 'render-ssr.html?measure=paint' },
        { name: 'static article: first contentful paint', url: 'render-static.html?measure=paint' },
        { name: 'server-rendered article: widgets hydrated', url: 'render-ssr.html' },
        { name: 'client-rendered article: widgets rendered', url: 'render-widgets.html' },
      ],
      driver.url,
      shimEnv,
      1,
    );
    ssr = { paint: ssrRun, hydration: pairOf(ssrRun.json, 2, 3) };
    interaction = await tachometer(
      'interaction',
      [
        { name: 'widgets: tick symptoms, edit dose', url: '../interaction-widgets.html' },
        { name: 'vanilla JS page, same DOM updates', url: '../interaction-vanilla.html' },
      ],
      driver.url,
      shimEnv,
    );
  } finally {
    driver.stop();
  }
  const pages = [];
  for (const [name, path] of [
    ['demo/index.html (blog article, 4 widgets)', 'demo/index.html'],
    ['demo/apotek.html (pharmacy page, dose checker)', 'demo/apotek.html'],
  ]) {
    pages.push(await lighthouse(`${strict.url}/${path}`, name));
  }
  writeReport({ render, ssr, interaction, pages, sizes });
  console.log(
    `\nRender: ${ratioText(render.ratio).replace(/\*/g, '')}; interaction: ${ratioText(interaction.ratio).replace(/\*/g, '')}`,
  );
  console.log(
    `Server-rendered first paint vs static: ${ratioText(ssr.paint.ratio).replace(/\*/g, '')}; hydrated vs client-rendered: ${ratioText(ssr.hydration.ratio).replace(/\*/g, '')}`,
  );
  for (const page of pages)
    console.log(
      `Lighthouse ${page.name}: performance ${page.performance}, accessibility ${page.accessibility}, best practices ${page.bestPractices}, CLS ${page.cls.toFixed(3)}`,
    );
  console.log(`Wrote docs/performance.md (${((Date.now() - started) / 1000).toFixed(0)} s).`);
} catch (error) {
  console.error(`\n✗ bench: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  plain.server.close();
  strict.server.close();
  for (const child of children) child.kill();
}
process.exit(exitCode);
