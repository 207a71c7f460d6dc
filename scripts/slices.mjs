// Build-time data slices for the CDN builds: chosen functions of the core are run at build time for every input a
// widget can pass them, and the bundle carries their results (a JSON table) instead of the data files and code behind
// them. The functions keep their names and results, so no element changes; npm users and the tests run the real ones.
// Each slice is `module → { importers: [paths], functions: async (load) => ({ name: { inputs: [[args]...], key } }) }`:
// the listed importers get a module with only those functions (importing anything else from it fails the build);
// other importers keep the real module, so a widget that slices never loads the data another widget needs whole.
// `load(path)` imports a module of this build's npm output (the npm build runs first, rollup.config.mjs); `key` turns a
// call's arguments into the table key (copied into the bundle as written, so keep it plain JavaScript). A call with
// arguments the table lacks throws, as the real functions do for unknown ids.
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mapTo } from './bundle-info.mjs';
import { root } from './lib.mjs';

const prefix = '\0mg-slice:';

/** @returns {import('rollup').Plugin} */
export default function slices({ out, definitions }) {
  const built = (path) => import(pathToFileURL(`${resolve(root, out)}/${path.replace(/\.ts$/, '.js')}`).href);
  return {
    name: 'slices',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(prefix) || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const path = resolved && relative(root, resolved.id);
      return definitions[path]?.importers.includes(relative(root, importer)) ? `${prefix}${path}` : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const path = id.slice(prefix.length);
      const [real, wanted] = await Promise.all([built(path), definitions[path].functions(built)]);
      const lines = [];
      for (const [name, { inputs, key }] of Object.entries(wanted)) {
        const table = Object.fromEntries(inputs.map((args) => [key(...args), real[name](...args)]));
        lines.push(
          `const ${name}Slice = ${JSON.stringify(table)};`,
          `const ${name}Key = ${key.toString()};`,
          `export function ${name}(...args) {`,
          `  const value = ${name}Slice[${name}Key(...args)];`,
          `  if (value === undefined) throw new Error('[magnesium-widgets] ${name}: no such value');`,
          '  return structuredClone(value);',
          '}',
        );
      }
      const code = lines.join('\n');
      return { code, map: mapTo(code, `data/${path.replace(/^.*\//, '').replace(/\.ts$/, '')}.slice.json`) };
    },
  };
}
