// Splits each generated locale module (components/locales/<locale>.ts, written by `lit-localize build`):
// - messages used only by one widget go to components/locales/parts/<widget>.<locale>.ts, loaded when that
//   widget first connects: a page with one widget downloads that widget's messages, not all four;
// - messages used only by a lazy part (components/base/lazy.ts) go to parts/<part>.<locale>.ts, loaded with
//   the part: a page in English loads the quiz result's texts when the reader starts the quiz, not with the page;
// - the rest (base, <mg-sources>, shared) stays in components/locales/<locale>.ts.
// components/locales/whole/<locale>.ts keeps the common and all widgets' messages in one module: the all-in-one
// CDN file loads that (one request, one gzip stream) and no widget parts (scripts/cdn-slim.mjs, wholeLocales).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readJson, root } from './lib.mjs';

/**
 * Lazy parts with messages of their own: name → module. Keep in step with the lazyPart() calls. The citation
 * list is not one: its three short messages cost less in the locale chunk than a request of their own.
 */
export const messageParts = {
  'quiz-result': 'components/risk-quiz/risk-quiz.result.ts',
};

/** Widgets with messages of their own, by folder (components/<folder>/); each element class names its loader map. */
export const widgetParts = ['dose-table', 'symptom-checklist', 'risk-quiz', 'dose-checker'];

const { targetLocales } = readJson(`${root}lit-localize.json`);
const localesDir = `${root}components/locales/`;
const partsDir = `${localesDir}parts/`;
const messageIds = (file) => new Set([...readFileSync(file, 'utf8').matchAll(/\bid:\s*'([^'\n]+)'/g)].map((m) => m[1]));

function componentModules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith('/locales') ? [] : componentModules(path);
    return /\.ts$/.test(entry.name) && !/\.(fixtures|styles)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The widget folder a part belongs to (a lazy part belongs to the folder of its module). */
const folderOf = (part) =>
  widgetParts.includes(part) ? part : /^components\/([\w-]+)\//.exec(messageParts[part])?.[1];

/**
 * id → part. A message used by one part only goes to it; one used by a widget and its lazy parts goes to the
 * widget (loaded first); anything else stays common.
 */
function partOfEachId() {
  const lazyFiles = new Map(Object.entries(messageParts).map(([part, file]) => [`${root}${file}`, part]));
  const partOfFile = (file) => {
    if (lazyFiles.has(file)) return lazyFiles.get(file);
    const folder = relative(`${root}components`, file).split('/')[0];
    return widgetParts.includes(folder) ? folder : null;
  };
  const users = new Map();
  for (const file of componentModules(`${root}components`)) {
    for (const id of messageIds(file)) users.set(id, new Set([...(users.get(id) ?? []), partOfFile(file)]));
  }
  const parts = new Map();
  for (const [id, used] of users) {
    const each = [...used];
    if (each.includes(null)) continue;
    if (each.length === 1) parts.set(id, each[0]);
    else if (new Set(each.map(folderOf)).size === 1 && widgetParts.includes(folderOf(each[0])))
      parts.set(id, folderOf(each[0]));
  }
  return parts;
}

/** The `'id': template,` entries of a generated module, in order, and the text around them. */
function parseLocaleModule(code) {
  const open = code.indexOf('export const templates = {');
  const close = code.lastIndexOf('};');
  if (open < 0 || close < open) throw new Error('split-locales: unexpected lit-localize output');
  const head = code.slice(0, open + 'export const templates = {'.length);
  const body = code.slice(head.length, close);
  const entries = body.split(/\n(?=\s*'[^'\n]+':)/).filter((entry) => entry.trim());
  return {
    head,
    entries: entries.map((entry) => ({ id: /^\s*'([^'\n]+)':/.exec(entry)[1], text: entry.trim() })),
  };
}

const splitMark = '// Split by scripts/split-locales.mjs';
const moduleText = (head, entries) => `${splitMark}\n${head}\n${entries.map((entry) => entry.text).join('\n')}\n};\n`;

export function splitLocales() {
  const parts = partOfEachId();
  const allParts = [...widgetParts, ...Object.keys(messageParts)];
  const wholeDir = `${localesDir}whole/`;
  for (const dir of [partsDir, wholeDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const counts = {};
  for (const locale of targetLocales) {
    const file = `${localesDir}${locale}.ts`;
    const generated = readFileSync(file, 'utf8');
    // Splitting an already split module would drop every widget's messages (they are no longer in it).
    if (generated.includes(splitMark))
      throw new Error(`split-locales: ${relative(root, file)} is already split; run lit-localize build first`);
    const { head, entries } = parseLocaleModule(generated);
    writeFileSync(
      file,
      moduleText(
        head,
        entries.filter((entry) => !parts.has(entry.id)),
      ),
    );
    writeFileSync(
      `${wholeDir}${locale}.ts`,
      moduleText(
        head,
        entries.filter((entry) => !(parts.get(entry.id) in messageParts)),
      ),
    );
    for (const part of allParts) {
      const own = entries.filter((entry) => parts.get(entry.id) === part);
      counts[part] = own.length;
      writeFileSync(`${partsDir}${part}.${locale}.ts`, moduleText(head, own));
    }
    counts.common = entries.length - parts.size;
  }
  const empty = allParts.filter((part) => counts[part] === 0);
  if (empty.length > 0) throw new Error(`split-locales: no messages for ${empty.join(', ')}`);
  // One loader map per part, imported by the element that owns the part (so other elements do not carry it).
  for (const part of allParts) {
    writeFileSync(
      `${partsDir}${part}.ts`,
      `// Generated by scripts/split-locales.mjs: the message chunks of "${part}", per locale.\n` +
        `import type { PartMessages } from '../../localization.js';\n\n` +
        `export const messages: PartMessages | undefined = {\n${targetLocales
          .map((locale) => `  ${locale}: () => import('./${part}.${locale}.js'),`)
          .join('\n')}\n};\n`,
    );
  }
  console.log(
    `Split messages: ${Object.entries(counts)
      .map(([part, count]) => `${part} ${count}`)
      .join(', ')} (${relative(root, partsDir)})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // On its own, it starts again from lit-localize's output.
  const { run } = await import('./lib.mjs');
  run(`${root}node_modules/.bin/lit-localize`, ['build']);
  splitLocales();
}
