// The widget and locale registry (registry.json) for the build scripts, and a check of the places that cannot read
// it (TypeScript entry modules, package.json exports, stories): a new widget or locale that misses one of them fails
// the build with the list of what is missing, instead of a page that quietly lacks it.
import { existsSync, readFileSync } from 'node:fs';
import { readJson, root } from './lib.mjs';

export const registry = readJson(`${root}registry.json`);
const localizeConfig = readJson(`${root}lit-localize.json`);

/** Every widget, in registry order: `{ tag, folder, className, messages, lazyParts, defineModule }`. */
export const widgets = Object.entries(registry.widgets).map(([tag, entry]) => ({
  tag,
  folder: entry.folder,
  className: entry.class,
  messages: entry.messages,
  /** Lazy parts with messages of their own: name → module path from the project root. */
  lazyParts: Object.fromEntries(
    Object.entries(entry.lazyParts ?? {}).map(([name, file]) => [name, `components/${entry.folder}/${file}`]),
  ),
  defineModule: `components/${entry.folder}/define.ts`,
}));

/** Lazy parts of the element base (every widget's): name → module path from the project root. */
export const baseParts = Object.fromEntries(
  Object.entries(registry.lazyParts ?? {}).map(([name, file]) => [name, `components/${file}`]),
);

/** Every lazy part with messages of its own, the base's and each widget's: name → module path from the project root. */
export const lazyParts = Object.assign({}, ...widgets.map((widget) => widget.lazyParts), baseParts);

export const sourceLocale = localizeConfig.sourceLocale;
export const targetLocales = Object.keys(registry.locales).filter((code) => code !== sourceLocale);

/** Problems with the registry and the places that must follow it by hand; empty when all agree. */
export function registryProblems() {
  const problems = [];
  const text = (file) => (existsSync(`${root}${file}`) ? readFileSync(`${root}${file}`, 'utf8') : '');
  const exports = readJson(`${root}package.json`).exports;
  const codes = Object.keys(registry.locales);
  if (!codes.includes(sourceLocale)) problems.push(`registry.json has no locale "${sourceLocale}" (lit-localize.json)`);
  const listed = [...localizeConfig.targetLocales].sort().join(', ');
  if (listed !== [...targetLocales].sort().join(', '))
    problems.push(`lit-localize.json targetLocales (${listed}) must be the registry's: ${targetLocales.join(', ')}`);
  for (const code of targetLocales)
    if (!existsSync(`${root}${localizeConfig.interchange.xliffDir}${code}.xlf`))
      problems.push(`xliff/${code}.xlf is missing (npm run build writes it; then translate it)`);
  for (const widget of widgets) {
    const { tag, folder, className } = widget;
    if (!existsSync(`${root}${widget.defineModule}`)) problems.push(`${widget.defineModule} is missing`);
    if (!text(`components/${folder}/${folder}.ts`).includes(`class ${className} `))
      problems.push(`components/${folder}/${folder}.ts must declare class ${className}`);
    if (!text('components/define.ts').includes(`'./${folder}/define.js'`))
      problems.push(`components/define.ts must import './${folder}/define.js'`);
    if (!text('components/index.ts').includes(className)) problems.push(`components/index.ts must export ${className}`);
    if (exports[`./${tag}.js`]?.default !== `./dist/components/${folder}/define.js`)
      problems.push(`package.json exports needs "./${tag}.js" → ./dist/components/${folder}/define.js`);
    if (!existsSync(`${root}stories/${folder}.stories.ts`)) problems.push(`stories/${folder}.stories.ts is missing`);
    for (const file of Object.values(widget.lazyParts))
      if (!existsSync(`${root}${file}`)) problems.push(`${file} (a lazy part of ${tag}) is missing`);
  }
  for (const [name, file] of Object.entries(baseParts))
    if (!existsSync(`${root}${file}`)) problems.push(`${file} (the lazy part ${name} of the element base) is missing`);
  return problems;
}

/** Throws with every problem listed (build step). */
export function checkRegistry() {
  const problems = registryProblems();
  if (problems.length > 0)
    throw new Error(
      `registry.json and the project disagree:\n  ${problems.join('\n  ')}\n(docs/architecture.md, "Adding things")`,
    );
}
