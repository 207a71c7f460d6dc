// Turns an element's fixture file into Storybook stories, so stories and tests show the same states.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Fixture, FixtureFile } from '../components/base/fixture.js';

/** Creates the element with the fixture's attributes and properties (DOM APIs, no HTML strings). */
export function renderFixture(tag: string, fixture: Fixture): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(fixture.attributes ?? {})) element.setAttribute(name, value);
  Object.assign(element, fixture.properties ?? {});
  return element;
}

/** Parameters for a stories file's default export (which Storybook needs as a literal object). */
export const docsFor = (file: FixtureFile): Meta['parameters'] => ({
  docs: { description: { component: file.description } },
});

/** The story for the fixture called `name` (throws at load time if the fixture file has no such state). */
export function storyFor(file: FixtureFile, name: string): StoryObj {
  const fixture = file.fixtures.find((each) => each.name === name);
  if (!fixture) throw new Error(`${file.tag}: no fixture named "${name}"`);
  return {
    name,
    render: () => renderFixture(file.tag, fixture),
    parameters: { locale: fixture.locale, dark: fixture.dark, a11y: fixture.badInput ? { test: 'todo' } : undefined },
  };
}
