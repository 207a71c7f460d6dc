import { widgets } from './registry.mjs';
import { mapTo } from './bundle-info.mjs';

// Rollup plugins for the CDN build only: leave out what no browser bundle uses.
// - slimJson: drops dataset fields that no component or rule reads (e.g. the bibliography's `topics`, which
//   only the schema and the dataset notes use). data/*.json stays the single source; the build validates it in full.
// - sourceIdsOnly: src/data/source-ids.ts gets only the ids of data/sources.json; the entries go to the lazy
//   chunk of the citation list, which imports the whole file.

/** Fields to drop per data file (path relative to the project root). */
const unusedFields = {
  'data/sources.json': ['topics', 'descriptiveTitle'],
};

/** @returns {import('rollup').Plugin} */
export function slimJson() {
  return {
    name: 'slim-json',
    transform(code, id) {
      const file = Object.keys(unusedFields).find((name) => id.endsWith(`/${name}`));
      if (!file) return null;
      const drop = new Set(unusedFields[file]);
      const data = JSON.parse(code);
      const slim = data.map((entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => !drop.has(key))));
      return { code: JSON.stringify(slim), map: null };
    },
  };
}

/** @returns {import('rollup').Plugin} */
export function sourceIdsOnly() {
  const virtual = '\0mg-source-ids';
  return {
    name: 'source-ids-only',
    async resolveId(source, importer) {
      if (!importer?.endsWith('/src/data/source-ids.ts') || !source.endsWith('/data/sources.json')) return null;
      return virtual;
    },
    async load(id) {
      if (id !== virtual) return null;
      const { readFileSync } = await import('node:fs');
      const ids = JSON.parse(readFileSync('data/sources.json', 'utf8')).map((source) => ({ id: source.id }));
      const code = `export default ${JSON.stringify(ids)};`;
      return { code, map: mapTo(code, 'data/sources.json') };
    },
  };
}

/**
 * shortMsgIds: message ids are for translators (stable, readable, in the sources and XLIFF). In the CDN
 * bundle each one appears once in the element and once per locale chunk, so the build renames them
 * consistently to short names ("a", "b", … "aB"): the same map for the `id:` of every msg() call in
 * components/ and the keys of the generated locale modules. The map is the sorted union of the ids in
 * components/locales/ (and its parts/ folder); an id not in it is left as it is (in both places).
 */
const localeModule =
  /[\\/]components[\\/]locales[\\/](?:parts[\\/][\w-]+\.[\w-]+|whole[\\/][\w-]+|(?!locale-codes)[\w-]+)\.[jt]s$/;
const componentModule = /[\\/]components[\\/].*\.[jt]s$/;
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (index) => {
  let name = '';
  let rest = index;
  do {
    name = letters[rest % letters.length] + name;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return name;
};

/** @returns {import('rollup').Plugin} */
export function shortMsgIds({ localesDir }) {
  /** @type {Map<string, string>} */
  let names = new Map();
  return {
    name: 'short-msg-ids',
    async buildStart() {
      const { readdirSync, readFileSync } = await import('node:fs');
      const ids = new Set();
      for (const file of readdirSync(localesDir, { recursive: true })) {
        if (!/\.ts$/.test(file) || /(^|\/)(locale-codes|parts\/[\w-]+)\.ts$/.test(file)) continue;
        for (const match of readFileSync(`${localesDir}/${file}`, 'utf8').matchAll(/^\s*'([^'\n]+)':/gm))
          ids.add(match[1]);
      }
      names = new Map([...ids].sort().map((id, index) => [id, shortName(index)]));
    },
    transform(code, id) {
      if (id.includes('node_modules') || !componentModule.test(id)) return null;
      const rename = (whole, before, quote, messageId, after) =>
        names.has(messageId) ? `${before}${quote}${names.get(messageId)}${quote}${after}` : whole;
      const next = localeModule.test(id)
        ? code.replace(/(^\s*)(['"])([^'"\n]+)\2(:)/gm, rename)
        : code.replace(/(\bid:\s*)(['"])([^'"\n]+)\2()/g, rename);
      return next === code ? null : { code: next, map: null };
    },
  };
}

/**
 * wholeLocales (the all-in-one file only): a page that loads every widget at once gets each locale as one chunk with
 * the common and all widgets' messages (components/locales/whole/, one request, one gzip stream), and the widgets'
 * own message chunks are left out (their loader maps become `undefined`). Lazy parts keep their message chunks.
 */
export function wholeLocales() {
  const none = '\0mg-no-widget-messages';
  const folders = widgets.filter((widget) => widget.messages).map((widget) => widget.folder);
  const widgetMap = new RegExp(`[\\\\/]locales[\\\\/]parts[\\\\/](${folders.join('|')})\\.js$`);
  return {
    name: 'whole-locales',
    async resolveId(source, importer) {
      if (!importer) return null;
      const locale = /^\.\/(\w\w)\.js$/.exec(source);
      if (locale && /[\\/]components[\\/]locales[\\/]loaders\.ts$/.test(importer))
        return `${importer.replace(/loaders\.ts$/, '')}whole/${locale[1]}.ts`;
      if (widgetMap.test(source)) return none;
      return null;
    },
    load(id) {
      return id === none ? 'export const messages = undefined;' : null;
    },
  };
}
