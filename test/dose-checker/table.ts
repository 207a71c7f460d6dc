// Attribute table of <mg-dose-checker>.
import { fromSpec, type ElementTable } from '../tables/types.js';
import {
  ageGroupInput,
  kidneyDiseaseInput,
  lifeStageInput,
  medicinesInput,
  mgBasisInput,
  mgPerUnitInput,
  productNameInput,
  productsInput,
  readerInput,
  saltInput,
  sexInput,
  unitsPerDayInput,
  unitsPerPackInput,
} from '../../src/checks/dose-checker-inputs.js';

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
    fromSpec(productNameInput, {
      valid: ['Magnesium Citrat Forte', '', '<b>Magnesium</b>'],
      invalid: [],
    }),
    fromSpec(saltInput, {
      valid: ['citrate', 'oxide', 'bisglycinate-dihydrate'],
      invalid: ['glycinate', 'Citrate', '', '<img src=x onerror=alert(1)>'],
    }),
    fromSpec(mgPerUnitInput, {
      valid: ['150', '2.5', '5000', ' 100 '],
      invalid: ['2,5', '0', '-1', '5001', 'abc', '1e3', '', '150 mg'],
    }),
    fromSpec(mgBasisInput, {
      valid: ['elemental'],
      invalid: ['Elemental', 'grams', ''],
    }),
    fromSpec(unitsPerDayInput, {
      valid: ['1', '0.5', '1.5', '20'],
      invalid: ['0', '0.3', '21', '1,5', '', 'two'],
    }),
    fromSpec(unitsPerPackInput, {
      valid: ['1', '60', '10000'],
      invalid: ['0', '1.5', '10001', 'sixty', ''],
    }),
    fromSpec(ageGroupInput, {
      valid: ['18+', '11-17', '4-10', '1-3', '7-11m'],
      invalid: ['18', 'adult', '', '18 +'],
    }),
    fromSpec(sexInput, {
      valid: ['female', 'male'],
      invalid: ['woman', 'F', ''],
    }),
    fromSpec(lifeStageInput, {
      valid: ['pregnant', 'lactating', 'none'],
      invalid: ['breastfeeding', 'yes', ''],
    }),
    fromSpec(kidneyDiseaseInput, {
      valid: ['yes', 'no', 'unknown'],
      invalid: ['maybe', 'Yes', ''],
    }),
    fromSpec(medicinesInput, {
      valid: ['iron', 'levothyroxine iron', ''],
      invalid: ['aspirin', 'iron aspirin', '__proto__'],
    }),
    fromSpec(productsInput, {
      valid: [],
      invalid: [],
      invalidProperty: [
        42,
        [{ mgPerUnit: -1, unitsPerDay: 1 }],
        [{ mgPerUnit: 100, unitsPerDay: 1, extra: true }],
        [{ mgPerUnit: 100, mgBasis: 'compound', unitsPerDay: 1 }],
      ],
    }),
    fromSpec(readerInput, {
      valid: [],
      invalid: [],
      invalidProperty: [
        'adult',
        { ageGroup: 'adult' },
        { ageGroup: '18+', sex: 'male', lifeStage: 'pregnant', kidneyDisease: 'no', medicines: [] },
        { ageGroup: '18+', kidneyDisease: 'no', medicines: ['aspirin'] },
      ],
    }),
  ],
  exercise: async (element) => {
    let heard = false;
    element.addEventListener('mg-change', () => (heard = true), { once: true });
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return heard && element.shadowRoot!.querySelector('[data-warning="interaction"]') !== null;
  },
  // The preset product's summary, "Tilføj et produkt", age, sex (one stop per radio group), pregnancy, kidneys, the
  // ten medicine checkboxes, the 112 link in "too much magnesium" (150 mg × 2 is above the limit), "Kopiér" and the
  // sources summary.
  tabStops: 19,
};
