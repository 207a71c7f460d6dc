// npm run size:why — where the bytes of each CDN entry are: the CDN build is run again in memory with source
// maps, each chunk's minified text is split by the group of source modules it came from, each group's text is
// gzipped on its own, and the chunk's real gzip size is shared out in proportion to those (gzip works across
// module borders, so per-group figures are estimates; the totals are exact). Used by npm run bench.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map';
import { root } from './lib.mjs';

/** The group a source module's bytes count towards. */
export function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/\\/g, '/');
  if (/node_modules\/@lit\/localize\//.test(path)) return '@lit/localize runtime';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  if (/components\/locales\//.test(path)) return 'locale chunk loaders';
  if (/components\/(base\/|localization\.ts)/.test(path)) return 'element base (locale wiring, bad input, tokens CSS)';
  if (/components\/sources\//.test(path)) return '<mg-sources>';
  if (/\.styles\.ts$/.test(path)) return 'element CSS';
  if (/components\/[\w-]+\//.test(path)) return 'element code, templates and Danish text';
  if (/src\/data\//.test(path)) return 'data (from data/*.json)';
  if (/src\//.test(path)) return 'rules, checks, contacts (src/)';
  return 'other';
}

/** Per CDN chunk: exact gzip size, and an estimate per group. */
export async function breakdown() {
  const configs = (await import(`${root}rollup.config.mjs`)).default.slice(1);
  const chunks = new Map();
  for (const config of configs) {
    const bundle = await rollup({ ...config, onwarn() {} });
    const { output } = await bundle.generate({ ...config.output, sourcemap: true });
    await bundle.close();
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      // As written to dist/ (no source map comment there).
      const code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
      const gzip = gzipSync(code, { level: 9 }).length;
      const pieces = new Map();
      const lines = code.split('\n');
      const consumer = await new SourceMapConsumer(chunk.map);
      const mappings = [];
      consumer.eachMapping((mapping) => mappings.push(mapping));
      consumer.destroy?.();
      mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
      mappings.forEach((mapping, index) => {
        const next = mappings[index + 1];
        const end =
          next?.generatedLine === mapping.generatedLine
            ? next.generatedColumn
            : lines[mapping.generatedLine - 1].length;
        const group = groupOf(mapping.source ?? '');
        const text = lines[mapping.generatedLine - 1].slice(mapping.generatedColumn, end);
        pieces.set(group, [...(pieces.get(group) ?? []), text]);
      });
      const alone = new Map(
        [...pieces].map(([group, texts]) => [group, gzipSync(texts.join(''), { level: 9 }).length]),
      );
      const total = [...alone.values()].reduce((sum, n) => sum + n, 0) || 1;
      // A facade entry (only imports) maps to no source: its bytes are the entry's own.
      const groups =
        alone.size === 0
          ? new Map([['entry file (imports of its chunks)', gzip]])
          : new Map([...alone].map(([group, n]) => [group, Math.round((n / total) * gzip)]));
      const key = `${config.output.dir.includes('cdn') ? '' : ''}${chunk.fileName}`;
      // The two CDN builds write into one folder; the all-in-one build's chunks are told apart by its entry.
      chunks.set(`${Object.keys(config.input).includes('magnesium-widgets') ? 'all-in-one:' : 'per-element:'}${key}`, {
        gzip,
        groups,
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
      });
    }
  }
  return chunks;
}

/** An entry's static closure (the bytes its page loads first) summed by group. */
export function entryGroups(chunks, build, fileName) {
  const seen = new Set();
  const totals = new Map();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const chunk = chunks.get(`${build}:${name}`);
    for (const [group, bytes] of chunk.groups) totals.set(group, (totals.get(group) ?? 0) + bytes);
    chunk.imports.forEach(visit);
  };
  visit(fileName);
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const chunks = await breakdown();
  const entries = [
    ['all-in-one', 'magnesium-widgets.js'],
    ...['mg-sources', 'mg-dose-table', 'mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-checker'].map((tag) => [
      'per-element',
      `${tag}.js`,
    ]),
  ];
  for (const [build, fileName] of entries) {
    const groups = [...entryGroups(chunks, build, fileName)].sort((a, b) => b[1] - a[1]);
    const total = groups.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`\n${fileName} (${build}): ${total} B gzip (estimates per group; separate files gzip apart)`);
    for (const [group, bytes] of groups) console.log(`  ${String(bytes).padStart(6)} B  ${group}`);
  }
  console.log('\nLazy chunks (on their own):');
  for (const [key, chunk] of chunks) {
    if (!/\.(result|list)|sources-list|risk-quiz\.result|quiz-result/.test(key)) continue;
    console.log(`  ${String(chunk.gzip).padStart(6)} B  ${key}`);
  }
}
