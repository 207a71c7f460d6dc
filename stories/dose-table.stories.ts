// <mg-dose-table> stories, one per fixture in components/dose-table/dose-table.fixtures.ts.
import type { Meta } from '@storybook/web-components-vite';
import { doseTableFixtures as file } from '../components/dose-table/dose-table.fixtures.js';
import { argTypesFor, docsFor, renderArgs, storyFor } from './story-helpers.js';

export default {
  title: 'Widgets/Dose table',
  component: 'mg-dose-table',
  tags: ['autodocs'],
  parameters: docsFor(file),
  argTypes: argTypesFor(file.tag),
  render: renderArgs(file.tag),
} satisfies Meta;

export const MagnesiumDefault = storyFor(file, 'Magnesium (default)');
export const MarkedWomen18Plus = storyFor(file, 'Marked: women 18+');
export const MarkedPregnantAt1117GirlsRowWithNote = storyFor(file, 'Marked: pregnant at 11–17 (girls’ row, with note)');
export const MarkedChild13YearsNoEULimit = storyFor(file, 'Marked: child 1–3 years (no EU limit)');
export const CompareWithOtherAuthorities = storyFor(file, 'Compare with other authorities');
export const VitaminD = storyFor(file, 'Vitamin D (µg)');
export const Calcium = storyFor(file, 'Calcium');
export const PotassiumNoUpperLimit = storyFor(file, 'Potassium (no upper limit)');
export const EnglishLactating = storyFor(file, 'English: lactating');
export const EnglishCompare = storyFor(file, 'English: compare');
export const DarkPage = storyFor(file, 'Dark page');
export const BadInputPregnantWithSexMale = storyFor(file, 'Bad input: pregnant with sex="male"');
export const BadInputUnknownNutrient = storyFor(file, 'Bad input: unknown nutrient');
