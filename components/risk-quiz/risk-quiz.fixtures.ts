// States of <mg-risk-quiz> for stories, axe and screenshots.
import type { FixtureFile } from '../base/fixture.js';

const none = {
  alcohol: 'no',
  malabsorption: 'no',
  'chronic-diarrhoea': 'no',
  laxatives: 'no',
  ppi: 'no',
  diuretics: 'no',
  'magnesium-lowering-medicines': 'no',
  'type-2-diabetes': 'no',
  'low-intake-diet': 'no',
  athlete: 'no',
  stress: 'no',
  'kidney-disease': 'no',
  'magnesium-products': 'no',
};

/** A 70-year-old woman on a thiazide, unsure about her diet, who takes Magnesia. */
const highAnswers = {
  ...none,
  'age-group': '18+',
  'older-age': 'yes',
  sex: 'female',
  'life-stage': 'none',
  diuretics: 'yes',
  'low-intake-diet': 'unknown',
  'magnesium-products': 'yes',
};

/** A pregnant woman who trains hard and feels stressed: only weakly documented groups. */
const lowWeakAnswers = {
  ...none,
  'age-group': '18+',
  'older-age': 'no',
  sex: 'female',
  'life-stage': 'pregnant',
  athlete: 'yes',
  stress: 'yes',
};

/** A man with type 2 diabetes who does not know whether his kidneys are affected. */
const kidneyAnswers = {
  ...none,
  'age-group': '18+',
  'older-age': 'no',
  sex: 'male',
  'type-2-diabetes': 'yes',
  'kidney-disease': 'unknown',
  'magnesium-products': 'yes',
};

export const riskQuizFixtures: FixtureFile = {
  tag: 'mg-risk-quiz',
  description:
    'A step-by-step quiz over the risk groups for magnesium deficiency, with a result that explains each group and its evidence.',
  fixtures: [
    { name: 'Start', attributes: { 'heading-level': '3' } },
    { name: 'Question in progress', properties: { answers: { 'age-group': '18+', 'older-age': 'no', sex: 'male' } } },
    {
      name: 'Result: high (well-documented group)',
      properties: { answers: highAnswers },
      attributes: { 'dose-checker-href': '#doseringstjek' },
    },
    { name: 'Result: low (only weakly documented groups)', properties: { answers: lowWeakAnswers } },
    { name: 'Result: moderate with kidney disease unknown', properties: { answers: kidneyAnswers } },
    { name: 'Result: child under 11 (not assessed)', properties: { answers: { 'age-group': '4-10' } } },
    { name: 'Result: high (English)', properties: { answers: highAnswers }, locale: 'en' },
    { name: 'Start (English)', locale: 'en' },
    { name: 'Result: high on a dark page', properties: { answers: highAnswers }, dark: true },
    { name: 'Question on a dark page', properties: { answers: { 'age-group': '11-17' } }, dark: true },
    { name: 'Bad input: heading level', attributes: { 'heading-level': '9' }, badInput: true },
    {
      name: 'Bad input: unknown answer',
      properties: { answers: { 'age-group': '18+', alcohol: 'often' } },
      badInput: true,
    },
  ],
};
