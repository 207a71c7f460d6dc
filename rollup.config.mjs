// Two outputs: dist/ for bundlers (lit external, one module per source module, .d.ts beside each)
// and dist/cdn/ (self-contained, minified, lit bundled) whose entry URLs are public and stable.
import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyLitLiterals from './scripts/minify-literals.mjs';
import {
  manglePrivates,
  noMsgIdHashing,
  shortMsgIds,
  slimJson,
  sourceIdsOnly,
  wholeLocales,
} from './scripts/cdn-slim.mjs';
import { widgetParts } from './scripts/split-locales.mjs';

/** Elements that have a one-element CDN file and npm entry, by tag. */
export const elementTags = ['mg-sources', 'mg-dose-table', 'mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-checker'];
/** Output folder: the build script writes to a fresh folder and swaps it in, so readers never see half a build. */
const out = process.env.MG_OUT ?? 'dist';
const defineModule = (tag) => `components/${tag.replace(/^mg-/, '')}/define.ts`;
const presentTags = elementTags.filter((tag) => existsSync(defineModule(tag)));

const npmInputs = [
  'components/index.ts',
  'components/define.ts',
  'src/core.ts',
  'src/schema/index.ts',
  'components/ssr.ts',
  'components/hydrate-support.ts',
  ...presentTags.map(defineModule),
].filter((input) => existsSync(input));

/**
 * The CDN is two builds into one folder. The per-element files share their chunks (lit, the base, <mg-sources>),
 * so a page with two elements loads the common part once. The all-in-one file is built on its own as one
 * self-contained module (plus its lazy locale chunks): one gzip stream instead of nine files is about 4.5 KB
 * smaller, and a page uses either the all-in-one file or per-element files. A page that mixes them gets two
 * copies, which the guarded define() handles (DESIGN.md).
 * hydrate-support.js (components/hydrate-support.ts) is an entry of the per-element build: it shares the widgets'
 * lit-html chunk and nothing else (lit-html and the LitElement code fall into separate chunks by themselves, since it
 * needs only the first), so loaded first it runs before LitElement is evaluated. Pages without server-rendered
 * widgets never load it; per-element files pay about 0.4 KB for lit-html being a chunk of its own.
 */
const cdnBuilds = [
  {
    ...Object.fromEntries(presentTags.map((tag) => [tag, defineModule(tag)])),
    'hydrate-support': 'components/hydrate-support.ts',
  },
  { 'magnesium-widgets': 'components/cdn.ts' },
];

const onwarn = (warning, warn) => {
  // zod's own circular imports and comment annotations are harmless (TOOLCHAIN.md).
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules/zod'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
  warn(warning);
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: npmInputs,
    external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/[\w-]+|zod)(\/|$)/.test(id),
    onwarn,
    plugins: [
      nodeResolve(),
      json({ preferConst: true }),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: out,
        outDir: out,
        noEmitOnError: true,
      }),
      // The same template text as the CDN build: hydration matches a server render to the browser's templates by a
      // digest of their text, so magnesium-widgets/ssr (this build) and dist/cdn/ must agree.
      minifyLitLiterals(),
    ],
    output: {
      dir: out,
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: '.',
      // The private copy of @lit/localize lives under dist/vendor/ (npm never packs nested node_modules).
      entryFileNames: (chunk) =>
        chunk.name.includes('node_modules/') ? `vendor/${chunk.name.split('node_modules/').pop()}.js` : '[name].js',
    },
  },
  ...cdnBuilds.map((input) => ({
    input,
    onwarn,
    // The entries stay facades over a chunk ('strict'): a lazy chunk must never import an entry, because a page
    // may load the entry as `magnesium-widgets.js?ver=6.4` (WordPress does) and a chunk importing the bare URL
    // would then start a second copy of the library. The price is one more request before the code runs.
    preserveEntrySignatures: 'strict',
    plugins: [
      nodeResolve({ browser: true }),
      noMsgIdHashing(),
      ...(input['magnesium-widgets'] ? [wholeLocales({ widgets: widgetParts })] : []),
      sourceIdsOnly(),
      slimJson(),
      json({ preferConst: true, compact: true }),
      manglePrivates(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: `${out}/cdn`, noEmitOnError: true }),
      minifyLitLiterals(),
      shortMsgIds({ localesDir: 'components/locales' }),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
    output: {
      dir: `${out}/cdn`,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash:8].js', // scripts/size.mjs reads the name before the 8-character hash
    },
  })),
];
