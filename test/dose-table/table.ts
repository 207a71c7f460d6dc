// Attribute table of <mg-dose-table>.
import { fromSpec, type ElementTable } from '../tables/types.js';
import {
  ageGroupInput,
  compareInput,
  lifeStageInput,
  nutrientInput,
  sexInput,
} from '../../src/checks/dose-table-inputs.js';

export const doseTableTable: ElementTable = {
  tag: 'mg-dose-table',
  bundle: '/dist/cdn/mg-dose-table.js',
  preset: { 'age-group': '18+', sex: 'female' },
  ready: 'table tbody tr',
  attributes: [
    fromSpec(nutrientInput, {
      valid: ['magnesium', 'calcium', 'vitamin-d', 'potassium'],
      invalid: ['zinc', '', 'Magnesium', '<img src=x onerror=alert(1)>'],
      invalidProperty: [42, { nutrient: 'magnesium' }],
    }),
    fromSpec(compareInput, {
      valid: ['', 'compare'],
      invalid: [],
      invalidProperty: ['yes', 1],
      boolean: true,
    }),
    fromSpec(ageGroupInput, {
      valid: ['7-11m', '1-3', '4-10', '11-17', '18+'],
      invalid: ['18', '', '11–17', '__proto__'],
      invalidProperty: [18, ['18+']],
    }),
    fromSpec(sexInput, {
      valid: ['female', 'male'],
      invalid: ['f', '', 'FEMALE', '<script>alert(1)</script>'],
      invalidProperty: [true],
    }),
    fromSpec(lifeStageInput, {
      valid: ['none', 'pregnant', 'lactating'],
      invalid: ['expecting', '', 'Pregnant'],
      invalidProperty: [1],
    }),
  ],
  exercise: async (element) => {
    let heard = false;
    element.addEventListener('mg-change', () => (heard = true), { once: true });
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="age-group"]')!;
    select.value = '4-10';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return heard;
  },
  // The "find your row" disclosure, the table's scroll box, the 112 link in "too much magnesium", the "Kilder" toggle.
  tabStops: 4,
};
