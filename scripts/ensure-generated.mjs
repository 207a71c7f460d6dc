// Makes the generated, git-ignored files the type-check needs when they are missing, as on a fresh clone
// (`npm run typecheck` runs this first, so it works without a build): the message modules in components/locales/
// (scripts/locales.mjs), which every widget imports, and custom-elements.json (the
// manifest analyzer), which stories/ and .storybook/ import. `npm run build` makes the same files. Files that exist
// are left alone, so this never rewrites a module a running test or dev server is reading.
import { existsSync } from 'node:fs';
import { root, run } from './lib.mjs';
import { buildLocales } from './locales.mjs';
import { lazyParts, widgets } from './registry.mjs';
import { withBuildLock } from './build.mjs';

const bin = (name) => `${root}node_modules/.bin/${name}`;
/** The generated modules the sources import: the locale codes and the loader maps (common, each part's). */
const parts = [
  ...widgets.filter((widget) => widget.messages).map((widget) => widget.folder),
  ...Object.keys(lazyParts),
];
const localeModules = [
  'components/locales/locale-codes.ts',
  'components/locales/loaders.ts',
  ...parts.map((part) => `components/locales/parts/${part}.ts`),
];
const missing = (files) => files.filter((file) => !existsSync(`${root}${file}`));

if (missing([...localeModules, 'custom-elements.json']).length > 0) {
  await withBuildLock(async () => {
    // Checked again under the lock: a build that held it may have made them meanwhile.
    if (missing(localeModules).length > 0) await buildLocales();
    if (missing(['custom-elements.json']).length > 0) run(bin('custom-elements-manifest'), ['analyze', '--quiet']);
  });
}
