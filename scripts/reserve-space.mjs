// Measures each widget of the README's "Embedding" snippet in Chromium, as pasted into a plain page
// (test/pages/snippet.html) at 360, 768 and 1280 px wide, and writes those heights into the snippet's <style> rule
// that keeps their space while the script loads. test/elements/layout-shift.test.ts fails when they no longer match.
// Needs a build (dist/cdn/). `--check`: exits 1 when the README's heights differ, and changes nothing.
/* global window */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { serve } from './serve.mjs';
import { chromiumFlags, root } from './lib.mjs';

/** Viewport widths measured, and the media query that uses each one's heights (em: the browser's 16 px). */
export const widths = [
  { width: 360, media: null },
  { width: 768, media: '(min-width: 36em)' },
  { width: 1280, media: '(min-width: 64em)' },
];

const { server, url } = await serve({ port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', ...chromiumFlags] });
const heights = new Map();
try {
  for (const { width } of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${url}/test/pages/snippet.html?delay=0`);
    await page.waitForFunction(() => window.__mgSnippet?.done, undefined, { timeout: 30000 });
    const { after, errors } = await page.evaluate(() => ({
      after: window.__mgSnippet.after,
      errors: window.__mg.errors,
    }));
    if (errors.length) throw new Error(`the snippet page at ${width} px: ${errors.join('; ')}`);
    heights.set(
      width,
      Object.fromEntries(
        Object.entries(after)
          .filter(([name]) => name.startsWith('mg-'))
          .map(([name, box]) => [name, box.height]),
      ),
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const tags = Object.keys(heights.get(360));
// 16 px to the em on the test page; em, so the space follows a page's own text size. The README keeps this block
// as written (<!-- prettier-ignore --> above it): one line per rule.
const em = (px) => `${(px / 16).toFixed(4).replace(/\.?0+$/, '')}em`;
const rules = (width, indent) =>
  tags.map((tag) => `${indent}${tag}:not(:defined) { min-block-size: ${em(heights.get(width)[tag])}; }`).join('\n');
const style = [
  '<style>',
  '  /* Keeps each widget’s place while the script loads, so the page does not jump: the heights of the widgets',
  '     below in a full-width column at 360, 768 and 1280 px (scripts/reserve-space.mjs). */',
  `  :is(${tags.join(', ')}):not(:defined) { display: block; }`,
  ...widths.map(({ width, media }) =>
    media ? `  @media ${media} {\n${rules(width, '    ')}\n  }` : rules(width, '  '),
  ),
  '</style>',
].join('\n');

const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const section = readme.indexOf('\n## Embedding');
const block = readme.indexOf('```html\n', section) + '```html\n'.length;
const end = readme.indexOf('\n```', block);
const snippet = readme.slice(block, end);
const withStyle = /<style>[\s\S]*?<\/style>/.test(snippet)
  ? snippet.replace(/<style>[\s\S]*?<\/style>/, style)
  : snippet.replace(/(<script[^>]*><\/script>\n)/, `$1${style}\n`);
const options = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
const next = await prettier.format(readme.slice(0, block) + withStyle + readme.slice(end), options);

for (const { width } of widths)
  console.log(
    `[reserve-space] ${width} px: ${tags.map((tag) => `${tag} ${heights.get(width)[tag].toFixed(1)} px`).join(', ')}`,
  );
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.log(
      '[reserve-space] README.md: the reserved heights differ from the widgets; run node scripts/reserve-space.mjs',
    );
    process.exit(1);
  }
  console.log('[reserve-space] README.md matches');
} else if (next !== readme) {
  writeFileSync(readmePath, next);
  console.log('[reserve-space] README.md updated');
} else console.log('[reserve-space] README.md already matches');
