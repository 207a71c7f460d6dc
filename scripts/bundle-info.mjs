// Rollup plugin for the CDN builds. For every output file it records, from rollup's own chunk graph and the file's
// source map, what each byte is: Lit, message text (the Danish the reader sees), data (from data/*.json and the
// build-time slices), CSS, or code (everything else: our elements, rules, the localize runtime, glue). The size
// report (scripts/size.mjs) reads that to compute each page's content floor — each class gzipped on its own — and
// its ratio to it. For the per-element build it also writes autoload.js's file list: each tag's entry and static
// closure, and the hydrate support's.
// Written to <out>/size-info/<build>.json (not published: package.json "files" takes only dist/**/*.js and a few
// named files). The source maps themselves are used here and never written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map';

/** The group of source modules a byte comes from (finer than the class; `npm run size:why` prints both). */
export function groupOf(path) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  if (/node_modules\/@lit\/localize\/|components\/localize-runtime\.ts/.test(path)) return 'localize runtime';
  if (/node_modules\/@lit-labs\//.test(path)) return 'hydrate support (@lit-labs/ssr-client)';
  if (/^data\/.*\.json$/.test(path)) return 'data';
  if (/components\/locales\/(parts\/|whole\/)?[\w-]+\.\w\w\.ts$|components\/locales\/(whole\/)?\w\w\.ts$/.test(path))
    return 'messages (locale chunk)';
  if (/components\/locales\//.test(path)) return 'locale chunk loaders';
  if (/\.styles\.ts$/.test(path)) return 'CSS';
  if (/components\/(base\/|localization\.ts|hydrate-support\.ts|autoload\.ts)/.test(path)) return 'element base';
  if (/components\/sources\//.test(path)) return '<mg-sources>';
  if (/components\/[\w-]+\//.test(path)) return 'element code and templates';
  if (/src\/data\//.test(path)) return 'data accessors (src/data)';
  if (/src\//.test(path)) return 'rules and checks (src/)';
  return 'other (rollup glue)';
}

/** The class of a byte from its group, before literals are looked at. */
const classOfGroup = (group) => ({ Lit: 'lit', data: 'data' })[group] ?? 'code';
export const classes = ['lit', 'text', 'data', 'css', 'code'];

/** Visits every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const each of value) walk(each, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** `reach`: our modules reachable from `id` through static imports; `lazy`: the modules they import dynamically. */
function reachOf(context, id) {
  const seen = new Set([id]);
  for (const each of seen)
    for (const next of context.getModuleInfo(each)?.importedIds ?? [])
      if (!next.includes('node_modules')) seen.add(next);
  const lazy = [...seen].flatMap((each) => context.getModuleInfo(each)?.dynamicallyImportedIds ?? []);
  const path = (each) => each.replace(process.cwd() + '/', '');
  return { reach: [...seen].map(path), lazy: [...new Set(lazy)].map(path) };
}

/**
 * @param {{ build: string, out: string, messagesFile: string, autoload?: { entry: string, tags: string[], hydrate: string } }} options
 * @returns {import('rollup').Plugin}
 */
export default function bundleInfo({ build, out, messagesFile, autoload }) {
  return {
    name: 'bundle-info',
    async generateBundle(output, bundle) {
      // Message text as written in the sources (whitespace squashed, as the literal minifier does): a string or
      // template part that occurs in one is text.
      const messageText = Object.values(JSON.parse(readFileSync(messagesFile, 'utf8')))
        .map((message) => squash(message.text))
        .join('\0');
      const isText = (value) => {
        const text = squash(value);
        return text.length >= 4 && messageText.includes(text);
      };
      const info = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const code = chunk.code;
        // The source module of each character (from the source map), and its group.
        const moduleOf = new Array(code.length).fill('');
        if (chunk.map) {
          const lineStart = [0];
          for (let at = code.indexOf('\n'); at >= 0; at = code.indexOf('\n', at + 1)) lineStart.push(at + 1);
          const segments = [];
          const consumer = await new SourceMapConsumer(chunk.map);
          // Sources are relative to the output file; groups use paths from the project root.
          const from = dirname(resolve(output.dir, chunk.fileName));
          const path = (source) =>
            source
              ? relative(process.cwd(), resolve(from, source))
                  .replace(/\\/g, '/')
                  .replace(/^(\.\.\/)+/, '')
              : '';
          consumer.eachMapping((m) =>
            segments.push([lineStart[m.generatedLine - 1] + m.generatedColumn, path(m.source)]),
          );
          consumer.destroy();
          segments.sort((a, b) => a[0] - b[0]);
          segments.forEach(([start, source], index) => {
            const end = segments[index + 1]?.[0] ?? code.length;
            for (let at = start; at < end; at++) moduleOf[at] = source;
          });
        }
        const groupCache = new Map();
        const byChar = moduleOf.map((source) => {
          if (!groupCache.has(source)) groupCache.set(source, groupOf(source));
          return groupCache.get(source);
        });
        const classOf = byChar.map(classOfGroup);
        // Literals: message text in our modules and locale chunks, CSS in *.styles.ts (minified literal text).
        walk(this.parse(code), (node) => {
          const isString = node.type === 'Literal' && typeof node.value === 'string';
          if (!isString && node.type !== 'TemplateElement') return;
          const [from, to] = isString ? [node.start + 1, node.end - 1] : [node.start, node.end];
          const group = byChar[from];
          const value = isString ? node.value : (node.value.cooked ?? node.value.raw);
          let kind;
          if (group === 'CSS') kind = 'css';
          else if (group === 'messages (locale chunk)') kind = 'text';
          else if (group !== 'Lit' && group !== 'data' && isText(value)) kind = 'text';
          if (kind) for (let at = from; at < to; at++) classOf[at] = kind;
        });
        const texts = Object.fromEntries(classes.map((name) => [name, '']));
        const sources = {};
        for (let at = 0; at < code.length; at++) {
          if (classOf[at] !== 'code') texts[classOf[at]] += code[at];
          const source = moduleOf[at] || '(no source)';
          sources[source] = (sources[source] ?? 0) + 1;
        }
        info[chunk.fileName] = {
          entry: chunk.isEntry ? chunk.name : undefined,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules).map((id) => id.replace(process.cwd() + '/', '')),
          // An entry's (or lazy part's) own modules and what they import statically, from rollup's module graph: what
          // a page loading it can run (a chunk may also hold modules only other entries use).
          ...(chunk.facadeModuleId ? reachOf(this, chunk.facadeModuleId) : {}),
          chars: code.length,
          // The characters of each class but code (whose count is chars minus the others).
          lit: texts.lit,
          text: texts.text,
          data: texts.data,
          css: texts.css,
          sources,
        };
      }
      // Source maps were for the classes above only; none is written.
      // (Deleting an output from the bundle is how a plugin keeps rollup from writing it.)
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      for (const name of Object.keys(bundle)) if (name.endsWith('.map')) delete bundle[name];
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.map = null;

      if (autoload) {
        // Tag → the chunks of its entry's static closure: paths without `.js`, joined by spaces.
        const closure = (fileName, seen = []) => {
          if (!seen.includes(fileName)) {
            seen.push(fileName);
            for (const each of bundle[fileName].imports) closure(each, seen);
          }
          return seen;
        };
        const files = (entry) =>
          closure(`${entry}.js`)
            .slice(1)
            .map((file) => file.replace(/\.js$/, ''))
            .join(' ');
        const manifest = Object.fromEntries(autoload.tags.map((tag) => [tag, files(tag)]));
        const loader = bundle[`${autoload.entry}.js`];
        const placeholder = /JSON\.parse\((["'])__MG_MANIFEST__\1\)/;
        if (!placeholder.test(loader.code)) throw new Error('bundle-info: no manifest placeholder in autoload.js');
        loader.code = loader.code.replace(placeholder, () => JSON.stringify(manifest));
        info[loader.fileName].chars = loader.code.length;
        info[loader.fileName].manifest = manifest;
      }
      mkdirSync(`${out}/size-info`, { recursive: true });
      writeFileSync(`${out}/size-info/${build}.json`, `${JSON.stringify({ build, files: info })}\n`);
    },
  };
}

/**
 * A source map that sends every line of generated code to `file` (a path from the project root), for modules made at
 * build time: their bytes then count towards that file's group and class (data/*.json → data).
 */
export function mapTo(code, file) {
  const mappings = code.split('\n').map((_, line) => (line === 0 ? 'AAAA' : 'AACA'));
  return { version: 3, sources: [`${process.cwd()}/${file}`], names: [], mappings: mappings.join(';') };
}
