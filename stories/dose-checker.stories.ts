// <mg-dose-checker> stories, one per fixture in components/dose-checker/dose-checker.fixtures.ts.
import type { Meta } from '@storybook/web-components-vite';
import { doseCheckerFixtures as file } from '../components/dose-checker/dose-checker.fixtures.js';
import { argTypesFor, docsFor, renderArgs, storyFor } from './story-helpers.js';

export default {
  title: 'Widgets/Dose checker',
  component: 'mg-dose-checker',
  tags: ['autodocs'],
  parameters: docsFor(file),
  argTypes: argTypesFor(file.tag),
  render: renderArgs(file.tag),
} satisfies Meta;

export const EmptyTheReaderFillsInAProduct = storyFor(file, 'Empty: the reader fills in a product');
export const PharmacyProductPageAtTheUpperLimit = storyFor(file, 'Pharmacy product page: at the upper limit');
export const PharmacyProductPageKidneysAnsweredNo = storyFor(file, 'Pharmacy product page, kidneys answered: no');
export const MagnesiumOxideAsSaltWeightAboveTheUpperLimit = storyFor(
  file,
  'Magnesium oxide as salt weight: above the upper limit',
);
export const KidneyDiseaseWithMedicinesThatNeedATimeGap = storyFor(
  file,
  'Kidney disease, with medicines that need a time gap',
);
export const Child13YearsNoEUUpperLimit = storyFor(file, 'Child 1–3 years: no EU upper limit');
export const TwoProductsSetByScriptEnglish = storyFor(file, 'Two products set by script (English)');
export const PharmacyProductPageEnglish = storyFor(file, 'Pharmacy product page (English)');
export const DarkPage = storyFor(file, 'Dark page');
export const BadInputCommaAsDecimalPointUnknownMedicine = storyFor(
  file,
  'Bad input: comma as decimal point, unknown medicine',
);
