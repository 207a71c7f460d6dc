// Size budgets: gzip -9 of each CDN entry plus its static import closure (lazy chunks on their own), 1 KB = 1024 B.
// Limits live in test/size-limits.json; a later change raises one only by the delta it measured.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readJson, root } from './lib.mjs';
import { messageParts } from './split-locales.mjs';

const cdn = `${root}dist/cdn/`;
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static `import … from "x"` / `import "x"` / `export … from "x"` specifiers of a built module (not `import(…)`). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [];
  for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*$\s{},]*?\s*from\s*)?["']([^"']+)["']/g)) {
    if (match[1].startsWith('.')) specifiers.push(resolve(dirname(file), match[1]));
  }
  return specifiers;
}

/** The entry and every module it imports statically, transitively. */
export function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/** Dynamic `import("x")` targets (lazy chunks such as locales) of a module set. */
function lazyImports(files) {
  const lazy = new Set();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
      lazy.add(resolve(dirname(file), match[1]));
    }
  }
  return [...lazy];
}

const limits = readJson(`${root}test/size-limits.json`);
const { ceilings = {}, goals = {} } = limits;
let passed = 0;
let failed = 0;
const rows = [];
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
/** How far a size is from issue 12's ceiling and goal for it (reported, not tested: the limit is the test). */
const distance = (key, bytes) =>
  [
    ['ceiling', ceilings[key]],
    ['goal', goals[key]],
  ]
    .filter(([, target]) => target)
    .map(([what, target]) => `${what} ${target / 1024} KB ${bytes <= target ? 'met' : `+${bytes - target} B`}`)
    .join(', ');
const check = (name, bytes, limit, key = name) => {
  const ok = bytes <= limit;
  if (ok) passed++;
  else failed++;
  const far = distance(key, bytes);
  rows.push(
    `${ok ? '✓' : '✗'} ${name.padEnd(34)} ${kb(bytes).padStart(10)}  limit ${kb(limit)} (${bytes} / ${limit} B)${far ? ` · ${far}` : ''}`,
  );
};
const sumGzip = (files) => files.reduce((sum, each) => sum + gzipBytes(each), 0);
const localeOf = (file) => /\/(?:[\w-]+\.)?(en|sv|nb|fi|de)-[\w-]+\.js$/.exec(file)?.[1];

const lazyParts = new Map();
/** Lazy parts' message chunks (`quiz-result.en-….js`) come with the part, not with the page. */
const isPartMessages = (file) =>
  Object.keys(messageParts).some((part) => new RegExp(`/${part}\\.\\w\\w-[\\w-]{8}\\.js$`).test(file));
/** A chunk's name without rollup's 8-character hash (rollup.config.mjs sets the length). */
const chunkName = (file) => /\/([\w.-]+)-[\w-]{8}\.js$/.exec(file)?.[1] ?? file;
const perElementLocales = [];
for (const [entry, limit] of Object.entries(limits.entries)) {
  const file = `${cdn}${entry}`;
  if (!existsSync(file)) {
    failed++;
    rows.push(`✗ ${entry}: not built (run npm run build)`);
    continue;
  }
  const files = closure(file);
  check(entry, sumGzip(files), limit);
  // What a page with this one file downloads for a language other than Danish: the common messages and this
  // widget's own (issue 12's stretch goal), measured per locale, reported for the largest.
  if (entry !== 'magnesium-widgets.js' && entry !== 'hydrate-support.js') {
    const byLocale = new Map();
    for (const chunk of lazyImports(files).filter((each) => localeOf(each) && !isPartMessages(each))) {
      const locale = localeOf(chunk);
      const own = closure(chunk).filter((each) => !files.includes(each));
      byLocale.set(locale, (byLocale.get(locale) ?? 0) + sumGzip(own));
    }
    const [locale, bytes] = [...byLocale].sort((a, b) => b[1] - a[1])[0] ?? ['–', 0];
    perElementLocales.push([`${entry.replace(/\.js$/, '')} + locale ${locale}`, bytes]);
  }
  // Lazy parts (not locale chunks): what they add to the page when a reader gets there, measured on their own.
  for (const chunk of lazyImports(files).filter((each) => !localeOf(each))) {
    const name = chunkName(chunk);
    const bytes = sumGzip(closure(chunk).filter((each) => !files.includes(each)));
    lazyParts.set(name, Math.max(lazyParts.get(name) ?? 0, bytes));
  }
}
for (const [name, bytes] of lazyParts) check(`lazy part ${name}`, bytes, limits.lazyPart, 'lazyPart');

// Server rendering (issue 19). What the hydrate support adds to a page of per-element files (its closure minus what a
// widget file loads anyway: lit-html), and the server-rendered fragments in dist/html/, largest per widget.
if (limits.hydrateSupportOwn && existsSync(`${cdn}hydrate-support.js`)) {
  const shared = new Set(closure(`${cdn}mg-sources.js`));
  const own = closure(`${cdn}hydrate-support.js`).filter((file) => !shared.has(file));
  check('hydrate-support.js beyond a widget file', sumGzip(own), limits.hydrateSupportOwn, 'hydrateSupportOwn');
}
const html = `${root}dist/html/`;
if (limits.htmlFragment && existsSync(html)) {
  const byTag = new Map();
  for (const file of readdirSync(html).filter((name) => name.endsWith('.html'))) {
    const tag = file.split('.')[0];
    byTag.set(tag, [...(byTag.get(tag) ?? []), gzipBytes(`${html}${file}`)]);
  }
  for (const [tag, sizes] of byTag)
    check(
      `html/${tag}.*.html (${sizes.length} files, largest)`,
      Math.max(...sizes),
      limits.htmlFragment,
      'htmlFragment',
    );
}
for (const [name, bytes] of perElementLocales) check(`${name} (lazy)`, bytes, limits.localeChunk, 'localeChunk');

// Each non-source locale chunk is lazy: measured on its own, against one limit (what a page in that language
// adds to the all-in-one file); a lazy part's messages come with the part, also on their own.
const allInOne = closure(`${cdn}magnesium-widgets.js`);
const lazyFiles = lazyImports(allInOne);
const localeChunks = lazyFiles.filter((file) => /\/(en|sv|nb|fi|de)-[\w-]+\.js$/.test(file));
if (localeChunks.length !== 5) {
  failed++;
  rows.push(`✗ expected 5 lazy locale chunks, found ${localeChunks.length}`);
}
for (const chunk of localeChunks) {
  check(
    `locale ${localeOf(chunk)} (lazy, all four)`,
    sumGzip(closure(chunk).filter((file) => !allInOne.includes(file))),
    limits.localeChunk,
    'localeChunk',
  );
}
const partMessages = lazyImports(lazyFiles.flatMap(closure)).filter(isPartMessages);
for (const chunk of partMessages) {
  const part = chunkName(chunk).replace(/\.\w\w$/, '');
  check(`${part} messages ${localeOf(chunk)} (lazy)`, gzipBytes(chunk), limits.lazyPart, 'lazyPart');
}

console.log(rows.join('\n'));
console.log(`size: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
