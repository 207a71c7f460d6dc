// Attribute table of the test-only element (it exercises the base class in every shared suite).
import type { ElementTable } from './types.js';

export const testElementTable: ElementTable = {
  tag: 'mg-test-element',
  bundle: '/test/.build/mg-test-element.js',
  preset: { level: 'high', items: 'a b' },
  ready: '.level',
  attributes: [
    {
      attribute: 'level',
      property: 'level',
      accepted: 'low, high',
      valid: ['low', 'high'],
      invalid: ['huge', '', 'HIGH', '<img src=x onerror=alert(1)>'],
      invalidProperty: [42, { level: 'high' }],
    },
    {
      attribute: 'items',
      property: 'items',
      accepted: 'a, b, c',
      valid: ['a', 'a b c', ''],
      invalid: ['zz', 'a __proto__'],
    },
  ],
  exercise: async (element) => {
    let heard = false;
    element.addEventListener('mg-change', () => (heard = true), { once: true });
    element.shadowRoot!.querySelector('button')!.click();
    return heard;
  },
  tabStops: 1,
};
