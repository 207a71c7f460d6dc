// magnesium-widgets/ssr in Node (issue 19), against the built package (dist/; run `npm run build` first):
// every widget and every fixture renders in all six locales with no exception, every mg-* tag gets its declarative
// shadow root, the text is the locale's (from xliff/) and the numbers come from data/ and src/contacts.ts;
// concurrent renders in different locales never mix; the static fragments in dist/html/ are there and right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import { html } from 'lit';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const { renderToString, widgetTags } = await import(new URL('dist/components/ssr.js', root));
const core = await import(new URL('dist/src/core.js', root));
const { allLocales, contactsFor, evaluateSupplements, assessSymptoms } = core;

/** Runs `work` with console.warn/error recorded (and kept off the test output). */
async function recordingConsole(work) {
  const seen = { warn: [], error: [] };
  const original = { warn: console.warn, error: console.error };
  console.warn = (...args) => seen.warn.push(args.map(String).join(' '));
  console.error = (...args) => seen.error.push(args.map((arg) => arg?.stack ?? String(arg)).join(' '));
  try {
    return { result: await work(), ...seen };
  } finally {
    Object.assign(console, original);
  }
}

const xmlText = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** What the output shows for a message: its text in `locale` (xliff/; Danish is the source) with `values` filled in. */
function message(locale, id, values = []) {
  const file = read(`xliff/${locale === 'da' ? 'en' : locale}.xlf`);
  const unit = new RegExp(
    `<trans-unit id="${id.replace(/\./g, '\\.')}">\\s*<source>(.*?)</source>\\s*<target>(.*?)</target>`,
    's',
  ).exec(file);
  assert.ok(unit, `message ${id} in xliff/`);
  const text = unit[locale === 'da' ? 1 : 2];
  return text
    .split(/(<x id="\d+"[^>]*\/>)/)
    .map((part) => {
      const placeholder = /^<x id="(\d+)"/.exec(part);
      return placeholder ? String(values[Number(placeholder[1])]) : xmlText(part);
    })
    .join('');
}
/** The text of a message before its first placeholder. */
const prefix = (locale, id) => message(locale, id, ['\u0000']).split('\u0000')[0];
/** As the renderer writes text (HTML-escaped). */
const escaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The text of server-rendered HTML as it reads: no tags or Lit's markers (phone numbers are tel: links). */
const textOf = (html) => html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '');

/** Every mg-* start tag in `out` is followed by its declarative shadow root with a stamp (components/ssr.ts). */
function assertShadowRoots(out, context) {
  const tags = [
    ...out.matchAll(/<(mg-[\w-]+)\b[^<>]*>(<template shadowroot="open" shadowrootmode="open"><!--mg-ssr [^>]*-->)?/gi),
  ];
  assert.ok(tags.length > 0, `${context}: no mg-* tag`);
  for (const [open, tag, shadow] of tags) assert.ok(shadow, `${context}: <${tag}> without its shadow root: ${open}`);
  // HTML reads a present boolean attribute as true: checked="false" is a ticked box (components/ssr.ts).
  assert.doesNotMatch(out, /\s(?:checked|disabled|open|selected|hidden|required|readonly)="false"/, context);
}

/** The element fixtures (components/*\/*.fixtures.ts), compiled as they are (they import types only). */
async function loadFixtures() {
  const files = readdirSync(new URL('components/', root), { recursive: true }).filter((file) =>
    file.endsWith('.fixtures.ts'),
  );
  const all = [];
  for (const file of files) {
    const { outputText } = ts.transpileModule(read(`components/${file}`), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
    all.push(...Object.values(module));
  }
  return all;
}

const attributeText = (attributes = {}) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escaped(value).replace(/"/g, '&quot;')}"`)
    .join('');

/** A fixture as a template: attributes in the tag, properties as property bindings (what a script would set). */
function fixtureTemplate(tag, { attributes, properties = {} }) {
  const names = Object.keys(properties);
  const strings = [`<${tag}${attributeText(attributes)}`];
  for (const name of names) {
    strings[strings.length - 1] += ` .${name}=`;
    strings.push('');
  }
  strings[strings.length - 1] += `></${tag}>`;
  return html(Object.assign([...strings], { raw: [...strings] }), ...names.map((name) => properties[name]));
}

const intake = JSON.parse(read('data/intake.json'));
const adultMen = intake.values.find(
  (value) => value.kind === 'adequate-intake' && value.ageGroup === '18+' && value.sex === 'male',
).valueMg;
const firstWithLevel = (level) =>
  JSON.parse(read('data/symptoms.json'))
    .symptoms.map((symptom) => symptom.id)
    .find((id) => assessSymptoms([id]).level === level);

/** Each widget with a preset that shows a first result, and what that result must say in a locale. */
const checkerProduct = { mgPerUnit: 100, mgBasis: 'elemental', unitsPerDay: 2 };
const presets = {
  'mg-dose-table': {
    attributes: 'age-group="18+" sex="male"',
    expect: (locale) => [
      escaped(prefix(locale, 'dose-table.status')),
      escaped(message(locale, 'unit.mg-amount', [adultMen])),
    ],
  },
  'mg-symptom-checklist': {
    attributes: `selected="${firstWithLevel('emergency')}"`,
    expect: (locale) => [message(locale, 'symptoms.level.emergency', [contactsFor(locale).emergencyNumber])],
  },
  'mg-risk-quiz': {
    attributes: 'heading-level="4" dose-checker-href="#tilskud"',
    expect: (locale) => [escaped(message(locale, 'quiz.intro')), escaped(message(locale, 'quiz.start'))],
  },
  'mg-dose-checker': {
    attributes: `mg-per-unit="${checkerProduct.mgPerUnit}" units-per-day="${checkerProduct.unitsPerDay}"`,
    expect: (locale) => {
      const { verdict } = evaluateSupplements(
        { ageGroup: '18+', sex: null, lifeStage: 'none', kidneyDisease: 'unknown', medicines: [] },
        [checkerProduct],
      );
      return [`verdict-${verdict}`, escaped(prefix(locale, `checker.verdict.${verdict}`))];
    },
  },
  'mg-sources': {
    attributes: 'source-ids="nnr-2023 efsa-2015-magnesium" open',
    expect: (locale) => [escaped(message(locale, 'sources.heading', [2]))],
  },
};

test('every npm entry point imports in Node (an entry for an optional peer that is not installed says which)', async () => {
  const { exports, peerDependenciesMeta } = JSON.parse(read('package.json'));
  const optional = Object.keys(peerDependenciesMeta).filter((name) => peerDependenciesMeta[name].optional);
  for (const [name, target] of Object.entries(exports)) {
    const file = typeof target === 'string' ? target : (target.node ?? target.default);
    if (!file.endsWith('.js')) continue;
    try {
      await import(new URL(file, root));
    } catch (error) {
      // ./react needs @lit/react and react, which a site installs (test/consumers imports it in a React app).
      const missing = /Cannot find package '([^']+)'/.exec(String(error))?.[1];
      assert.ok(missing && optional.includes(missing), `${name}: ${error}`);
    }
  }
});

test('the ssr entry renders all five widgets', () => {
  assert.deepEqual([...widgetTags].sort(), Object.keys(presets).sort());
});

for (const locale of allLocales) {
  test(`every widget in ${locale}, default and preset: shadow roots, the locale's text, no console output`, async () => {
    for (const tag of widgetTags) {
      for (const markup of [`<${tag}></${tag}>`, `<${tag} ${presets[tag].attributes}></${tag}>`]) {
        const { result: out, warn, error } = await recordingConsole(() => renderToString(markup, { locale }));
        assert.deepEqual(error, [], `${markup} (${locale}): console.error`);
        assert.deepEqual(warn, [], `${markup} (${locale}): console.warn`);
        assertShadowRoots(out, `${markup} (${locale})`);
        assert.ok(out.includes(`<!--mg-ssr ${locale}`), `${markup} (${locale}): stamped with the locale`);
      }
      const out = await renderToString(`<${tag} ${presets[tag].attributes}></${tag}>`, { locale });
      for (const text of presets[tag].expect(locale))
        assert.ok(textOf(out).includes(text), `<${tag}> in ${locale} shows ${text}`);
    }
  });
}

test("the dose table shows the men's adequate intake from data/ in English", async () => {
  const out = await renderToString('<mg-dose-table age-group="18+" sex="male"></mg-dose-table>', { locale: 'en' });
  assert.ok(out.includes(message('en', 'unit.mg-amount', [adultMen])), `${adultMen} mg`);
});

test('every fixture renders in every locale (properties set as a script would), warnings only for bad input', async () => {
  const files = await loadFixtures();
  assert.equal(files.length, 5, 'one fixture file per widget');
  let count = 0;
  for (const { tag, fixtures } of files) {
    for (const fixture of fixtures) {
      for (const locale of allLocales) {
        const context = `${tag} "${fixture.name}" (${locale})`;
        const {
          result: out,
          warn,
          error,
        } = await recordingConsole(() => renderToString(fixtureTemplate(tag, fixture), { locale }));
        assert.deepEqual(error, [], `${context}: console.error`);
        if (fixture.badInput)
          assert.ok(warn.length > 0 && warn.every((line) => line.startsWith('[magnesium-widgets]')), context);
        else assert.deepEqual(warn, [], `${context}: console.warn`);
        assertShadowRoots(out, context);
        count++;
      }
    }
  }
  assert.ok(count >= 40 * 6, `rendered ${count} fixture states`);
});

test('a preset checklist ticks exactly its preset signs on the server', async () => {
  const ids = [firstWithLevel('self-care'), firstWithLevel('doctor')].filter(Boolean);
  assert.ok(ids.length > 0);
  const out = await renderToString(`<mg-symptom-checklist selected="${ids.join(' ')}"></mg-symptom-checklist>`);
  const ticked = [...out.matchAll(/<input type="checkbox"[^>]*value="([\w-]+)"([^>]*)>/g)]
    .filter(([, , rest]) => /\schecked(?:=|\s|$)/.test(rest))
    .map(([, id]) => id);
  assert.deepEqual(ticked.sort(), [...ids].sort());
});

test('the risk quiz with answers set as a script would shows its result, at the preset heading level', async () => {
  const quiz = (await loadFixtures()).find((file) => file.tag === 'mg-risk-quiz');
  const { properties } = quiz.fixtures.find((fixture) => fixture.name.startsWith('Result: high'));
  for (const locale of allLocales) {
    const out = await renderToString(
      fixtureTemplate('mg-risk-quiz', { attributes: { 'heading-level': '4' }, properties }),
      { locale },
    );
    assert.ok(out.includes('aria-level="4"') && out.includes(escaped(message(locale, 'quiz.result-heading'))), locale);
  }
});

test('the same input renders the same output twice (no per-process state in a render)', async () => {
  const markup = widgetTags.map((tag) => `<${tag} ${presets[tag].attributes}></${tag}>`).join('\n');
  assert.equal(await renderToString(markup, { locale: 'sv' }), await renderToString(markup, { locale: 'sv' }));
});

test('da and en (and de, sv) rendered at the same time never mix', async () => {
  const markup = widgetTags.map((tag) => `<${tag} ${presets[tag].attributes}></${tag}>`).join('\n');
  const cycle = ['da', 'en', 'en', 'de', 'da', 'sv', 'en', 'da'];
  const alone = {};
  for (const locale of new Set(cycle)) alone[locale] = await renderToString(markup, { locale });
  assert.notEqual(alone.da, alone.en);
  const locales = [...cycle, ...cycle];
  const together = await Promise.all(locales.map((locale) => renderToString(markup, { locale })));
  together.forEach((out, index) =>
    assert.ok(out === alone[locales[index]], `render ${index} (${locales[index]}) differs from the same render alone`),
  );
});

test('no locale is da; a language without texts is English with one warning per tag', async () => {
  // A widget without contacts (those follow the region: pl-PL has 112, a page in plain English does not say).
  const markup = '<mg-risk-quiz heading-level="3"></mg-risk-quiz>';
  assert.equal(await renderToString(markup), await renderToString(markup, { locale: 'da' }));
  const english = await renderToString(markup, { locale: 'en' });
  for (const locale of ['pl-PL', 'not a tag']) {
    const first = await recordingConsole(() => renderToString(markup, { locale }));
    assert.equal(first.result, english, locale);
    assert.equal(first.warn.length, 1, `${locale}: one warning`);
    assert.match(first.warn[0], /^\[magnesium-widgets\] .*not a tag|^\[magnesium-widgets\] .*pl-PL/);
    const again = await recordingConsole(() => renderToString(markup, { locale }));
    assert.deepEqual(again.warn, [], `${locale}: warned once`);
  }
  assert.equal(await renderToString(markup, { locale: 'nn-NO' }), await renderToString(markup, { locale: 'nb' }));
});

test('contacts follow the region subtag, and the country option wins', async () => {
  const emergency = firstWithLevel('emergency');
  const urgent = firstWithLevel('urgent');
  const checklist = `<mg-symptom-checklist selected="${emergency} ${urgent}"></mg-symptom-checklist>`;
  const urgentOnly = `<mg-symptom-checklist selected="${urgent}"></mg-symptom-checklist>`;
  for (const [options, tag] of [
    [{ locale: 'en-GB' }, 'en-GB'],
    [{ locale: 'de-AT' }, 'de-AT'],
    [{ locale: 'sv-FI' }, 'sv-FI'],
    [{ locale: 'nb' }, 'nb'],
    [{ locale: 'en', country: 'gb' }, 'en-GB'],
    [{ locale: 'en-GB', country: 'IE' }, 'en-IE'],
    [{ locale: 'de', country: 'AT' }, 'de-AT'],
  ]) {
    const contacts = contactsFor(tag);
    const locale = tag.split('-')[0];
    const out = await renderToString(checklist, options);
    // "Call 999 now", or with a second number "Call 999 or 112 now" (the words between come from another message).
    const [before] = escaped(message(locale, 'symptoms.level.emergency', ['\u0000'])).split('\u0000');
    const numbers = [contacts.emergencyNumber, contacts.alternativeEmergencyNumber].filter(Boolean);
    assert.ok(
      textOf(out).includes(`${before}${numbers[0]}`) && numbers.every((number) => textOf(out).includes(number)),
      `${JSON.stringify(options)}: emergency ${numbers.join(' / ')}`,
    );
    if (contacts.urgentNumber) {
      const shown = await renderToString(urgentOnly, options);
      assert.ok(shown.includes(contacts.urgentNumber), `${JSON.stringify(options)}: urgent ${contacts.urgentNumber}`);
    }
  }
  const { warn } = await recordingConsole(() => renderToString(checklist, { locale: 'en', country: 'Britain' }));
  assert.equal(warn.length, 1);
  assert.match(warn[0], /^\[magnesium-widgets\] .*country "Britain"/);
});

test('a widget that fails on the server leaves the markup as it was (it renders in the browser), with one error', async () => {
  const quiz = globalThis.customElements.get('mg-risk-quiz').prototype;
  const render = Object.getOwnPropertyDescriptor(quiz, 'render');
  Object.defineProperty(quiz, 'render', {
    configurable: true,
    value() {
      throw new Error('broken on purpose');
    },
  });
  try {
    const markup = '<p>Før</p><mg-risk-quiz heading-level="3"></mg-risk-quiz>';
    const { result, error } = await recordingConsole(() => renderToString(markup, { locale: 'da' }));
    assert.equal(result, markup);
    assert.equal(error.length, 1);
    assert.match(error[0], /^\[magnesium-widgets\] renderToString: could not render.*broken on purpose/s);
  } finally {
    Object.defineProperty(quiz, 'render', render);
  }
  assertShadowRoots(await renderToString('<mg-risk-quiz></mg-risk-quiz>'), 'restored');
});

test('markup around the widgets is kept; fallback content stays inside the tag', async () => {
  const markup =
    '<section class="x"><h2>Dose</h2><mg-dose-table><table><tr><td>350 mg</td></tr></table></mg-dose-table></section>';
  const out = await renderToString(markup, { locale: 'en' });
  assert.ok(out.startsWith('<section class="x"><h2>Dose</h2><mg-dose-table'));
  assert.ok(out.endsWith('</template><table><tr><td>350 mg</td></tr></table></mg-dose-table></section>'));
  await assert.rejects(() => renderToString(42), /renderToString: markup must be/);
});

test('dist/html/: every widget in every locale, a country file exactly where the contacts differ', () => {
  const dir = new URL('dist/html/', root);
  const regions = { en: ['GB', 'IE', 'MT'], sv: ['FI'], de: ['AT', 'CH', 'LI', 'LU', 'BE'] };
  for (const tag of widgetTags.filter((each) => each !== 'mg-sources')) {
    for (const locale of allLocales) {
      const file = new URL(`${tag}.${locale}.html`, dir);
      assert.ok(existsSync(file), `${tag}.${locale}.html`);
      const fragment = readFileSync(file, 'utf8');
      assert.ok(fragment.startsWith(`<${tag}><template shadowroot="open" shadowrootmode="open"><!--mg-ssr ${locale}`));
      assertShadowRoots(fragment, `${tag}.${locale}.html`);
      for (const region of regions[locale] ?? []) {
        const differs = JSON.stringify(contactsFor(`${locale}-${region}`)) !== JSON.stringify(contactsFor(locale));
        const exists = existsSync(new URL(`${tag}.${locale}-${region}.html`, dir));
        // The widgets that name an emergency number: the checklist, and the table and checker ("too much" lines).
        assert.equal(exists, differs && tag !== 'mg-risk-quiz', `${tag}.${locale}-${region}.html`);
      }
    }
  }
  for (const [tag, locale] of [
    ['en-GB', 'en'],
    ['de-AT', 'de'],
  ]) {
    const fragment = readFileSync(new URL(`mg-symptom-checklist.${tag}.html`, dir), 'utf8');
    assert.ok(fragment.includes(contactsFor(tag).emergencyNumber), `${tag}: emergency number`);
    assert.ok(fragment.includes(`<!--mg-ssr ${locale} `), `${tag}: stamp`);
  }
});
