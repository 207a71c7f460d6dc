// Two outputs: dist/ for bundlers (lit external, one module per source module, .d.ts beside each)
// and dist/cdn/ (self-contained, minified, lit bundled) whose entry URLs are public and stable.
// The widgets and locales come from registry.json (scripts/registry.mjs).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { shortMsgIds, slimJson, sourceIdsOnly, wholeLocales } from './scripts/cdn-slim.mjs';
import bundleInfo, { mapTo } from './scripts/bundle-info.mjs';
import slices from './scripts/slices.mjs';
import { relative } from 'node:path';
import { widgets } from './scripts/registry.mjs';
import { root } from './scripts/lib.mjs';

/** Output folder: the build script writes to a fresh folder and swaps it in, so readers never see half a build. */
const out = process.env.MG_OUT ?? 'dist';

const npmInputs = [
  'components/index.ts',
  'components/define.ts',
  'src/core.ts',
  'src/schema/index.ts',
  'components/ssr.ts',
  'components/hydrate-support.ts',
  ...widgets.map((widget) => widget.defineModule),
];

/**
 * The all-in-one CDN file (dist/cdn/magnesium-widgets.js): registers every element and exports what a page script
 * needs (the classes, setLocale, getLocale). Made from the registry. It imports the define modules one by one, not
 * components/define.js, which re-exports the whole core for bundler users.
 */
const allInOne = '\0mg-all-in-one';
const allInOneModule = () => ({
  name: 'all-in-one-entry',
  resolveId: (id) => (id === allInOne ? id : null),
  load: (id) =>
    id === allInOne
      ? [
          ...widgets.map((widget) => `import '${root}${widget.defineModule}';`),
          `export { setLocale, getLocale } from '${root}components/localization.ts';`,
          ...widgets.map((w) => `export { ${w.className} } from '${root}components/${w.folder}/${w.folder}.ts';`),
        ].join('\n')
      : null,
});

/**
 * The CDN is two builds into one folder. The per-element files share their chunks (lit, the base, <mg-sources>),
 * so a page with two elements loads the common part once, and autoload.js (components/autoload.ts) loads exactly
 * these files. The all-in-one file is built on its own as one self-contained module (plus its lazy locale chunks):
 * one gzip stream instead of a dozen files. A page that mixes the two gets two copies, which the guarded define()
 * handles (DESIGN.md).
 * hydrate-support.js (components/hydrate-support.ts) is an entry of the per-element build: it shares the widgets'
 * lit-html chunk and nothing else (lit-html and the LitElement code fall into separate chunks by themselves, since it
 * needs only the first), so loaded first it runs before LitElement is evaluated.
 */
const cdnBuilds = [
  {
    build: 'per-element',
    input: {
      ...Object.fromEntries(widgets.map((widget) => [widget.tag, widget.defineModule])),
      'hydrate-support': 'components/hydrate-support.ts',
      autoload: 'components/autoload.ts',
    },
  },
  { build: 'all-in-one', input: { 'magnesium-widgets': allInOne } },
];

/**
 * Build-time data slices (scripts/slices.mjs): what the widgets ask of these functions, computed from data/ at build
 * time. The dose checker carries the limit per age group and the label value, not intake.json and upper-limits.json.
 */
const checkerModules = ['src/rules/dose-checker.ts', 'components/dose-checker/dose-checker.words.ts'];
const sliceDefinitions = {
  'src/data/intake.ts': {
    importers: checkerModules,
    functions: async () => ({ labelReferenceMg: { inputs: [[]], key: () => '' } }),
  },
  'src/data/upper-limits.ts': {
    importers: checkerModules,
    functions: async (load) => ({
      upperLimitFor: {
        inputs: (await load('src/data/age-groups.ts')).ageGroupIds().map((group) => [group]),
        key: (group) => group,
      },
      upperLimitNoteSourceIds: {
        inputs: (await import('./data/upper-limits.json', { with: { type: 'json' } })).default.notes.map((note) => [
          note.id,
        ]),
        key: (id) => id,
      },
    }),
  },
};

/**
 * The per-element build's shared code in one chunk ("shared"): the base every widget loads (Lit's element class, the
 * element base, <mg-sources>) and what at least three of the four widgets load up front (shared words, rules, the
 * emergency-number links), instead of one chunk per combination of widgets that share it: rollup's default gave a
 * one-widget page 7–9 files, each a gzip stream of its own. Code two widgets share keeps its own chunk (the dose
 * table's and checker's intake data would cost the other two ~1.8 KB). Lit's template engine stays a chunk of its own:
 * hydrate-support.js must load it without the element class (it has to run before that).
 */
function sharedChunk() {
  let entriesOf;
  const closures = (getModuleIds, getModuleInfo) => {
    const map = new Map();
    for (const entry of [...getModuleIds()].filter((id) => getModuleInfo(id).isEntry)) {
      const name = relative(root, entry);
      const queue = [entry];
      const seen = new Set(queue);
      while (queue.length > 0)
        for (const next of getModuleInfo(queue.pop()).importedIds)
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
      for (const id of seen) map.set(id, [...(map.get(id) ?? []), name]);
    }
    return map;
  };
  const defines = widgets.map((widget) => widget.defineModule);
  const minimum = Number(process.env.MG_SHARED_MIN ?? 3);
  return (id, { getModuleIds, getModuleInfo }) => {
    entriesOf ??= closures(getModuleIds, getModuleInfo);
    const entries = entriesOf.get(id) ?? [];
    // Named, or rollup would pull it into "shared" as a dependency of Lit's element class.
    if (entries.includes('components/hydrate-support.ts')) return entries.length > 1 ? 'lit-html' : undefined;
    if (entries.includes('components/sources/define.ts')) return 'shared';
    return entries.filter((entry) => defines.includes(entry)).length >= minimum ? 'shared' : undefined;
  };
}

/**
 * The static text of Lit `html` and `css` literals in our modules, minified (html-minifier-next and lightningcss, through
 * Lit's own plugin), in both builds: the server (npm build) and the browser (CDN build) must render the same template
 * strings, or hydration fails. Whitespace collapses to one space, never to none (inline text keeps its spaces), and
 * empty attributes stay (`alt=""`).
 */
const minifyLitLiterals = () =>
  minifyHtmlLiterals({
    include: ['components/**/*.ts', 'src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  });

const onwarn = (warning, warn) => {
  // zod's own circular imports and comment annotations are harmless (TOOLCHAIN.md).
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules/zod'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
  // The CDN builds make source maps for the size report only (scripts/bundle-info.mjs): per file, not per line.
  if (warning.code === 'SOURCEMAP_BROKEN') return;
  warn(warning);
};

/** @lit/localize's runtime → components/localize-runtime.ts (the same API as the widgets use it, ~0.4 KB smaller). */
const smallLocalizeRuntime = () => ({
  name: 'small-localize-runtime',
  resolveId: (source) =>
    /^@lit\/localize(\/init\/install\.js|\/internal\/runtime-msg\.js)?$/.test(source)
      ? `${root}components/localize-runtime.ts`
      : null,
});

/**
 * @rollup/plugin-json with a source map that sends every line of the generated module to its JSON file, so that its
 * bytes count as data in the size report (the plugin's own map is empty).
 */
const jsonAsData = () => {
  const plugin = json({ preferConst: true, compact: true });
  const transform = plugin.transform;
  return {
    ...plugin,
    transform(code, id) {
      const result = transform.call(this, code, id);
      return result && { code: result.code, map: mapTo(result.code, relative(root, id)) };
    },
  };
};

/** @type {(import('rollup').RollupOptions & { build: string })[]} */
const configs = [
  {
    build: 'npm',
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
  ...cdnBuilds.map(({ build, input }) => ({
    build,
    input,
    onwarn,
    // The entries stay facades over a chunk ('strict'): a lazy chunk must never import an entry, because a page
    // may load the entry as `magnesium-widgets.js?ver=6.4` (WordPress does) and a chunk importing the bare URL
    // would then start a second copy of the library.
    preserveEntrySignatures: 'strict',
    plugins: [
      ...(build === 'all-in-one' ? [allInOneModule(), wholeLocales()] : []),
      nodeResolve({ browser: true }),
      ...(build === 'per-element' ? [slices({ out, definitions: sliceDefinitions })] : []),
      smallLocalizeRuntime(),
      sourceIdsOnly(),
      slimJson(),
      jsonAsData(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        sourceMap: true,
        outDir: `${out}/cdn`,
        noEmitOnError: true,
      }),
      minifyLitLiterals(),
      shortMsgIds({ localesDir: 'components/locales' }),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
      bundleInfo({
        build,
        out,
        messagesFile: 'components/locales/source-messages.json',
        ...(build === 'per-element' ? { autoload: { entry: 'autoload', tags: widgets.map((w) => w.tag) } } : {}),
      }),
    ],
    output: {
      dir: `${out}/cdn`,
      format: 'esm',
      sourcemap: 'hidden',
      ...(build === 'per-element' ? { manualChunks: sharedChunk() } : {}),
      entryFileNames: '[name].js',
      // Chunks in a page's static closure get short names (autoload.js lists them; names add bytes to every page);
      // lazy ones keep theirs (locale and message chunks read as such in a request log).
      chunkFileNames: (chunk) =>
        build === 'per-element' && !chunk.isDynamicEntry ? 'chunks/[hash:6].js' : 'chunks/[name]-[hash:8].js',
    },
  })),
];

// MG_BUILDS=per-element,all-in-one runs only those builds (npm, per-element, all-in-one): quicker while working on one.
const only = process.env.MG_BUILDS?.split(',');
export default configs
  .filter((config) => !only || only.includes(config.build))
  .map((config) => Object.fromEntries(Object.entries(config).filter(([key]) => key !== 'build')));
