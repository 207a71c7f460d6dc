// Attribute table of <mg-symptom-checklist>.
import { fromSpec, type ElementTable } from '../tables/types.js';
import { emergencyNumberInput, selectedInput, urgentContactInput } from '../../src/checks/symptom-checklist-inputs.js';

export const symptomChecklistTable: ElementTable = {
  tag: 'mg-symptom-checklist',
  bundle: '/dist/cdn/mg-symptom-checklist.js',
  preset: { selected: 'muscle-cramps fatigue' },
  ready: 'fieldset input[type="checkbox"]',
  attributes: [
    fromSpec(selectedInput, {
      valid: ['tetany', 'muscle-cramps   fatigue chest-pain', ''],
      invalid: ['no-such-symptom', 'fatigue __proto__', 'TETANY', '<img src=x onerror=alert(1)>'],
      invalidProperty: [['fatigue', 7], 'fatigue', { id: 'fatigue' }, 42],
    }),
    fromSpec(emergencyNumberInput, {
      valid: ['112', '113', '1 1 2', ' 112 '],
      invalid: ['', 'abc', '+45 112', '112<script>alert(1)</script>', '１１２'],
      invalidProperty: [42, 'ring 112'],
    }),
    fromSpec(urgentContactInput, {
      valid: ['Lægevagten 1813', 'Apoteket: ring 70 10 10 10', 'x'.repeat(80)],
      invalid: ['', '   ', 'x'.repeat(81), '<b>1813</b>'],
      invalidProperty: [1813, 'y'.repeat(200)],
    }),
  ],
  exercise: async (element) => {
    let heard = false;
    element.addEventListener('mg-change', () => (heard = true), { once: true });
    element.shadowRoot!.querySelector<HTMLInputElement>('input[value="tremor"]')!.click();
    return heard;
  },
  // 27 checkboxes, the copy button (something is ticked), the closed sources summary, and two tel: links to 112
  // (the always-visible emergency box, and the "watch" line of the result).
  tabStops: 31,
};
