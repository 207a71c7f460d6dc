// Attribute table of <mg-dose-table>.
import type { ElementTable } from './types.js';

const lifeStageAccepted =
  'pregnant, lactating, none (pregnant and lactating only with age-group 11-17 or 18+ and not with sex="male")';

export const doseTableTable: ElementTable = {
  tag: 'mg-dose-table',
  bundle: '/dist/cdn/mg-dose-table.js',
  preset: { 'age-group': '18+', sex: 'female' },
  ready: 'table tbody tr',
  attributes: [
    {
      attribute: 'nutrient',
      property: 'nutrient',
      accepted: 'magnesium, calcium, vitamin-d, potassium',
      valid: ['magnesium', 'calcium', 'vitamin-d', 'potassium'],
      invalid: ['zinc', '', 'Magnesium', '<img src=x onerror=alert(1)>'],
      invalidProperty: [42, { nutrient: 'magnesium' }],
    },
    {
      attribute: 'compare',
      property: 'compare',
      accepted: 'boolean (present or absent)',
      valid: ['', 'compare'],
      invalid: [],
      invalidProperty: ['yes', 1],
      boolean: true,
    },
    {
      attribute: 'age-group',
      property: 'ageGroup',
      accepted: '7-11m, 1-3, 4-10, 11-17, 18+',
      valid: ['7-11m', '1-3', '4-10', '11-17', '18+'],
      invalid: ['18', '', '11–17', '__proto__'],
      invalidProperty: [18, ['18+']],
    },
    {
      attribute: 'sex',
      property: 'sex',
      accepted: 'female, male',
      valid: ['female', 'male'],
      invalid: ['f', '', 'FEMALE', '<script>alert(1)</script>'],
      invalidProperty: [true],
    },
    {
      attribute: 'life-stage',
      property: 'lifeStage',
      accepted: lifeStageAccepted,
      valid: ['none', 'pregnant', 'lactating'],
      invalid: ['expecting', '', 'Pregnant'],
      invalidProperty: [1],
    },
  ],
  exercise: async (element) => {
    let heard = false;
    element.addEventListener('mg-change', () => (heard = true), { once: true });
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="age-group"]')!;
    select.value = '4-10';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return heard;
  },
  // The "mark your row" disclosure, the table's scroll box, the "Kilder" toggle.
  tabStops: 3,
};
