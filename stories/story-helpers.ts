// Turns an element's fixture file into Storybook stories whose args drive the element, so stories and tests show
// the same states and a designer can change every attribute and property from the Controls panel.
//
// - argTypes come from custom-elements.json (the public API only): one control per attribute; properties that no
//   attribute sets (`products`, `reader`, `answers`) get an object control; properties that mirror an attribute
//   keep their row in the API table and point to the attribute's control.
// - Accepted values are the control's options: from the dataset for ids (age groups, salts, medicines, symptoms,
//   sources, nutrients) and from the manifest's own literal types for the small unions (`'yes' | 'no' | …`).
// - Custom properties are text controls (set through CSSOM); parts and events are documented without a control.
// - The source panel shows the HTML to copy for the current args (attributes, a style rule for custom properties,
//   a script for properties).
import type { ArgTypes, Args, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import manifest from '../custom-elements.json' with { type: 'json' };
import type { Fixture, FixtureFile } from '../components/base/fixture.js';
import { createElementFrom } from '../test/support/render.js';
import {
  ageGroupIds,
  lifeStages,
  medicineIds,
  nutrientIds,
  saltIds,
  sexes,
  sourceIds,
  symptomIds,
} from '../src/data/index.js';

interface ManifestType {
  text?: string;
}
interface ManifestAttribute {
  name: string;
  description?: string;
  type?: ManifestType;
  fieldName?: string;
}
interface ManifestMember {
  kind: string;
  name: string;
  description?: string;
  type?: ManifestType;
  attribute?: string;
  readonly?: boolean;
}
interface ManifestElement {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}

/** The element's declaration in custom-elements.json. */
export function declarationOf(tag: string): ManifestElement {
  for (const module of manifest.modules as { declarations?: ManifestElement[] }[])
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tag) return declaration;
  throw new Error(`custom-elements.json has no <${tag}>`);
}

/** Accepted values of named types, from the dataset. */
const optionsByType: Partial<Record<string, () => readonly string[]>> = {
  AgeGroupId: ageGroupIds,
  Sex: sexes,
  LifeStage: lifeStages,
  DoseTableNutrient: () => [...new Set(['magnesium', ...nutrientIds()])],
};
/** Accepted values of attributes typed as plain strings (ids from the dataset; heading levels from the JSDoc). */
const optionsByAttribute: Partial<Record<string, () => readonly (string | number)[]>> = {
  salt: saltIds,
  'heading-level': () => [2, 3, 4, 5, 6],
};
/** Attributes that take a space-separated list of ids: a checkbox per id. */
const listOptions: Partial<Record<string, () => readonly string[]>> = {
  medicines: medicineIds,
  selected: symptomIds,
  'source-ids': sourceIds,
};

const literals = (union: string): string[] | undefined => {
  const parts = union.split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'null' && part !== 'undefined');
  return values.length > 1 && values.every((part) => /^'[^']*'$/.test(part))
    ? values.map((part) => part.slice(1, -1))
    : undefined;
};

/**
 * The options for an attribute: from the dataset (by type name or attribute), from a literal union in its own type,
 * or from the same field's literal union inside a property's object type (`mgBasis?: 'elemental' | 'compound'`).
 */
function optionsFor(element: ManifestElement, attribute: ManifestAttribute): readonly (string | number)[] | undefined {
  const type = attribute.type?.text ?? '';
  const named = type
    .split('|')
    .map((part) => part.trim())
    .find((part) => optionsByType[part]);
  if (named) return optionsByType[named]!();
  if (optionsByAttribute[attribute.name]) return optionsByAttribute[attribute.name]!();
  const own = literals(type);
  if (own) return own;
  const field = attribute.fieldName ?? attribute.name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  for (const member of element.members ?? []) {
    const match = new RegExp(`\\b${field}\\??: ((?:'[^']*'(?: \\| )?)+)`).exec(member.type?.text ?? '');
    if (match) return literals(match[1]!.replace(/ \| $/, ''));
  }
  return undefined;
}

/** Attributes with boolean presence (`compare`, `open`). */
const isBoolean = (attribute: ManifestAttribute) => attribute.type?.text === 'boolean';

/** Controls for every attribute and public property of `tag` (merged over Storybook's API table from the manifest). */
export function argTypesFor(tag: string): ArgTypes {
  const element = declarationOf(tag);
  const argTypes: ArgTypes = {};
  const attributeNames = new Set((element.attributes ?? []).map((attribute) => attribute.name));
  for (const member of element.members ?? []) {
    if (member.kind !== 'field') continue;
    if (member.attribute && member.attribute !== member.name) {
      // A property that mirrors an attribute: its row is the attribute's (which names the property).
      argTypes[member.name] = { table: { disable: true } };
    } else if (!attributeNames.has(member.name)) {
      argTypes[member.name] = {
        control: member.readonly ? false : 'object',
        type: { name: 'object', value: {} },
        table: { category: 'properties' },
      };
    }
  }
  // `type` is set for Storybook's arg mapping (URL args, `args=` in a story link): it drops a value whose type name
  // it does not know, and the manifest's names are TypeScript's (`Sex | null`). The API table keeps those.
  for (const attribute of element.attributes ?? []) {
    const list = listOptions[attribute.name];
    const options = list ? undefined : optionsFor(element, attribute);
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? attribute.fieldName : undefined;
    argTypes[attribute.name] = {
      ...(property ? { description: `${attribute.description ?? ''}\n\nProperty: \`${property}\`.` } : {}),
      table: { category: 'attributes' },
      ...(isBoolean(attribute)
        ? { control: 'boolean', type: { name: 'boolean' } }
        : list
          ? { control: 'check', options: [...list()], type: { name: 'array', value: { name: 'string' } } }
          : options
            ? { control: 'select', options: [...options], type: { name: 'enum', value: [...options] } }
            : { control: 'text', type: { name: 'string' } }),
    };
  }
  // Custom properties are controls too (set on the element, shown in the snippet as a rule); parts and events are
  // documentation only (events are logged in the Actions panel).
  for (const property of element.cssProperties ?? [])
    argTypes[property.name] = { control: 'text', type: { name: 'string' } };
  for (const part of element.cssParts ?? []) argTypes[part.name] = { control: false };
  for (const event of element.events ?? []) argTypes[event.name] = { control: false };
  return argTypes;
}

/** A fixture as args: attribute strings (lists split into ids, presence as true) and properties as they are. */
export function argsFor(tag: string, fixture: Fixture): Args {
  const element = declarationOf(tag);
  const args: Args = {};
  for (const [name, value] of Object.entries(fixture.attributes ?? {})) {
    const attribute = element.attributes?.find((each) => each.name === name);
    if (attribute && isBoolean(attribute)) args[name] = true;
    else if (listOptions[name]) args[name] = value.split(/\s+/).filter(Boolean);
    // Numeric options (heading levels) are numbers, as Storybook parses them from a URL.
    else if (optionsByAttribute[name]?.().includes(Number(value))) args[name] = Number(value);
    else args[name] = value;
  }
  Object.assign(args, fixture.properties ?? {});
  return args;
}

/** Splits args into what becomes an attribute and what is set as a property. */
function split(tag: string, args: Args) {
  const element = declarationOf(tag);
  const attributes: [string, string][] = [];
  const properties: [string, unknown][] = [];
  for (const attribute of element.attributes ?? []) {
    const value: unknown = args[attribute.name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) attributes.push([attribute.name, value.join(' ')]);
    } else attributes.push([attribute.name, value === true ? '' : String(value)]);
  }
  const attributeNames = new Set(attributes.map(([name]) => name));
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.attribute || attributeNames.has(member.name)) continue;
    if (args[member.name] !== undefined) properties.push([member.name, args[member.name]]);
  }
  const customProperties: [string, string][] = (element.cssProperties ?? [])
    .map(({ name }): [string, unknown] => [name, args[name]])
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
  return { attributes, properties, customProperties };
}

/**
 * The story's render: the element made from the args by the tests' own render (test/support/render.ts: DOM APIs, no
 * HTML strings, custom properties through CSSOM), so a story and the tests show a fixture the same way; events go to
 * Actions.
 */
export const renderArgs =
  (tag: string) =>
  (args: Args): HTMLElement => {
    const { attributes, properties, customProperties } = split(tag, args);
    const element = createElementFrom(tag, {
      attributes: Object.fromEntries(attributes),
      properties: Object.fromEntries(properties),
      customProperties: Object.fromEntries(customProperties),
    });
    for (const event of declarationOf(tag).events ?? []) element.addEventListener(event.name, action(event.name));
    return element;
  };

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The HTML a site pastes for these args: the tag with its attributes, a rule for custom properties (a stylesheet
 * rule rather than `style=`, which a strict CSP blocks), and a script for properties.
 */
export function snippetFor(tag: string, args: Args): string {
  const { attributes, properties, customProperties } = split(tag, args);
  const attributeText = attributes.map(([name, value]) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLine = `<${tag}${attributeText.map((each) => ` ${each}`).join('')}></${tag}>`;
  const tagText =
    oneLine.length <= 100 ? oneLine : `<${tag}\n${attributeText.map((each) => `  ${each}`).join('\n')}\n></${tag}>`;
  const style = customProperties.length
    ? `<style>\n  ${tag} {\n${customProperties.map(([name, value]) => `    ${name}: ${value};`).join('\n')}\n  }\n</style>\n`
    : '';
  if (properties.length === 0) return `${style}${tagText}`;
  const assignments = properties.map(
    ([name, value]) => `  widget.${name} = ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')};`,
  );
  return `${style}${tagText}\n<script type="module">\n  const widget = document.querySelector('${tag}');\n${assignments.join('\n')}\n</script>`;
}

/** Parameters for a stories file's default export (which Storybook needs as a literal object). */
export const docsFor = (file: FixtureFile): Meta['parameters'] => ({
  docs: {
    description: {
      component: `${file.description}\n\nChange the controls below a story; its source shows the HTML to copy (load the script from the README first).`,
    },
    source: {
      language: 'html',
      transform: (_code: string, context: StoryContext) => snippetFor(file.tag, context.args),
    },
  },
});

/** The story for the fixture called `name` (throws at load time if the fixture file has no such state). */
export function storyFor(file: FixtureFile, name: string): StoryObj {
  const fixture = file.fixtures.find((each) => each.name === name);
  if (!fixture) throw new Error(`${file.tag}: no fixture named "${name}"`);
  return {
    name,
    args: argsFor(file.tag, fixture),
    parameters: { locale: fixture.locale, dark: fixture.dark, a11y: fixture.badInput ? { test: 'todo' } : undefined },
  };
}
