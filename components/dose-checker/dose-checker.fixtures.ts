// States of <mg-dose-checker> for stories, axe and screenshots.
import type { FixtureFile } from '../base/fixture.js';

/** A Danish pharmacy product page: one product preset, the reader answers the rest. */
const pharmacyProduct = {
  'product-name': 'Magnesium Citrat Forte',
  'mg-per-unit': '125',
  'units-per-day': '2',
  'units-per-pack': '60',
};

export const doseCheckerFixtures: FixtureFile = {
  tag: 'mg-dose-checker',
  description:
    'Supplement checker for pharmacy pages: elemental magnesium per day against the EU upper limit and the label reference, with medicine time gaps, days of supply and warnings.',
  fixtures: [
    { name: 'Empty: the reader fills in a product', attributes: {} },
    { name: 'Pharmacy product page: at the upper limit', attributes: { ...pharmacyProduct } },
    {
      name: 'Pharmacy product page, kidneys answered: no',
      attributes: { ...pharmacyProduct, 'kidney-disease': 'no', sex: 'female' },
    },
    {
      name: 'Magnesium oxide as salt weight: above the upper limit',
      attributes: {
        'product-name': 'Magnesia',
        salt: 'oxide',
        'mg-basis': 'compound',
        'mg-per-unit': '500',
        'units-per-day': '1',
        'units-per-pack': '100',
        'kidney-disease': 'no',
      },
    },
    {
      name: 'Kidney disease, with medicines that need a time gap',
      attributes: { ...pharmacyProduct, 'kidney-disease': 'yes', medicines: 'levothyroxine iron bisphosphonates' },
    },
    {
      name: 'Child 1–3 years: no EU upper limit',
      attributes: { 'mg-per-unit': '50', 'units-per-day': '1', 'age-group': '1-3', 'kidney-disease': 'no' },
    },
    {
      name: 'Two products set by script (English)',
      locale: 'en',
      properties: {
        products: [
          {
            name: 'Magnesium citrate',
            mgPerUnit: 1000,
            mgBasis: 'compound',
            salt: 'citrate',
            unitsPerDay: 1,
            unitsPerPack: 90,
          },
          { name: 'Multivitamin', mgPerUnit: 100, unitsPerDay: 1 },
        ],
        reader: {
          ageGroup: '18+',
          sex: 'female',
          lifeStage: 'pregnant',
          kidneyDisease: 'no',
          medicines: ['fluoroquinolones'],
        },
      },
    },
    {
      name: 'Pharmacy product page (English)',
      locale: 'en',
      attributes: { ...pharmacyProduct, 'kidney-disease': 'no' },
    },
    {
      name: 'Dark page',
      dark: true,
      attributes: { ...pharmacyProduct, 'mg-per-unit': '150', 'kidney-disease': 'unknown', medicines: 'iron' },
    },
    {
      name: 'Bad input: comma as decimal point, unknown medicine',
      badInput: true,
      attributes: { ...pharmacyProduct, 'mg-per-unit': '62,5', medicines: 'iron aspirin' },
    },
  ],
};
