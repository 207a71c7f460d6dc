// The "Theming" docs page: every public --mg-* custom property and every ::part of every widget (listed from
// custom-elements.json, so the page cannot fall behind the elements), live on a widget with controls, and a brand
// colour example. Each story renders one widget (the page colours are set on the widget itself).
import type { Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import type { Fixture, FixtureFile } from '../components/base/fixture.js';
import { doseCheckerFixtures } from '../components/dose-checker/dose-checker.fixtures.js';
import { doseTableFixtures } from '../components/dose-table/dose-table.fixtures.js';
import { riskQuizFixtures } from '../components/risk-quiz/risk-quiz.fixtures.js';
import { symptomChecklistFixtures } from '../components/symptom-checklist/symptom-checklist.fixtures.js';
import { sourcesFixtures } from '../components/sources/sources.fixtures.js';
import { declarationOf } from './story-helpers.js';

/** Each widget in the state that shows the most of its colours. */
const widgets: Record<string, [FixtureFile, string]> = {
  'mg-dose-checker': [doseCheckerFixtures, 'Magnesium oxide as salt weight: above the upper limit'],
  'mg-dose-table': [doseTableFixtures, 'Marked: women 18+'],
  'mg-risk-quiz': [riskQuizFixtures, 'Result: high (well-documented group)'],
  'mg-symptom-checklist': [symptomChecklistFixtures, 'Emergency: chest pain'],
  'mg-sources': [sourcesFixtures, 'Open'],
};
const tags = Object.keys(widgets);

/** What the tokens every widget shares change, in a site owner's words (defaults from tokens.styles.ts). */
const sharedTokens: Record<string, string> = {
  '--mg-accent':
    'Borders of buttons; fills (copy and quiz buttons, the table’s “your row” label, the meter); ticks; the focus ring. Default: blue mixed half-and-half with your text colour. Any brand colour works: text on it uses `--mg-on-accent`, and outline buttons and links use your text colour.',
  '--mg-on-accent':
    'Text on accent fills. Default: white or black, whichever contrasts more with the accent (4.5:1 or more for any accent).',
  '--mg-border-color':
    'Card borders and table rules (default: your text colour at 35 %), fields, selects and the meter (at 70 %). Fields need 3:1 against your background.',
  '--mg-danger':
    'Emergency box, urgent markers, a total above the limit, error text. Default: red mixed half-and-half with your text colour. It is also a text colour: keep 4.5:1.',
  '--mg-warning': 'Markers of other warnings and of rejected settings. Default: amber mixed with your text colour.',
  '--mg-ok': 'A total at or below the limit (text). Default: green mixed with your text colour; keep 4.5:1.',
  '--mg-surface': 'Background of cards and boxes. Default: your text colour at 5 % (transparent enough for any page).',
  '--mg-radius': 'Corner radius (default 0.5rem).',
  '--mg-gap': 'Space between blocks (default 1rem).',
  '--mg-focus-color':
    'The outer focus ring (default: the accent). An inner ring in your text colour keeps the ring visible whatever you choose.',
};

interface Token {
  name: string;
  description: string;
}
const tokensOf = (tag: string): Token[] =>
  (declarationOf(tag).cssProperties ?? []).map((each) => ({
    name: each.name,
    description: (each as { description?: string }).description ?? '',
  }));
const partsOf = (tag: string): Token[] =>
  (declarationOf(tag).cssParts ?? []).map((each) => ({
    name: each.name,
    description: (each as { description?: string }).description ?? '',
  }));
const own = (tag: string, token: string) => token.startsWith(`--mg-${tag.slice(3)}-`);

/** Every token in the manifest that is not a widget's own: the shared ones (described above, or by the manifest). */
const shared = [
  ...new Set(
    tags.flatMap((tag) =>
      tokensOf(tag)
        .filter((token) => !own(tag, token.name))
        .map((token) => token.name),
    ),
  ),
].sort((a, b) => Object.keys(sharedTokens).indexOf(a) - Object.keys(sharedTokens).indexOf(b));
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function docsPage(): string {
  const rows = shared.map((name) => {
    const users = tags.filter((tag) => tokensOf(tag).some((token) => token.name === name));
    const description =
      sharedTokens[name] ?? tokensOf(users[0]!).find((token) => token.name === name)?.description ?? '';
    return `| \`${name}\` | ${cell(description)} | ${users.map((tag) => `\`${tag}\``).join(' ')} |`;
  });
  const perWidget = tags.map((tag) => {
    const ownTokens = tokensOf(tag).filter((token) => own(tag, token.name));
    return [
      `#### \`<${tag}>\``,
      '',
      ...(ownTokens.length
        ? ['| its own custom property | what it changes |', '| --- | --- |']
        : ['No custom properties of its own.']),
      ...ownTokens.map((token) => `| \`${token.name}\` | ${cell(token.description)} |`),
      '',
      '| `::part()` | what it is |',
      '| --- | --- |',
      ...partsOf(tag).map((part) => `| \`${tag}::part(${part.name})\` | ${cell(part.description)} |`),
    ].join('\n');
  });
  return [
    'The widgets take the page’s font, text colour and background. Every colour they add is **mixed from your text colour**, so they stay readable on a light page, a dark page with `color-scheme: dark` and a dark page without it (most WordPress dark styles): status colours keep 4.5:1 wherever your own text has about 7:1. The OS’s dark mode alone never changes them. Links and outline buttons use your text colour; the accent goes into borders, fills and focus rings.',
    '',
    'Set a token on the widget or on any element around it, in your own stylesheet (a `style` attribute is blocked by a strict Content-Security-Policy). A brand colour:',
    '',
    '```css',
    'mg-dose-checker, mg-dose-table, mg-risk-quiz, mg-symptom-checklist {',
    '  --mg-accent: #f39200; /* text on it turns black by itself (--mg-on-accent) */',
    '  --mg-radius: 2px;',
    '}',
    'mg-dose-checker::part(copy-button) {',
    '  text-transform: uppercase;',
    '}',
    '```',
    '',
    'Try them in the stories below: **Brand colour** and **Dark page without color-scheme** have a control for every shared token, **Every token** sets them all at once, and **Parts** outlines the `::part()` you pick. In Windows high contrast (forced colours) the widgets use the system colours: the reader’s table row, the verdict, urgent warnings and the 112 box keep frames of their own there. Browsers older than Chrome 131, Firefox 133 and Safari 18 get fixed light-page colours.',
    '',
    '### Shared custom properties',
    '',
    '| custom property | what it changes | widgets |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '### Each widget’s own custom properties and parts',
    '',
    ...perWidget.flatMap((each) => [each, '']),
  ].join('\n');
}

const pages = {
  'Light page': { color: '#1a1a1a', background: '#ffffff', colorScheme: 'light' },
  'Dark page with color-scheme': { color: '#eeeeee', background: '#121212', colorScheme: 'dark' },
  'Dark page without color-scheme': { color: '#f0f0f0', background: '#1c1c1c', colorScheme: 'normal' },
} as const;
type Page = keyof typeof pages;

const allParts = tags.flatMap((tag) => partsOf(tag).map((part) => `${tag}::part(${part.name})`));

const pickedPart = (args: Args) =>
  typeof args.part === 'string' ? /^(mg-[a-z-]+)::part\(([a-z-]+)\)$/.exec(args.part) : null;
/** The widget shown: the one whose part is picked, else the `widget` control's. */
const tagOf = (args: Args) => pickedPart(args)?.[1] ?? String(args.widget);

function render(args: Args): DocumentFragment {
  const tag = tagOf(args);
  const [file, name] = widgets[tag]!;
  const state: Fixture = file.fixtures.find((each) => each.name === name)!;
  const element = document.createElement(tag);
  for (const [attribute, value] of Object.entries(state.attributes ?? {})) element.setAttribute(attribute, value);
  Object.assign(element, state.properties ?? {});
  // The page around the widget, set on the widget itself (it inherits from there), through CSSOM.
  const page = pages[(args.page as Page | undefined) ?? 'Light page'];
  element.style.setProperty('color', page.color);
  element.style.setProperty('background', page.background);
  element.style.setProperty('color-scheme', page.colorScheme);
  element.style.setProperty('padding', '1rem');
  for (const token of shared) {
    const value: unknown = args[token];
    if (typeof value === 'string' && value.trim() !== '') element.style.setProperty(token, value);
  }
  const fragment = document.createDocumentFragment();
  fragment.append(element);
  const part = pickedPart(args);
  if (part) {
    const style = document.createElement('style');
    style.textContent = `${tag}::part(${part[2]}) { outline: 3px dashed #c026d3; outline-offset: 2px; }`;
    fragment.append(style);
  }
  return fragment;
}

/** The CSS a site writes for these args. */
function source(args: Args): string {
  const tag = tagOf(args);
  const set = shared.filter((token) => typeof args[token] === 'string' && String(args[token]).trim() !== '');
  const rules = set.length
    ? `${tag} {\n${set.map((token) => `  ${token}: ${String(args[token])};`).join('\n')}\n}`
    : '';
  const part = pickedPart(args) ? `\n${String(args.part)} {\n  /* … */\n}` : '';
  return `<style>\n${rules}${part}\n</style>\n<${tag}></${tag}>`;
}

const colourTokens = new Set(shared.filter((token) => !['--mg-radius', '--mg-gap'].includes(token)));

export default {
  title: 'Theming',
  tags: ['autodocs'],
  render,
  argTypes: {
    widget: { control: 'select', options: tags, table: { category: 'page' } },
    page: { control: 'select', options: Object.keys(pages), table: { category: 'page' } },
    part: { control: 'select', options: ['', ...allParts], table: { category: 'css shadow parts' } },
    ...Object.fromEntries(
      shared.map((token) => [
        token,
        {
          control: colourTokens.has(token) ? 'color' : 'text',
          description: sharedTokens[token] ?? '',
          table: { category: 'css custom properties' },
        },
      ]),
    ),
  },
  args: { widget: 'mg-dose-checker', page: 'Light page' },
  parameters: {
    docs: {
      description: { component: docsPage() },
      source: { language: 'html', transform: (_code: string, context: StoryContext) => source(context.args) },
    },
  },
} satisfies Meta;

export const BrandColour: StoryObj = {
  name: 'Brand colour (--mg-accent: #f39200)',
  args: { '--mg-accent': '#f39200' },
};

export const BrandColourOnADarkPage: StoryObj = {
  name: 'Brand colour on a dark page without color-scheme',
  args: { '--mg-accent': '#f39200', page: 'Dark page without color-scheme', widget: 'mg-risk-quiz' },
};

export const DarkPageWithoutColorScheme: StoryObj = {
  name: 'Dark page without color-scheme (defaults)',
  args: { page: 'Dark page without color-scheme', widget: 'mg-symptom-checklist' },
};

export const EveryToken: StoryObj = {
  name: 'Every token',
  args: {
    widget: 'mg-dose-table',
    '--mg-accent': '#6d28d9',
    '--mg-on-accent': '#ffffff',
    '--mg-border-color': '#6d28d9',
    '--mg-danger': '#b91c1c',
    '--mg-warning': '#92400e',
    '--mg-ok': '#166534',
    '--mg-surface': '#f5f3ff',
    '--mg-radius': '0',
    '--mg-gap': '2rem',
    '--mg-focus-color': '#c026d3',
  },
};

export const Parts: StoryObj = {
  name: 'Parts (outlined)',
  args: { widget: 'mg-dose-checker', part: 'mg-dose-checker::part(copy-button)' },
};
