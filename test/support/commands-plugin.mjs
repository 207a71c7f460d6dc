// wtr command plugin for what only the Playwright (Chromium) page can do: the accessibility tree as
// Playwright's ARIA snapshot, element screenshots, and heap figures after a forced GC through CDP.
// Tests call these with executeServerCommand(name, payload) from @web/test-runner-commands; in other
// engines the commands answer { unsupported: true } so the test can say so instead of failing obscurely.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const cdpSessions = new WeakMap();

async function cdp(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  return cdpSessions.get(page);
}

export function commandsPlugin() {
  return {
    name: 'mg-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('mg-')) return undefined;
      // Firefox runs through Puppeteer (WebDriver BiDi): element screenshots in a frame work there too.
      if (command === 'mg-frame-screenshot' && session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        const frame = await (await page.$(payload.frame)).contentFrame();
        const png = await (await frame.$(payload.selector)).screenshot();
        return { png: Buffer.from(png).toString('base64') };
      }
      if (session.browser.type !== 'playwright') return { unsupported: true };
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'mg-aria-snapshot':
          // Locators pierce open shadow roots; the snapshot is the accessibility tree as YAML.
          return { snapshot: await page.locator(payload.selector).first().ariaSnapshot({ timeout: 5000 }) };
        case 'mg-screenshot': {
          const scope = payload.frame ? page.frameLocator(payload.frame) : page;
          if (payload.width) await page.setViewportSize({ width: payload.width, height: payload.height ?? 800 });
          const png = await scope
            .locator(payload.selector)
            .first()
            .screenshot({ animations: 'disabled', caret: 'hide', timeout: 15000 });
          if (payload.save) {
            await mkdir(dirname(payload.save), { recursive: true });
            await writeFile(payload.save, png);
          }
          return { png: png.toString('base64') };
        }
        case 'mg-baseline': {
          // Screenshot of payload.selector at payload.width; with UPDATE_BASELINES=1 (or no baseline yet) it is
          // written as the baseline, otherwise the baseline comes back for the test to compare in the page.
          await page.setViewportSize({ width: payload.width, height: 900 });
          const png = await page
            .locator(payload.selector)
            .first()
            .screenshot({ animations: 'disabled', caret: 'hide', timeout: 15000 });
          let baseline = null;
          try {
            baseline = await readFile(payload.path);
          } catch {
            baseline = null;
          }
          if (process.env.UPDATE_BASELINES === '1') {
            await mkdir(dirname(payload.path), { recursive: true });
            await writeFile(payload.path, png);
            return { written: true };
          }
          return { png: png.toString('base64'), baseline: baseline?.toString('base64') ?? null };
        }
        case 'mg-baseline-mode':
          return { update: process.env.UPDATE_BASELINES === '1' };
        case 'mg-read-file':
          // Reads a committed baseline (PNG or JSON) relative to the project root; null when absent.
          try {
            const data = await readFile(payload.path);
            return { base64: data.toString('base64') };
          } catch {
            return { base64: null };
          }
        case 'mg-write-file':
          await mkdir(dirname(payload.path), { recursive: true });
          await writeFile(payload.path, Buffer.from(payload.base64, 'base64'));
          return { ok: true };
        case 'mg-frame-screenshot': {
          // An element in an iframe of the test page (Chromium here; Firefox above).
          const png = await page
            .frameLocator(payload.frame)
            .locator(payload.selector)
            .first()
            .screenshot({ animations: 'disabled', caret: 'hide', timeout: 15000 });
          return { png: png.toString('base64') };
        }
        case 'mg-no-js': {
          // payload.path opened in a new context with JavaScript off: each `payload.selector` element's rendered
          // text (locators pierce open shadow roots) and whether it is visible, plus a screenshot of the page.
          const origin = new URL(page.url()).origin;
          const context = await page.context().browser().newContext({ javaScriptEnabled: false });
          try {
            const other = await context.newPage();
            await other.goto(`${origin}${payload.path}`, { waitUntil: 'load' });
            const elements = [];
            for (const handle of await other.locator(payload.selector).all()) {
              elements.push({
                tag: await handle.evaluate((element) => element.localName),
                // innerText does not look into shadow roots: the rendered text of the shadow root's elements.
                text: await handle.evaluate((element) =>
                  (element.shadowRoot
                    ? [...element.shadowRoot.children]
                        .filter((child) => child.localName !== 'style')
                        .map((child) => child.innerText)
                        .join(' ')
                    : element.innerText
                  )
                    .replace(/\s+/g, ' ')
                    .trim(),
                ),
                visible: await handle.isVisible(),
                shadowRoot: await handle.evaluate((element) => element.shadowRoot !== null),
              });
            }
            const scripts = await other.evaluate(() => typeof globalThis.__mg);
            return { elements, scripts };
          } finally {
            await context.close();
          }
        }
        case 'mg-browser-version':
          return { version: page.context().browser().version() };
        case 'mg-heap': {
          const client = await cdp(page);
          for (let i = 0; i < (payload?.gcRounds ?? 3); i++) await client.send('HeapProfiler.collectGarbage');
          const { usedSize, totalSize } = await client.send('Runtime.getHeapUsage');
          const { nodes, documents, jsEventListeners } = (await client.send('Memory.getDOMCounters')) ?? {};
          return { usedSize, totalSize, nodes, documents, jsEventListeners };
        }
        default:
          return undefined;
      }
    },
  };
}
