// Size budgets: gzip -9 of each CDN entry plus its static import closure (lazy chunks on their own), 1 KB = 1024 B.
// Limits live in test/size-limits.json; a later change raises one only by the delta it measured.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readJson, root } from './lib.mjs';

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
let passed = 0;
let failed = 0;
const rows = [];
const check = (name, bytes, limit) => {
  const ok = bytes <= limit;
  if (ok) passed++;
  else failed++;
  rows.push(
    `${ok ? '✓' : '✗'} ${name.padEnd(34)} ${(bytes / 1024).toFixed(2).padStart(7)} KB  limit ${(limit / 1024).toFixed(2)} KB (${bytes} / ${limit} B)`,
  );
};

for (const [entry, limit] of Object.entries(limits.entries)) {
  const file = `${cdn}${entry}`;
  if (!existsSync(file)) {
    failed++;
    rows.push(`✗ ${entry}: not built (run npm run build)`);
    continue;
  }
  const files = closure(file);
  check(
    entry,
    files.reduce((sum, each) => sum + gzipBytes(each), 0),
    limit,
  );
}

// Each non-source locale chunk is lazy: measured on its own, against one limit.
const allInOne = closure(`${cdn}magnesium-widgets.js`);
const localeChunks = lazyImports(allInOne).filter((file) => /\/(en|sv|nb|fi|de)-[\w-]+\.js$/.test(file));
if (localeChunks.length !== 5) {
  failed++;
  rows.push(`✗ expected 5 lazy locale chunks, found ${localeChunks.length}`);
}
for (const chunk of localeChunks) {
  const locale = /\/(\w\w)-[\w-]+\.js$/.exec(chunk)[1];
  check(
    `locale ${locale} (lazy)`,
    closure(chunk)
      .filter((file) => !allInOne.includes(file))
      .reduce((sum, each) => sum + gzipBytes(each), 0),
    limits.localeChunk,
  );
}

console.log(rows.join('\n'));
console.log(`size: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
