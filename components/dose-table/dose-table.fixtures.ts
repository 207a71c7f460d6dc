// States of <mg-dose-table> for stories, axe and screenshots.
import type { FixtureFile } from '../base/fixture.js';

export const doseTableFixtures: FixtureFile = {
  tag: 'mg-dose-table',
  description: 'Adequate intake and upper limit by age group and life stage, with sources; marks the reader’s row.',
  fixtures: [
    { name: 'Magnesium (default)' },
    { name: 'Marked: women 18+', attributes: { 'age-group': '18+', sex: 'female' } },
    {
      name: 'Marked: pregnant at 11–17 (girls’ row, with note)',
      attributes: { 'age-group': '11-17', 'life-stage': 'pregnant' },
    },
    { name: 'Marked: child 1–3 years (no EU limit)', attributes: { 'age-group': '1-3' } },
    { name: 'Compare with other authorities', attributes: { compare: '', 'age-group': '18+', sex: 'male' } },
    { name: 'Vitamin D (µg)', attributes: { nutrient: 'vitamin-d', 'age-group': '4-10' } },
    { name: 'Calcium', attributes: { nutrient: 'calcium' } },
    {
      name: 'Potassium (no upper limit)',
      attributes: { nutrient: 'potassium', 'age-group': '18+', 'life-stage': 'lactating' },
    },
    { name: 'English: lactating', attributes: { 'age-group': '18+', 'life-stage': 'lactating' }, locale: 'en' },
    { name: 'English: compare', attributes: { compare: '' }, locale: 'en' },
    { name: 'Dark page', attributes: { 'age-group': '18+', sex: 'female', compare: '' }, dark: true },
    {
      name: 'Bad input: pregnant with sex="male"',
      attributes: { 'age-group': '18+', sex: 'male', 'life-stage': 'pregnant' },
      badInput: true,
    },
    { name: 'Bad input: unknown nutrient', attributes: { nutrient: 'zinc' }, badInput: true },
  ],
};
