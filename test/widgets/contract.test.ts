// The public contract in custom-elements.json (editors, Storybook and the framework types are made from it) against
// the running elements: every registered tag is in it with its attributes, typed events, parts and custom
// properties; every --mg-* token an element's styles use is documented (@cssprop), and every documented one is used.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../../components/define.js';
import { mountFixture } from '../support/mount.js';
import { doseCheckerFixtures } from '../../components/dose-checker/dose-checker.fixtures.js';
import { doseTableFixtures } from '../../components/dose-table/dose-table.fixtures.js';
import { riskQuizFixtures } from '../../components/risk-quiz/risk-quiz.fixtures.js';
import { sourcesFixtures } from '../../components/sources/sources.fixtures.js';
import { symptomChecklistFixtures } from '../../components/symptom-checklist/symptom-checklist.fixtures.js';
import { setLocale } from '../../components/localization.js';
import '../support/fresh-page.js';

interface Named {
  name: string;
  type?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: Named[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const tags = ['mg-sources', 'mg-dose-table', 'mg-symptom-checklist', 'mg-risk-quiz', 'mg-dose-checker'];
const fixtureFiles = [
  sourcesFixtures,
  doseTableFixtures,
  symptomChecklistFixtures,
  riskQuizFixtures,
  doseCheckerFixtures,
];

type ElementClass = CustomElementConstructor & { observedAttributes: string[]; elementStyles: CSSResult[] };

/**
 * The public `--mg-*` tokens a stylesheet depends on: those it reads with `var(--mg-…)`, and those behind every
 * private `--_mg-*` it reads (followed through the private definitions, e.g. the focus ring falls back to the accent).
 */
export function publicTokensUsed(cssText: string): Set<string> {
  const definitions = new Map<string, string>();
  for (const match of cssText.matchAll(/(--_mg-[a-z-]+)\s*:\s*([^;]+);/g)) {
    definitions.set(match[1]!, `${definitions.get(match[1]!) ?? ''} ${match[2]!}`);
  }
  // Reads outside the private definitions: the rules that style something.
  const rules = cssText.replace(/--_mg-[a-z-]+\s*:\s*[^;]+;/g, '');
  const used = new Set<string>();
  const seen = new Set<string>();
  const follow = (text: string): void => {
    for (const match of text.matchAll(/var\(\s*(--_?mg-[a-z-]+)/g)) {
      const name = match[1]!;
      if (!name.startsWith('--_')) used.add(name);
      else if (!seen.has(name)) {
        seen.add(name);
        follow(definitions.get(name) ?? '');
      }
    }
  };
  follow(rules);
  return used;
}

describe('custom-elements.json: the public contract', () => {
  let manifest: Manifest;
  const declaration = (tag: string): Declaration => {
    const found = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
    if (!found) throw new Error(`<${tag}> is not in custom-elements.json (missing @tagname?)`);
    return found;
  };

  before(async () => {
    // The test server serves JSON as a module; a path in a variable keeps tsc from needing the generated file.
    const path = '/custom-elements.json';
    manifest = ((await import(path)) as { default: Manifest }).default;
  });
  after(() => setLocale('auto'));

  it('lists every registered widget tag, and only those', () => {
    const registered = tags.filter((tag) => customElements.get(tag));
    expect(registered).to.deep.equal(tags);
    const documented = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => d.tagName ?? []);
    expect([...documented].sort()).to.deep.equal([...tags].sort());
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('documents exactly the attributes the element observes', () => {
        const observed = (customElements.get(tag) as ElementClass).observedAttributes;
        const documented = (declaration(tag).attributes ?? []).map((attribute) => attribute.name);
        expect([...documented].sort()).to.deep.equal([...observed].sort());
      });

      it('lists public members only, and every event with its detail type', () => {
        for (const member of declaration(tag).members ?? []) {
          expect(member.privacy ?? 'public', member.name).to.equal('public');
          expect(member.static ?? false, member.name).to.equal(false);
        }
        for (const event of declaration(tag).events ?? []) {
          expect(event.type?.text ?? '', event.name).to.match(/^Mg(Change|Result)Event<\w+>$/);
        }
      });

      it('documents every --mg-* token its styles use (@cssprop), and uses every one it documents', () => {
        const css = (customElements.get(tag) as ElementClass).elementStyles.map((sheet) => sheet.cssText).join('\n');
        const used = [...publicTokensUsed(css)].sort();
        const documented = (declaration(tag).cssProperties ?? []).map((property) => property.name).sort();
        expect(documented).to.deep.equal(used);
      });

      it('documents every part its fixtures render (@csspart)', async () => {
        const documented = new Set((declaration(tag).cssParts ?? []).map((part) => part.name));
        const file = fixtureFiles.find((each) => each.tag === tag)!;
        const rendered = new Set<string>();
        for (const state of file.fixtures.filter((each) => !each.dark)) {
          const element = await mountFixture(tag, state);
          for (const node of element.shadowRoot!.querySelectorAll('[part]')) {
            for (const part of node.getAttribute('part')!.split(/\s+/)) rendered.add(part);
          }
          element.parentElement!.remove();
        }
        expect([...rendered].filter((part) => !documented.has(part))).to.deep.equal([]);
      });
    });
  }
});

describe('publicTokensUsed (the token rule itself)', () => {
  it('finds direct reads and follows private tokens to their public hooks', () => {
    const css = `:host { --_mg-focus: var(--mg-focus-color, var(--_mg-accent)); --_mg-accent: var(--mg-accent, #00f);
      --_mg-ok: var(--mg-ok, green); } :focus-visible { outline: 3px solid var(--_mg-focus); }
      .x { width: var(--mg-x-width, auto); }`;
    // --mg-ok is defined but nothing reads --_mg-ok: not used.
    expect([...publicTokensUsed(css)].sort()).to.deep.equal(['--mg-accent', '--mg-focus-color', '--mg-x-width']);
  });
});
