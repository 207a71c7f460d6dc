// <mg-sources> stories, one per fixture in components/sources/sources.fixtures.ts.
import { sourcesFixtures as file } from '../components/sources/sources.fixtures.js';
import type { Meta } from '@storybook/web-components-vite';
import { argTypesFor, docsFor, renderArgs, storyFor } from './story-helpers.js';

export default {
  title: 'Widgets/Sources',
  component: 'mg-sources',
  tags: ['autodocs'],
  parameters: docsFor(file),
  argTypes: argTypesFor(file.tag),
  render: renderArgs(file.tag),
} satisfies Meta;

export const Collapsed = storyFor(file, 'Collapsed');
export const Open = storyFor(file, 'Open');
export const OpenEnglish = storyFor(file, 'Open (English)');
export const DarkPage = storyFor(file, 'Dark page');
export const BadInput = storyFor(file, 'Bad input: unknown id');
