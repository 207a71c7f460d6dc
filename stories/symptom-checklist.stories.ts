// <mg-symptom-checklist> stories, one per fixture in components/symptom-checklist/symptom-checklist.fixtures.ts.
import type { Meta } from '@storybook/web-components-vite';
import { symptomChecklistFixtures as file } from '../components/symptom-checklist/symptom-checklist.fixtures.js';
import { argTypesFor, docsFor, renderArgs, storyFor } from './story-helpers.js';

export default {
  title: 'Widgets/Symptom checklist',
  component: 'mg-symptom-checklist',
  tags: ['autodocs'],
  parameters: docsFor(file),
  argTypes: argTypesFor(file.tag),
  render: renderArgs(file.tag),
} satisfies Meta;

export const NothingTicked = storyFor(file, 'Nothing ticked');
export const SelfCareCrampsAndTiredness = storyFor(file, 'Self-care: cramps and tiredness');
export const DoctorSeveralBodySystems = storyFor(file, 'Doctor: several body systems');
export const UrgentTetany = storyFor(file, 'Urgent: tetany');
export const EmergencyChestPain = storyFor(file, 'Emergency: chest pain');
export const SiteContactsPharmacyPage = storyFor(file, 'Site contacts (pharmacy page)');
export const English = storyFor(file, 'English');
export const SwedishUrgent = storyFor(file, 'Swedish: urgent');
export const DarkPage = storyFor(file, 'Dark page');
export const BadInputUnknownIdAndLettersInTheNumber = storyFor(file, 'Bad input: unknown id and letters in the number');
