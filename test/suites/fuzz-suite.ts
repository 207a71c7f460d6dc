// Fuzzing every attribute and property of an element with fast-check, driven by its attribute table
// (test/<widget>/table.ts). One element is reused: each case sets one value, waits for the update, checks the
// oracle, then restores the preset (valid) value so the next invalid value warns afresh.
//
// The element comes from its built CDN file (`table.bundle`, as sites load it; `npm run build` first): the artefact
// that ships, minified, with Lit's production build. The source modules run Lit's development build, whose checks
// made the fuzz take about 1.5 times as long and which the oracle does not read (their warnings lack our prefix).
//
// Oracle, per case:
// - nothing throws into the page (setter, update, window error, unhandled rejection, console.error);
// - an attribute value the validity predicate rejects gives exactly one `[magnesium-widgets]` warning that
//   names the attribute and what is accepted, and the in-widget message names it; an accepted value gives
//   neither (the predicates are written here from DESIGN.md and the table's `accepted`, not taken from src/,
//   and the table's own valid/invalid examples are checked against them first);
// - a property value: at most one warning, and warning ⇔ in-widget message (both channels agree); values of
//   the wrong type (not a string for a string property, and so on) must be reported;
// - no injected markup becomes DOM: no img/script/iframe/svg/object/embed/link/meta/base/style elements and no
//   on* attributes in the shadow root, no javascript:/data: link, nothing added to the light DOM, and the
//   payloads' `window.__mgPwned` flag is never set.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import type { AttributeSpec, ElementTable } from '../tables/types.js';
import symptomsJson from '../../data/symptoms.json' with { type: 'json' };
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import saltsJson from '../../data/salts.json' with { type: 'json' };
import interactionsJson from '../../data/interactions.json' with { type: 'json' };
import ageGroupsJson from '../../data/age-groups.json' with { type: 'json' };

type Updatable = HTMLElement & { updateComplete: Promise<unknown>; invalidInputs?: ReadonlyArray<{ name: string }> };
type Predicate = (value: string) => boolean;

const isChromium = navigator.userAgent.includes('Chrome');
/** Cases per element: ≥ 10,000 in Chromium, a sample elsewhere (FUZZ_RUNS in the URL overrides nothing; fixed here). */
export const fuzzRuns = isChromium ? { attributes: 10000, properties: 2000 } : { attributes: 300, properties: 60 };

const idSet = (ids: string[]) => new Set(ids);
const symptomIds = idSet((symptomsJson as { symptoms: Array<{ id: string }> }).symptoms.map((s) => s.id));
const sourceIds = idSet((sourcesJson as Array<{ id: string }>).map((s) => s.id));
const saltIds = idSet((saltsJson as Array<{ id: string }>).map((s) => s.id));
const medicineIds = idSet((interactionsJson as { medicines: Array<{ id: string }> }).medicines.map((m) => m.id));
const ageGroupIds = idSet((ageGroupsJson as { groups: Array<{ id: string }> }).groups.map((g) => g.id));

const tokens = (value: string) => value.split(/\s+/).filter((token) => token !== '');
const idList =
  (ids: Set<string>): Predicate =>
  (value) =>
    tokens(value).every((token) => ids.has(token));
const oneOf =
  (...accepted: string[]): Predicate =>
  (value) =>
    accepted.includes(value);
const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
const decimal = (value: string): number | null => {
  const text = value.trim();
  return DECIMAL.test(text) && Number.isFinite(Number(text)) ? Number(text) : null;
};
const anything: Predicate = () => true;
const safeHref: Predicate = (value) => {
  if (value === '') return true;
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://example.invalid/').protocol);
  } catch {
    return false;
  }
};

/** Validity of an attribute value, per element and attribute (DESIGN.md, the table's `accepted`). */
const predicates: Record<string, Record<string, Predicate>> = {
  'mg-test-element': { level: oneOf('low', 'high'), items: idList(idSet(['a', 'b', 'c'])) },
  'mg-sources': { 'source-ids': idList(sourceIds), open: anything },
  'mg-dose-table': {
    nutrient: oneOf('magnesium', 'calcium', 'vitamin-d', 'potassium'),
    compare: anything,
    'age-group': (value) => ageGroupIds.has(value),
    sex: oneOf('female', 'male'),
    // The preset is 18+ female, where every life stage applies.
    'life-stage': oneOf('none', 'pregnant', 'lactating'),
  },
  'mg-symptom-checklist': {
    selected: idList(symptomIds),
    'emergency-number': (value) => /^[0-9][0-9 ]*$/.test(value.trim()),
    'urgent-contact': (value) => {
      const text = value.trim().replace(/\s+/g, ' ');
      return text.length >= 1 && text.length <= 80 && !/[<>]/.test(text);
    },
  },
  'mg-risk-quiz': { 'heading-level': (value) => /^[2-6]$/.test(value), 'dose-checker-href': safeHref },
  'mg-dose-checker': {
    'product-name': anything,
    salt: (value) => saltIds.has(value),
    'mg-per-unit': (value) => {
      const n = decimal(value);
      return n !== null && n > 0 && n <= 5000;
    },
    // "compound" is valid but then needs a salt (reported on `salt`); the generators leave it out.
    'mg-basis': oneOf('elemental', 'compound'),
    'units-per-day': (value) => {
      const n = decimal(value);
      return n !== null && n >= 0.5 && n <= 20 && Number.isInteger(n * 2);
    },
    'units-per-pack': (value) => {
      const n = decimal(value);
      return n !== null && Number.isInteger(n) && n >= 1 && n <= 10000;
    },
    'age-group': (value) => ageGroupIds.has(value),
    sex: oneOf('female', 'male'),
    'life-stage': oneOf('pregnant', 'lactating', 'none'),
    'kidney-disease': oneOf('yes', 'no', 'unknown'),
    medicines: idList(medicineIds),
  },
};

/** Validity of a number a script sets on a numeric property (the same ranges as the attributes). */
const numberPredicates: Record<string, (value: number) => boolean> = {
  mgPerUnit: (n) => Number.isFinite(n) && n > 0 && n <= 5000,
  unitsPerDay: (n) => Number.isFinite(n) && n >= 0.5 && n <= 20 && Number.isInteger(n * 2),
  unitsPerPack: (n) => Number.isInteger(n) && n >= 1 && n <= 10000,
  headingLevel: (n) => Number.isInteger(n) && n >= 2 && n <= 6,
};

const payloads = [
  '<img src=x onerror="window.__mgPwned=1">',
  '"><img src=x onerror=window.__mgPwned=1>',
  '<script>window.__mgPwned=1</script>',
  '<svg onload="window.__mgPwned=1"></svg>',
  '<iframe srcdoc="<script>parent.__mgPwned=1</script>"></iframe>',
  '<style>*{display:none!important}</style>',
  '<a href="javascript:window.__mgPwned=1">x</a>',
  'javascript:window.__mgPwned=1',
  ' JaVaScRiPt:window.__mgPwned=1',
  'java\tscript:window.__mgPwned=1',
  'data:text/html,<script>window.__mgPwned=1</script>',
  'vbscript:msgbox(1)',
  '${window.__mgPwned=1}',
  '{{constructor.constructor("window.__mgPwned=1")()}}',
  '<!--',
  ']]>',
  '</mg-dose-checker><img src=x onerror=window.__mgPwned=1>',
];
const adversarial = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\u00a0',
  '\ufeff',
  '\u202e',
  '\ud800',
  '💊',
  'é',
  '１１２',
  '٣',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__defineGetter__',
  'valueOf',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"__proto__":{"polluted":1}}',
  '0',
  '-0',
  '-1',
  '0x10',
  '1e3',
  '1_000',
  '1e308',
  '1e-308',
  '9'.repeat(400),
  '0.1'.padEnd(400, '1'),
  'x'.repeat(10000),
  ...payloads,
];

const numberish = fc.oneof(
  fc.integer().map(String),
  fc.integer({ min: -10, max: 10010 }).map(String),
  fc.tuple(fc.integer({ min: -5, max: 5005 }), fc.integer({ min: 0, max: 99 })).map(([i, d]) => `${i}.${d}`),
  fc
    .tuple(fc.integer({ min: 0, max: 25 }), fc.constantFrom('0', '5', '25', '50', '3', '05'))
    .map(([i, d]) => `${i}.${d}`),
  fc.double().map(String),
  fc.constantFrom('.5', '5.', '1,5', '2.5e1', '+1', ' 1', '1 ', '\u00a01', '01', '000150'),
);
const whitespace = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '');

/** Values for one attribute: random and adversarial, mixed with its valid examples and ids. */
function attributeValues(spec: AttributeSpec, ids: string[]): fc.Arbitrary<string> {
  const known = [...new Set([...spec.valid, ...spec.invalid, ...ids])];
  const pieces = fc.oneof(
    { weight: 3, arbitrary: known.length > 0 ? fc.constantFrom(...known) : fc.constant('x') },
    { weight: 2, arbitrary: fc.constantFrom(...adversarial) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known, ...adversarial) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 2, arbitrary: numberish },
    // Lists and padded values: valid ids with random or hostile neighbours.
    {
      weight: 3,
      arbitrary: fc
        .array(fc.tuple(pieces, whitespace), { minLength: 1, maxLength: 5 })
        .map((parts) => parts.map(([piece, space]) => `${piece}${space || ' '}`).join('')),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(whitespace, pieces, whitespace).map(([a, b, c]) => `${a}${b}${c}`),
    },
  );
}

/** Script values of every shape: primitives, arrays, objects with prototype keys, odd prototypes. */
const hostileObjects = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__":{"polluted":1}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
  Object.create(null),
  Object.assign(Object.create(null), { ageGroup: '18+' }),
  [1, 2, 3],
  [[]],
  [{}],
  new Date(0),
  /x/,
  new Map(),
  Symbol('s'),
  () => 1,
  10n,
  { toString: () => 'fatigue' },
  { valueOf: () => 3 },
  { length: 1, 0: 'fatigue' },
  [{ mgPerUnit: 100, unitsPerDay: 1, __proto__: { polluted: 1 } }],
  [{ mgPerUnit: Number.NaN, unitsPerDay: 1 }],
  [{ mgPerUnit: 1e308, unitsPerDay: 1 }],
  [{ mgPerUnit: '100', unitsPerDay: '1' }],
  [{ mgPerUnit: 100, unitsPerDay: 1, salt: '__proto__', mgBasis: 'compound' }],
  [{ mgPerUnit: 100, unitsPerDay: 1, name: '<img src=x onerror="window.__mgPwned=1">' }],
  { ageGroup: '__proto__' },
  { ageGroup: '18+', medicines: ['__proto__', 'constructor'] },
  { 'age-group': '18+', __proto__: { alcohol: 'yes' } },
  { 'age-group': '18+', constructor: 'yes' },
  Number.NaN,
  -0,
  Number.MAX_VALUE,
  -Infinity,
);
const propertyValues = (spec: AttributeSpec, strings: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 2, arbitrary: strings },
    { weight: 1, arbitrary: fc.constantFrom(...(spec.invalidProperty ?? [null])) },
    { weight: 2, arbitrary: hostileObjects },
    {
      weight: 3,
      arbitrary: fc.anything({
        maxDepth: 2,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        key: fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom('__proto__', 'constructor', 'ageGroup', 'mgPerUnit'),
        ),
      }),
    },
  );

const forbiddenTags = 'img, script, iframe, svg, object, embed, link, meta, base, style, frame, video, audio, math';

/** Injected markup among these shadow-root elements: forbidden tags, on* attributes, links that are not web links. */
function markupProblems(nodes: Iterable<Element>): string[] {
  const problems: string[] = [];
  for (const node of nodes) {
    if (node.matches(forbiddenTags)) problems.push(`<${node.localName}> in the shadow root`);
    for (const attribute of node.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`${attribute.name}= on <${node.localName}>`);
    }
    if (node.localName === 'a' && node.hasAttribute('href')) {
      const link = node as HTMLAnchorElement;
      // Phone numbers are tel: links (digits only); anything else must be a web link.
      const phone = link.protocol === 'tel:' && /^tel:\d+$/.test(link.getAttribute('href') ?? '');
      if (!phone && !['http:', 'https:', location.protocol].includes(link.protocol))
        problems.push(`link to ${link.protocol}`);
    }
  }
  return problems;
}

/**
 * The shadow-root elements a case added or changed: added elements with their subtrees, and elements whose attributes
 * changed (a MutationObserver, so a case inspects what it touched instead of the whole tree, which was a fifth of the
 * fuzz's time; each test still scans the whole tree before its first case and after its last).
 */
function watchChanges(root: ShadowRoot): { changed(): Set<Element>; stop(): void } {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((delivered) => records.push(...delivered));
  observer.observe(root, { subtree: true, childList: true, attributes: true });
  return {
    changed() {
      const changed = new Set<Element>();
      for (const record of [...records.splice(0), ...observer.takeRecords()]) {
        if (record.type === 'attributes') changed.add(record.target as Element);
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          changed.add(node);
          for (const inner of node.querySelectorAll('*')) changed.add(inner);
        }
      }
      return changed;
    },
    stop: () => observer.disconnect(),
  };
}

/** The whole shadow tree of the element, checked for injected markup (the start and end of each fuzz test). */
const wholeTreeProblems = (element: Updatable): string[] => markupProblems(element.shadowRoot!.querySelectorAll('*'));

/** Everything that shows injected markup became DOM (among `changed`), or that an attacker's payload ran. */
function injectionProblems(element: Updatable, lightBefore: number, changed: Iterable<Element>): string[] {
  const problems = markupProblems(changed);
  if (element.childNodes.length !== lightBefore) problems.push('light DOM changed');
  if ((window as unknown as { __mgPwned?: unknown }).__mgPwned) problems.push('a payload ran');
  if (({} as Record<string, unknown>)['polluted'] !== undefined) problems.push('Object.prototype polluted');
  return problems;
}

const problemText = (element: Updatable) =>
  [...element.shadowRoot!.querySelectorAll('[part="input-problem"]')].map((node) => node.textContent).join(' ');
const idsFor: Record<string, string[]> = {
  'source-ids': [...sourceIds],
  selected: [...symptomIds],
  salt: [...saltIds],
  medicines: [...medicineIds],
  'age-group': [...ageGroupIds],
};

const describeValue = (value: unknown) => {
  try {
    const text = typeof value === 'bigint' ? `${value}n` : (JSON.stringify(value) ?? String(value));
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/** Runs a property and, on failure, throws the failing assertion itself with the seed to replay it. */
async function check<T>(
  arbitrary: fc.Arbitrary<T>,
  body: (value: T) => Promise<void>,
  numRuns: number,
): Promise<number> {
  let runs = 0;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      runs++;
      await body(value);
    }),
    { numRuns, endOnFailure: true },
  );
  if (details.failed) {
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${cause}\n(fast-check seed ${details.seed}, path ${details.counterexamplePath}, after ${details.numRuns} cases)`,
    );
  }
  return runs;
}

export function fuzzSuite(table: ElementTable): void {
  const elementPredicates = predicates[table.tag];
  describe(`<${table.tag}> fuzzing (fast-check)`, function () {
    this.timeout(600000);
    let element: Updatable;
    const warnings: string[] = [];
    const errors: string[] = [];
    const originalWarn = console.warn;
    const originalError = console.error;
    const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);

    before(async () => {
      console.warn = (...args: unknown[]) => warnings.push(args.map((arg) => String(arg)).join(' '));
      console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map((arg) => String(arg)).join(' ')}`);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      await import(table.bundle);
      const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
      element = document.createElement(table.tag) as Updatable;
      for (const [name, value] of Object.entries(table.preset)) element.setAttribute(name, value);
      wrapper.append(element);
      await customElements.whenDefined(table.tag);
      await element.updateComplete;
    });
    after(() => {
      console.warn = originalWarn;
      console.error = originalError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    it('every attribute has a validity predicate that agrees with the table', () => {
      for (const spec of table.attributes) {
        if (spec.valid.length === 0 && spec.invalid.length === 0) continue; // script-only
        const predicate = elementPredicates?.[spec.attribute];
        expect(predicate, `predicate for ${spec.attribute}`).to.be.a('function');
        for (const value of spec.valid)
          expect(predicate!(value), `${spec.attribute}=${JSON.stringify(value)}`).to.be.true;
        for (const value of spec.invalid)
          expect(predicate!(value), `${spec.attribute}=${JSON.stringify(value)}`).to.be.false;
      }
    });

    const attributeSpecs = table.attributes.filter((spec) => spec.valid.length > 0 || spec.invalid.length > 0);

    async function restore(spec: AttributeSpec): Promise<void> {
      const preset = table.preset[spec.attribute];
      if (preset === undefined) element.removeAttribute(spec.attribute);
      else element.setAttribute(spec.attribute, preset);
      await element.updateComplete;
    }

    it(`${fuzzRuns.attributes} random and adversarial attribute values: reported exactly as DESIGN.md says, nothing injected`, async () => {
      const lightBefore = element.childNodes.length;
      expect(wholeTreeProblems(element), 'before the first case').to.deep.equal([]);
      const watch = watchChanges(element.shadowRoot!);
      const cases = fc.oneof(
        ...attributeSpecs.map((spec) =>
          fc.record({
            spec: fc.constant(spec),
            value: attributeValues(spec, idsFor[spec.attribute] ?? []).filter(
              (value) => !(table.tag === 'mg-dose-checker' && spec.attribute === 'mg-basis' && value === 'compound'),
            ),
          }),
        ),
      );
      let validCases = 0;
      const count = await check(
        cases,
        async ({ spec, value }) => {
          warnings.length = 0;
          errors.length = 0;
          const valid = spec.boolean ? true : elementPredicates![spec.attribute]!(value);
          if (valid) validCases++;
          try {
            element.setAttribute(spec.attribute, value);
            await element.updateComplete;
          } catch (error) {
            errors.push(`threw: ${String(error)}`);
          }
          const ours = warnings.filter((warning) => warning.startsWith('[magnesium-widgets]'));
          const shown = problemText(element);
          const injected = injectionProblems(element, lightBefore, watch.changed());
          await restore(spec);
          const after = problemText(element);
          const holds =
            errors.length === 0 &&
            injected.length === 0 &&
            after === '' &&
            (valid
              ? ours.length === 0 && shown === ''
              : ours.length === 1 &&
                ours[0]!.includes(` ${spec.attribute}: `) &&
                ours[0]!.includes(`accepted: ${spec.accepted}`) &&
                shown.includes(`»${spec.attribute}«`));
          // The assertions below say what failed; they run only when the plain check above fails (building the
          // label and running chai for every case cost a sixth of the fuzz's time).
          if (holds) return;
          const label = `${spec.attribute}=${describeValue(value)} (${valid ? 'valid' : 'invalid'})`;
          expect(errors, `${label}: errors`).to.deep.equal([]);
          expect(injected, `${label}: injected markup`).to.deep.equal([]);
          if (valid) {
            expect(ours, `${label}: warnings`).to.deep.equal([]);
            expect(shown, `${label}: in-widget message`).to.equal('');
          } else {
            expect(ours, `${label}: exactly one warning`).to.have.length(1);
            expect(ours[0], `${label}: the warning names the attribute`).to.include(` ${spec.attribute}: `);
            expect(ours[0], `${label}: the warning says what is accepted`).to.include(`accepted: ${spec.accepted}`);
            expect(shown, `${label}: in-widget message`).to.include(`»${spec.attribute}«`);
          }
          expect(after, `${label}: message gone once the value is valid again`).to.equal('');
          throw new Error(`${label}: the plain check failed but no assertion did`);
        },
        fuzzRuns.attributes,
      );
      watch.stop();
      expect(wholeTreeProblems(element), 'after the last case').to.deep.equal([]);
      expect(count).to.equal(fuzzRuns.attributes);
      console.log(
        `[fuzz] <${table.tag}> ${count} attribute cases in ${navigator.userAgent.match(/(Chrome|Firefox|Version)\/[\d.]+/)?.[0]}: ${validCases} valid, ${count - validCases} invalid`,
      );
      // Guards against a vacuous oracle: both kinds of value are generated in quantity.
      expect(validCases, 'valid cases').to.be.above(count * 0.05);
      expect(count - validCases, 'invalid cases').to.be.above(count * 0.3);
      expect(element.shadowRoot!.querySelector(table.ready), 'still renders its content').to.exist;
    });

    const propertySpecs = table.attributes.filter((spec) => spec.property);
    /** A value for the property that is certainly accepted (restores a clean state). */
    const cleanValue = (spec: AttributeSpec): unknown => {
      const preset = table.preset[spec.attribute];
      if (spec.boolean) return preset !== undefined;
      switch (spec.property) {
        case 'products':
          return [{ mgPerUnit: 150, unitsPerDay: 2, unitsPerPack: 60 }];
        case 'reader':
          return { ageGroup: '18+', kidneyDisease: 'no' };
        case 'answers':
          return {};
        case 'selected':
          return tokens(preset ?? '');
        default:
          return preset ?? null;
      }
    };
    /** Values a property must reject whatever they hold: the wrong type altogether. */
    const wrongType = (spec: AttributeSpec, value: unknown): boolean => {
      if (value === null || value === undefined) return false;
      switch (spec.property) {
        case 'products':
          return !Array.isArray(value);
        case 'reader':
        case 'answers':
          return typeof value !== 'object' || Array.isArray(value);
        case 'selected':
          return !Array.isArray(value);
        case 'sourceIds':
        case 'medicines':
        case 'items':
          // id lists: a space-separated string or an array of ids
          return typeof value !== 'string' && !Array.isArray(value);
        case 'headingLevel':
        case 'mgPerUnit':
        case 'unitsPerDay':
        case 'unitsPerPack':
          // numbers: the attribute's text or a number
          return typeof value !== 'string' && typeof value !== 'number';
        default:
          return spec.boolean ? typeof value !== 'boolean' : typeof value !== 'string';
      }
    };

    it(`${fuzzRuns.properties} random property values of every shape: nothing throws, reported consistently, nothing injected`, async () => {
      const lightBefore = element.childNodes.length;
      expect(wholeTreeProblems(element), 'before the first case').to.deep.equal([]);
      const watch = watchChanges(element.shadowRoot!);
      const cases = fc.oneof(
        ...propertySpecs.map((spec) =>
          fc.record({
            spec: fc.constant(spec),
            value: propertyValues(spec, attributeValues(spec, idsFor[spec.attribute] ?? [])),
          }),
        ),
      );
      const host = element as unknown as Record<string, unknown>;
      // Booleans mirror their attribute: a property write is only checked where the element checks types.
      const typeChecked = (spec: AttributeSpec) => !spec.boolean || (spec.invalidProperty ?? []).length > 0;
      await check(
        cases,
        async ({ spec, value }) => {
          warnings.length = 0;
          errors.length = 0;
          try {
            host[spec.property] = value;
            await element.updateComplete;
          } catch (error) {
            errors.push(`threw: ${String(error)}`);
          }
          const ours = warnings.filter(
            (warning) => warning.startsWith('[magnesium-widgets]') && !warning.includes('do not apply'),
          );
          const shown = problemText(element);
          const injected = injectionProblems(element, lightBefore, watch.changed());
          try {
            host[spec.property] = cleanValue(spec);
            await element.updateComplete;
          } catch (error) {
            errors.push(`restoring threw: ${String(error)}`);
          }
          const afterClean = problemText(element);
          const stringValid =
            typeof value === 'string' && elementPredicates?.[spec.attribute] && !spec.boolean
              ? elementPredicates[spec.attribute]!(value)
              : undefined;
          const numberRule = numberPredicates[spec.property];
          const holds =
            errors.length === 0 &&
            injected.length === 0 &&
            ours.length <= 1 &&
            ours.every((warning) => warning.includes(` ${spec.attribute}: `)) &&
            (ours.length === 1) === shown.includes(`»${spec.attribute}«`) &&
            !(typeChecked(spec) && wrongType(spec, value) && ours.length !== 1) &&
            !(stringValid !== undefined && spec.property !== 'selected' && ours.length !== (stringValid ? 0 : 1)) &&
            !(typeof value === 'number' && numberRule && ours.length !== (numberRule(value) ? 0 : 1)) &&
            afterClean === '';
          // As above: the assertions run only to say what failed.
          if (holds) return;
          const label = `.${spec.property} = ${describeValue(value)}`;
          expect(errors, `${label}: errors`).to.deep.equal([]);
          expect(injected, `${label}: injected markup`).to.deep.equal([]);
          expect(ours.length, `${label}: at most one warning`).to.be.at.most(1);
          for (const warning of ours) expect(warning, label).to.include(` ${spec.attribute}: `);
          expect(ours.length === 1, `${label}: warning ⇔ in-widget message`).to.equal(
            shown.includes(`»${spec.attribute}«`),
          );
          if (typeChecked(spec) && wrongType(spec, value))
            expect(ours, `${label}: a value of the wrong type is reported`).to.have.length(1);
          if (stringValid !== undefined) {
            const valid = stringValid;
            // Script-set strings follow the attribute's rule (the selected list takes an array instead).
            if (spec.property !== 'selected')
              expect(
                ours.length,
                `${label}: string as the attribute would be (${valid ? 'valid' : 'invalid'})`,
              ).to.equal(valid ? 0 : 1);
          }
          if (typeof value === 'number' && numberRule)
            expect(ours.length, `${label}: number (${numberRule(value) ? 'valid' : 'invalid'})`).to.equal(
              numberRule(value) ? 0 : 1,
            );
          expect(afterClean, `${label}: message gone after a clean value`).to.equal('');
          throw new Error(`${label}: the plain check failed but no assertion did`);
        },
        fuzzRuns.properties,
      );
      watch.stop();
      expect(wholeTreeProblems(element), 'after the last case').to.deep.equal([]);
    });
  });
}
