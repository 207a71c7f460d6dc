// Size budgets of the CDN files, in gzip -9 and brotli -11 (what CDNs serve), 1 KB = 1024 B.
//   npm run test:size                 the test: every page within its limits and ceilings
//   npm run size:update               re-measures and rewrites the limits in test/size-limits.json
//   npm run size:why                  where each page's bytes are: classes and source groups
// A page is what it loads before its first render: an entry and its static imports (lazy chunks on their own). The
// files, their imports and what each byte is (Lit, message text, data, CSS, code) come from the build
// (dist/size-info/, scripts/bundle-info.mjs). A page's floor is its Lit, text, data and CSS, each class gzipped on its
// own: what it must carry whatever the code. Its ratio to the floor is what the ceilings hold as content changes; the
// limits are the measured sizes rounded up to 64 B, so any growth is seen and a change that adds bytes says so.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readJson, root } from './lib.mjs';
import { lazyParts as partModules, widgets } from './registry.mjs';
import { groupOf } from './bundle-info.mjs';

const limitsFile = `${root}test/size-limits.json`;
const dist = `${resolve(root, process.env.MG_OUT ?? 'dist')}/`;
export const gzip = (data) => gzipSync(data, { level: 9 }).length;
export const brotli = (data) =>
  brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
export const floorClasses = ['lit', 'text', 'data', 'css'];
const up64 = (bytes) => Math.ceil(bytes / 64) * 64;

/** The pages of the CDN build and what they weigh: `{ key, what, gzip, brotli, floor?, ratio?, check }`. */
export function measure() {
  const info = Object.fromEntries(
    ['per-element', 'all-in-one'].map((build) => [build, readJson(`${dist}size-info/${build}.json`).files]),
  );
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) {
      const data = readFileSync(`${dist}cdn/${file}`);
      sizes.set(file, { gzip: gzip(data), brotli: brotli(data) });
    }
    return sizes.get(file);
  };
  const sum = (files) =>
    files.reduce(
      (total, file) => ({ gzip: total.gzip + sizeOf(file).gzip, brotli: total.brotli + sizeOf(file).brotli }),
      {
        gzip: 0,
        brotli: 0,
      },
    );
  const closure = (build, entry, seen = new Set()) => {
    if (!seen.has(entry)) {
      seen.add(entry);
      for (const each of info[build][entry].imports) closure(build, each, seen);
    }
    return seen;
  };
  const union = (build, entries) => {
    const seen = new Set();
    for (const entry of entries) closure(build, entry, seen);
    return seen;
  };
  const floorOf = (build, files) => {
    const floor = { gzip: 0, brotli: 0 };
    for (const name of floorClasses) {
      const text = Buffer.from([...files].map((file) => info[build][file][name]).join(''));
      if (text.length === 0) continue;
      floor.gzip += gzip(text);
      floor.brotli += brotli(text);
    }
    return floor;
  };
  /** `xx` for a message chunk of locale xx (common, whole or a part's), with the part's name. */
  const localeOf = (build, file) => {
    const modules = info[build][file].modules;
    const match = modules.map((id) => /^components\/locales\/(?:parts\/([\w-]+)\.|whole\/)?(\w\w)\.ts$/.exec(id));
    return match.length > 0 && match.every(Boolean) ? { locale: match[0][2], part: match[0][1] ?? 'common' } : null;
  };
  const lazyOf = (build, files) =>
    new Set([...files].flatMap((file) => info[build][file].dynamicImports).filter((file) => !files.has(file)));

  const pages = [];
  const page = (key, what, build, files, extra = {}) => {
    const size = sum([...files]);
    const floor = extra.floor === false ? undefined : floorOf(build, files);
    const row = { key, what, build, files, ...size, floor, ratio: floor && size.gzip / floor.gzip, ...extra };
    pages.push(row);
    return row;
  };
  const parts = new Set(Object.keys(partModules));
  const lazyParts = new Map();
  const localesByWidget = [];
  for (const widget of widgets) {
    const entry = `${widget.tag}.js`;
    const files = closure('per-element', entry);
    const own = page(entry, `${widget.tag} alone (its own file)`, 'per-element', files, { widget: widget.tag });
    page(
      `autoload.js + ${widget.tag}`,
      `${widget.tag} through autoload.js`,
      'per-element',
      new Set(['autoload.js', ...files]),
      {
        autoloadOf: own,
      },
    );
    // A page in another language than Danish: the common messages and this widget's own, per locale; the largest.
    const byLocale = new Map();
    for (const chunk of lazyOf('per-element', files)) {
      const locale = localeOf('per-element', chunk);
      if (!locale || parts.has(locale.part)) continue;
      const added = [...closure('per-element', chunk)].filter((file) => !files.has(file));
      byLocale.set(locale.locale, [...(byLocale.get(locale.locale) ?? []), ...added]);
    }
    const [locale, added] = [...byLocale].sort((a, b) => sum(b[1]).gzip - sum(a[1]).gzip)[0];
    localesByWidget.push([`${widget.tag} + locale ${locale}`, added]);
    // Lazy parts (not messages): what they add when a reader gets there, each on its own.
    for (const chunk of lazyOf('per-element', files)) {
      if (localeOf('per-element', chunk)) continue;
      const name = info['per-element'][chunk].modules.at(-1).replace(/^.*\//, '').replace(/\.ts$/, '');
      const added = [...closure('per-element', chunk)].filter((file) => !files.has(file));
      if (sum(added).gzip > (lazyParts.get(name) ? sum(lazyParts.get(name)).gzip : -1)) lazyParts.set(name, added);
    }
  }
  const widgetTags = widgets.filter((widget) => widget.messages).map((widget) => widget.tag);
  const allInOne = closure('all-in-one', 'magnesium-widgets.js');
  page('magnesium-widgets.js', 'all four through the all-in-one file', 'all-in-one', allInOne, { allFour: true });
  page(
    'autoload.js, all four',
    'all four through autoload.js',
    'per-element',
    union('per-element', ['autoload.js', ...widgetTags.map((tag) => `${tag}.js`)]),
    { allFour: true },
  );
  page('autoload.js', 'the loader alone', 'per-element', new Set(['autoload.js']), { floor: false, loader: true });
  page(
    'hydrate-support.js',
    'hydrate support (pages with server-rendered widgets)',
    'per-element',
    closure('per-element', 'hydrate-support.js'),
    {
      floor: false,
    },
  );
  const shared = closure('per-element', 'mg-sources.js');
  page(
    'hydrate-support.js beyond a widget file',
    'what the hydrate support adds to a page of widget files',
    'per-element',
    new Set([...closure('per-element', 'hydrate-support.js')].filter((file) => !shared.has(file))),
    { floor: false },
  );
  for (const [name, added] of lazyParts)
    page(`lazy part ${name}`, 'loaded when the reader gets there', 'per-element', new Set(added), { floor: false });
  for (const [name, added] of localesByWidget)
    page(`${name} (lazy)`, 'a one-widget page in another language', 'per-element', new Set(added), {
      floor: false,
      oneWidgetLocale: true,
    });
  for (const chunk of lazyOf('all-in-one', allInOne)) {
    const locale = localeOf('all-in-one', chunk);
    if (!locale) continue;
    const added = new Set([...closure('all-in-one', chunk)].filter((file) => !allInOne.has(file)));
    const name =
      locale.part === 'common'
        ? `locale ${locale.locale} (lazy, all four)`
        : `${locale.part} messages ${locale.locale} (lazy)`;
    page(name, 'all-in-one page in another language', 'all-in-one', added, { floor: false });
  }
  // Server-rendered fragments (dist/html/): the largest per widget, on its own.
  const byTag = new Map();
  const html = existsSync(`${dist}html/`) ? readdirSync(`${dist}html/`).filter((name) => name.endsWith('.html')) : [];
  for (const file of html) {
    const data = readFileSync(`${dist}html/${file}`);
    const tag = file.split('.')[0];
    byTag.set(tag, [...(byTag.get(tag) ?? []), { gzip: gzip(data), brotli: brotli(data) }]);
  }
  for (const [tag, sizes] of byTag) {
    const largest = sizes.sort((a, b) => b.gzip - a.gzip)[0];
    pages.push({ key: `html/${tag}`, what: `largest of ${sizes.length} server-rendered fragments`, ...largest });
  }
  return pages;
}

/**
 * Checks every page against the limits file; returns `{ rows, failed }`. A page fails over its limit (gzip or brotli)
 * or over an issue 23 ceiling (gzip). `pending` names the pages whose ceiling is not met yet, with why: they are held
 * by their limits only, and fail once they meet it (take them off the list then), so the list only shrinks.
 */
export function check(pages, limits) {
  const { ceilings, start, pending = {} } = limits;
  const rows = [];
  let failed = 0;
  for (const row of pages) {
    const problems = [];
    const notes = [];
    const limit = limits.pages[row.key];
    if (!limit) problems.push('no limit (npm run size:update)');
    else {
      if (row.gzip > limit.gzip) problems.push(`gzip over its limit ${limit.gzip} B`);
      if (row.brotli > limit.brotli) problems.push(`brotli over its limit ${limit.brotli} B`);
    }
    const ceiling = ceilingsOf(row, ceilings, start);
    const text = ([bytes, why]) => `${why}: ${Math.floor(bytes)} B`;
    const over = ceiling.filter(([bytes]) => row.gzip > bytes);
    // Pending holds the ratio and locale ceilings only: a page may never pass its start size or the loader's 0.5 KB.
    const waived = over.filter(([, , hard]) => !hard && pending[row.key]);
    if (pending[row.key] && waived.length === 0) problems.push('meets its ceilings now: remove it from `pending`');
    if (waived.length > 0) notes.push(`ceiling not met yet (${waived.map(text).join('; ')}): ${pending[row.key]}`);
    const hardOver = over.filter((each) => !waived.includes(each));
    if (hardOver.length > 0) problems.push(`over its ceiling (${hardOver.map(text).join('; ')})`);
    if (problems.length > 0) failed++;
    rows.push({
      ...row,
      ok: problems.length === 0,
      pending: Boolean(pending[row.key]),
      problems,
      notes,
      limit,
      ceiling: Math.min(...ceiling.map(([bytes]) => bytes)),
    });
  }
  return { rows, failed };
}

/** The issue 23 ceilings of a page, in gzip bytes: `[[bytes, why, hard]]` (hard: never pending). */
export function ceilingsOf(row, ceilings, start) {
  const ceiling = [];
  if (row.widget && row.floor) ceiling.push([ceilings.widgetRatio * row.floor.gzip, `${ceilings.widgetRatio}× floor`]);
  if (start[row.key] && (row.widget || row.allFour))
    ceiling.push([start[row.key], 'its size at the start of issue 23', true]);
  if (row.allFour) ceiling.push([ceilings.allFourRatio * row.floor.gzip, `${ceilings.allFourRatio}× floor`]);
  if (row.autoloadOf)
    ceiling.push([row.autoloadOf.gzip + ceilings.autoloadExtra, `its own file + ${ceilings.autoloadExtra} B`, true]);
  if (row.loader) ceiling.push([ceilings.autoloadExtra, `the loader: ${ceilings.autoloadExtra} B`, true]);
  if (row.oneWidgetLocale) ceiling.push([ceilings.localeChunkOnOneWidgetPage, 'locale chunk ceiling']);
  return ceiling;
}

const ratio = (row) => (row.ratio ? `${row.ratio.toFixed(2)}×` : '–');

export function table(rows) {
  const lines = [
    '| page | gzip | brotli | floor gzip / brotli | ratio | limit gzip / brotli | ceiling (gzip) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.ok === false ? '✗ ' : row.pending ? '(pending) ' : ''}${row.key} | ${row.gzip} | ${row.brotli} | ${row.floor ? `${row.floor.gzip} / ${row.floor.brotli}` : '–'} | ${ratio(row)} | ${row.limit ? `${row.limit.gzip} / ${row.limit.brotli}` : '–'} | ${Number.isFinite(row.ceiling) ? Math.floor(row.ceiling) : '–'} |`,
    );
  return lines;
}

/** Per page: each class's characters and its gzip on its own, and the source groups' characters. */
function why(pages) {
  for (const row of pages.filter((each) => each.floor)) {
    const info = readJson(`${dist}size-info/${row.build}.json`).files;
    console.log(
      `\n${row.key} (${row.what}): ${row.gzip} B gzip, ${row.brotli} B brotli; floor ${row.floor.gzip} / ${row.floor.brotli} B (${ratio(row)})`,
    );
    const chars = [...row.files].reduce((n, file) => n + info[file].chars, 0);
    for (const name of floorClasses) {
      const text = [...row.files].map((file) => info[file][name]).join('');
      console.log(
        `  ${name.padEnd(6)} ${String(text.length).padStart(7)} chars  ${String(gzip(Buffer.from(text))).padStart(6)} B gzip alone`,
      );
    }
    const code =
      chars - floorClasses.reduce((n, name) => n + [...row.files].map((file) => info[file][name]).join('').length, 0);
    console.log(`  code   ${String(code).padStart(7)} chars (the rest)\n  by source (chars):`);
    const groups = {};
    const modules = {};
    for (const file of row.files)
      for (const [source, n] of Object.entries(info[file].sources)) {
        groups[groupOf(source)] = (groups[groupOf(source)] ?? 0) + n;
        modules[source] = (modules[source] ?? 0) + n;
      }
    for (const [group, n] of Object.entries(groups).sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(n).padStart(7)}  ${group}`);
    if (process.argv.includes('--modules'))
      for (const [source, n] of Object.entries(modules).sort((a, b) => b[1] - a[1]))
        console.log(`        ${String(n).padStart(7)}  ${source}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const mode = process.argv[2];
  if (!existsSync(`${dist}size-info/per-element.json`)) {
    console.error('size: dist/size-info/ is missing; run npm run build');
    console.log('size: 0 passed, 1 failed');
    process.exit(1);
  }
  const pages = measure();
  const limits = readJson(limitsFile);
  if (mode === '--why') why(pages);
  else if (mode === '--update') {
    // Measured sizes rounded up to 64 B, never above a ceiling the page meets.
    limits.pages = Object.fromEntries(
      pages.map((row) => {
        const met = ceilingsOf(row, limits.ceilings, limits.start).map(([bytes]) => Math.floor(bytes));
        const cap = Math.min(...met.filter((bytes) => bytes >= row.gzip));
        return [row.key, { gzip: Math.min(up64(row.gzip), cap), brotli: up64(row.brotli) }];
      }),
    );
    writeFileSync(limitsFile, `${JSON.stringify(limits, null, 2)}\n`);
    const { rows, failed } = check(pages, limits);
    console.log(table(rows).join('\n'));
    console.log(
      `\nWrote ${pages.length} limits to test/size-limits.json${failed ? `; ${failed} pages are over a ceiling (✗ above)` : ''}.`,
    );
  } else {
    const { rows, failed } = check(pages, limits);
    console.log(table(rows).join('\n'));
    for (const row of rows) if (!row.ok) console.log(`✗ ${row.key}: ${row.problems.join('; ')}`);
    for (const row of rows) if (row.notes.length > 0) console.log(`(pending) ${row.key}: ${row.notes.join('; ')}`);
    console.log(`size: ${rows.length - failed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  }
}
