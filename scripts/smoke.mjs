// Smoke test in Chromium: every story of the static Storybook build renders without a console error, and the
/* global document */
// demo pages load without a console error or a request off this machine. Prints "smoke: N passed, N failed".
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
console.log(`smoke: ${stories.length} stories and 3 demo pages checked`);
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
