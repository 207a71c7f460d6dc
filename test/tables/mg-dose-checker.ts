// Attribute table of <mg-dose-checker>.
import type { ElementTable } from './types.js';

export const doseCheckerTable: ElementTable = {
  tag: 'mg-dose-checker',
  bundle: '/dist/cdn/mg-dose-checker.js',
  preset: {
    'product-name': 'Magnesium Citrat',
    'mg-per-unit': '150',
    'units-per-day': '2',
    'units-per-pack': '60',
    'kidney-disease': 'no',
  },
  ready: '.result',
  attributes: [
    {
      attribute: 'product-name',
      property: 'productName',
      accepted: 'any text',
      valid: ['Magnesium Citrat Forte', '', '<b>Magnesium</b>'],
      invalid: [],
    },
    {
      attribute: 'salt',
      property: 'salt',
      accepted: 'a salt id from the dataset: oxide, hydroxide, carbonate, citrate',
      valid: ['citrate', 'oxide', 'bisglycinate-dihydrate'],
      invalid: ['glycinate', 'Citrate', '', '<img src=x onerror=alert(1)>'],
    },
    {
      attribute: 'mg-per-unit',
      property: 'mgPerUnit',
      accepted: 'a number > 0 and ≤ 5000, with . as decimal point',
      valid: ['150', '2.5', '5000', ' 100 '],
      invalid: ['2,5', '0', '-1', '5001', 'abc', '1e3', '', '150 mg'],
    },
    {
      attribute: 'mg-basis',
      property: 'mgBasis',
      accepted: 'elemental, compound',
      valid: ['elemental'],
      invalid: ['Elemental', 'grams', ''],
    },
    {
      attribute: 'units-per-day',
      property: 'unitsPerDay',
      accepted: 'a number from 0.5 to 20 in steps of 0.5',
      valid: ['1', '0.5', '1.5', '20'],
      invalid: ['0', '0.3', '21', '1,5', '', 'two'],
    },
    {
      attribute: 'units-per-pack',
      property: 'unitsPerPack',
      accepted: 'a whole number from 1 to 10000',
      valid: ['1', '60', '10000'],
      invalid: ['0', '1.5', '10001', 'sixty', ''],
    },
    {
      attribute: 'age-group',
      property: 'ageGroup',
      accepted: '7-11m, 1-3, 4-10, 11-17, 18+',
      valid: ['18+', '11-17', '4-10', '1-3', '7-11m'],
      invalid: ['18', 'adult', '', '18 +'],
    },
    {
      attribute: 'sex',
      property: 'sex',
      accepted: 'female, male',
      valid: ['female', 'male'],
      invalid: ['woman', 'F', ''],
    },
    {
      attribute: 'life-stage',
      property: 'lifeStage',
      accepted: 'pregnant, lactating, none (not pregnant or lactating with sex="male")',
      valid: ['pregnant', 'lactating', 'none'],
      invalid: ['breastfeeding', 'yes', ''],
    },
    {
      attribute: 'kidney-disease',
      property: 'kidneyDisease',
      accepted: 'yes, no, unknown',
      valid: ['yes', 'no', 'unknown'],
      invalid: ['maybe', 'Yes', ''],
    },
    {
      attribute: 'medicines',
      property: 'medicines',
      accepted: 'space-separated medicine ids: tetracyclines, fluoroquinolones',
      valid: ['iron', 'levothyroxine iron', ''],
      invalid: ['aspirin', 'iron aspirin', '__proto__'],
    },
    {
      attribute: 'products',
      property: 'products',
      accepted: 'an array of { name?, salt? (salt id), mgPerUnit (> 0, ≤ 5000)',
      valid: [],
      invalid: [],
      invalidProperty: [
        42,
        [{ mgPerUnit: -1, unitsPerDay: 1 }],
        [{ mgPerUnit: 100, unitsPerDay: 1, extra: true }],
        [{ mgPerUnit: 100, mgBasis: 'compound', unitsPerDay: 1 }],
      ],
    },
    {
      attribute: 'reader',
      property: 'reader',
      accepted: '{ ageGroup: 7-11m | 1-3 | 4-10 | 11-17 | 18+',
      valid: [],
      invalid: [],
      invalidProperty: [
        'adult',
        { ageGroup: 'adult' },
        { ageGroup: '18+', sex: 'male', lifeStage: 'pregnant', kidneyDisease: 'no', medicines: [] },
        { ageGroup: '18+', kidneyDisease: 'no', medicines: ['aspirin'] },
      ],
    },
  ],
  exercise: async (element) => {
    let heard = false;
    element.addEventListener('mg-change', () => (heard = true), { once: true });
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return heard && element.shadowRoot!.querySelector('[data-warning="interaction"]') !== null;
  },
  tabStops: 18,
};
