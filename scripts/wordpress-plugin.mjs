// npm run build, last step: the WordPress plugin. Copies wordpress/magnesium-widgets/ to dist/wordpress/ with what
// it is generated from: widgets.json (each widget's attributes from custom-elements.json, with the values the
// widgets' own checks accept, the locale and contact rules, the fallback texts), one block.json per widget, the CDN
// build (assets/cdn/) and the server-rendered fragments if the build made them (assets/html/). Then zips it with
// fflate (no zip binary needed) into dist/wordpress/magnesium-widgets.zip, with fixed timestamps.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { zipSync } from 'fflate';
import { readJson, root } from './lib.mjs';

const source = `${root}wordpress/magnesium-widgets/`;
const out = `${root}dist/wordpress/`;
const staged = `${out}magnesium-widgets/`;
const core = await import(`${root}dist/src/core.js`);
const { version } = readJson(`${root}package.json`);

const fail = (message) => {
  console.error(`[wordpress-plugin] ${message}`);
  process.exit(1);
};

/** What the widgets accept, from their own checks (the manifest's types name aliases such as AgeGroupId, not values). */
function acceptedValues() {
  const accepted = {};
  const issues = [
    ...core.checkAnswers({ 'age-group': '?', sex: '?', 'life-stage': '?' }).issues,
    ...core.checkProduct({ salt: '?', mgPerUnit: -1, mgBasis: '?', unitsPerDay: -1, unitsPerPack: -1 }).issues,
  ];
  const attributeOf = {
    'age-group': 'age-group',
    sex: 'sex',
    'life-stage': 'life-stage',
    salt: 'salt',
    mgPerUnit: 'mg-per-unit',
    mgBasis: 'mg-basis',
    unitsPerDay: 'units-per-day',
    unitsPerPack: 'units-per-pack',
  };
  for (const { field, accepted: rule } of issues) {
    const name = attributeOf[field];
    if (!name) continue;
    const { kind, values, ...limits } = rule;
    accepted[name] = kind === 'one-of' ? { kind: 'enum', values: [...values] } : { kind: 'number', ...limits };
  }
  accepted['kidney-disease'] = { kind: 'enum', values: [...core.YES_NO_UNKNOWN] };
  accepted.nutrient = { kind: 'enum', values: ['magnesium', ...core.nutrientIds()].filter(core.isDoseTableNutrient) };
  accepted.medicines = { kind: 'id-list', values: core.medicineIds() };
  // The quiz documents 2–6 (custom-elements.json); the core exports no constant for it.
  accepted['heading-level'] = { kind: 'number', min: 2, max: 6, integer: true };
  return accepted;
}

/** The four widgets (not `<mg-sources>`, which every widget brings) with their attributes from the manifest. */
function widgetsFromManifest() {
  const manifest = readJson(`${root}custom-elements.json`);
  const accepted = acceptedValues();
  const widgets = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!tag || !declaration.customElement || tag === 'mg-sources') continue;
      const slug = tag.replace(/^mg-/, '');
      const attributes = (declaration.attributes ?? [])
        // Properties for scripts (e.g. the checklist's `selected` list) are not something an author types.
        .filter((attribute) => !/\[\]$/.test(attribute.type?.text ?? ''))
        .map((attribute) => ({
          name: attribute.name,
          field: attribute.fieldName ?? attribute.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
          ...(accepted[attribute.name] ??
            (attribute.type?.text === 'boolean' ? { kind: 'boolean' } : { kind: 'text' })),
          description: attribute.description ?? '',
        }));
      widgets.push({
        tag,
        slug,
        block: `magnesium-widgets/${slug}`,
        shortcode: tag.replaceAll('-', '_'),
        summary: declaration.summary ?? '',
        attributes,
      });
    }
  }
  const order = ['mg-symptom-checklist', 'mg-dose-table', 'mg-risk-quiz', 'mg-dose-checker'];
  widgets.sort((a, b) => order.indexOf(a.tag) - order.indexOf(b.tag));
  if (widgets.map((widget) => widget.tag).join() !== order.join())
    fail(`custom-elements.json lists ${widgets.map((widget) => widget.tag).join(', ')}; expected ${order.join(', ')}`);
  return widgets;
}

/** The language → locale and language → country rules of src/locale.ts and src/contacts.ts, as tables for PHP. */
function localeRules() {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const languages = [];
  for (const a of letters) for (const b of letters) languages.push(a + b);
  for (const a of letters) for (const b of letters) for (const c of letters) languages.push(a + b + c);
  const other = core.resolveLocale('zz-zz');
  const byLanguage = {};
  const countryByLanguage = {};
  for (const language of languages) {
    if (core.resolveLocale(language) !== other) byLanguage[language] = core.resolveLocale(language);
    if (core.countryOf(language)) countryByLanguage[language] = core.countryOf(language);
  }
  for (const locale of core.allLocales) byLanguage[locale] = locale;
  return { none: core.resolveLocale(''), other, byLanguage, countryByLanguage };
}

/** Contacts per country (only those that differ from the fallback), to tell when a fragment's contacts fit the site. */
function contactRules() {
  const signature = (tag) => {
    const contacts = { ...core.contactsFor(tag), country: undefined };
    return JSON.stringify(contacts);
  };
  const other = signature('zz-ZZ');
  const byCountry = {};
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) if (signature(`zz-${a}${b}`) !== other) byCountry[a + b] = signature(`zz-${a}${b}`);
  const localeCountry = Object.fromEntries(core.allLocales.map((locale) => [locale, core.countryOf(locale)]));
  return { other, byCountry, localeCountry };
}

/** The fallback text of every widget in every locale (a missing one fails the build, like a missing translation). */
function fallbackText(widgets) {
  const texts = readJson(`${root}wordpress/fallback-text.json`);
  for (const locale of core.allLocales)
    for (const { tag } of widgets)
      if (!texts[locale]?.[tag]) fail(`wordpress/fallback-text.json: no ${locale} text for ${tag}`);
  return texts;
}

/** Every editor string has its Danish translation. */
function checkEditorTranslations() {
  const editor = readFileSync(`${source}editor.js`, 'utf8');
  const strings = [...editor.matchAll(/__\('((?:[^'\\]|\\.)*)', domain\)/g)].map((match) => match[1]);
  const danish = readJson(`${source}languages/magnesium-widgets-da_DK-magnesium-widgets-editor.json`).locale_data
    .messages;
  const missing = strings.filter((text) => !danish[text]);
  if (strings.length === 0 || missing.length) fail(`editor.js strings without a Danish translation: ${missing}`);
}

function checkVersions() {
  const header = /^\s*\*\s*Version:\s*(\S+)/m.exec(readFileSync(`${source}magnesium-widgets.php`, 'utf8'))?.[1];
  const stable = /^Stable tag:\s*(\S+)/m.exec(readFileSync(`${source}readme.txt`, 'utf8'))?.[1];
  if (header !== version || stable !== version)
    fail(`plugin header Version (${header}) and readme.txt Stable tag (${stable}) must be ${version}`);
}

const icons = {
  'mg-symptom-checklist': 'yes-alt',
  'mg-dose-table': 'editor-table',
  'mg-risk-quiz': 'editor-help',
  'mg-dose-checker': 'calculator',
};

function blockJson(widget) {
  const attributes = {};
  for (const attribute of widget.attributes) {
    attributes[attribute.field] =
      attribute.kind === 'boolean'
        ? { type: 'boolean', default: false }
        : attribute.kind === 'enum'
          ? { type: 'string', enum: attribute.values }
          : { type: 'string' };
  }
  return {
    apiVersion: 2,
    name: widget.block,
    title: `Magnesium: ${widget.slug.replace('-', ' ')}`,
    category: 'widgets',
    icon: icons[widget.tag] ?? 'heart',
    description: widget.summary,
    keywords: ['magnesium', widget.tag, widget.shortcode],
    textdomain: 'magnesium-widgets',
    attributes,
    supports: { html: false },
    editorScript: 'magnesium-widgets-editor',
  };
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir, prefix = '') {
  return readdirSync(dir + prefix, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

checkVersions();
checkEditorTranslations();
const widgets = widgetsFromManifest();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(source, staged, { recursive: true });
cpSync(`${root}dist/cdn/`, `${staged}assets/cdn/`, { recursive: true });
if (existsSync(`${root}dist/html/`)) cpSync(`${root}dist/html/`, `${staged}assets/html/`, { recursive: true });
const spec = {
  version,
  widgets,
  locales: localeRules(),
  contacts: contactRules(),
  fallbackText: fallbackText(widgets),
};
writeFileSync(`${staged}widgets.json`, `${JSON.stringify(spec, null, 1)}\n`);
for (const widget of widgets) {
  mkdirSync(`${staged}blocks/${widget.slug}`, { recursive: true });
  writeFileSync(`${staged}blocks/${widget.slug}/block.json`, `${JSON.stringify(blockJson(widget), null, 2)}\n`);
}

// Fixed timestamps and sorted entries: the same build gives the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries = {};
for (const path of filesUnder(staged).sort())
  entries[`magnesium-widgets/${path}`] = [readFileSync(staged + path), { mtime, level: 9 }];
writeFileSync(`${out}magnesium-widgets.zip.tmp`, zipSync(entries));
renameSync(`${out}magnesium-widgets.zip.tmp`, `${out}magnesium-widgets.zip`);
const size = statSync(`${out}magnesium-widgets.zip`).size;
console.log(
  `[wordpress-plugin] dist/wordpress/magnesium-widgets.zip: ${Object.keys(entries).length} files, ${(size / 1024).toFixed(1)} KB` +
    (existsSync(`${root}dist/html/`) ? ', with server-rendered fragments' : ', no fragments (dist/html/ not built)'),
);
