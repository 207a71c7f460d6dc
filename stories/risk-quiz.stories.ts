// <mg-risk-quiz> stories, one per fixture in components/risk-quiz/risk-quiz.fixtures.ts.
import type { Meta } from '@storybook/web-components-vite';
import { riskQuizFixtures as file } from '../components/risk-quiz/risk-quiz.fixtures.js';
import { argTypesFor, docsFor, renderArgs, storyFor } from './story-helpers.js';

export default {
  title: 'Widgets/Risk quiz',
  component: 'mg-risk-quiz',
  tags: ['autodocs'],
  parameters: docsFor(file),
  argTypes: argTypesFor(file.tag),
  render: renderArgs(file.tag),
} satisfies Meta;

export const Start = storyFor(file, 'Start');
export const QuestionInProgress = storyFor(file, 'Question in progress');
export const ResultHighWellDocumentedGroup = storyFor(file, 'Result: high (well-documented group)');
export const ResultLowOnlyWeaklyDocumentedGroups = storyFor(file, 'Result: low (only weakly documented groups)');
export const ResultModerateWithKidneyDiseaseUnknown = storyFor(file, 'Result: moderate with kidney disease unknown');
export const ResultChildUnder11NotAssessed = storyFor(file, 'Result: child under 11 (not assessed)');
export const ResultHighEnglish = storyFor(file, 'Result: high (English)');
export const StartEnglish = storyFor(file, 'Start (English)');
export const ResultHighOnADarkPage = storyFor(file, 'Result: high on a dark page');
export const QuestionOnADarkPage = storyFor(file, 'Question on a dark page');
export const BadInputHeadingLevel = storyFor(file, 'Bad input: heading level');
export const BadInputUnknownAnswer = storyFor(file, 'Bad input: unknown answer');
