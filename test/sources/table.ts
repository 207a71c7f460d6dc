// Attribute table of <mg-sources>.
import { fromSpec, type ElementTable } from '../tables/types.js';
import { sourceIdsInput } from '../../src/checks/sources-inputs.js';

export const sourcesTable: ElementTable = {
  tag: 'mg-sources',
  bundle: '/dist/cdn/mg-sources.js',
  preset: { 'source-ids': 'efsa-2015-magnesium nnr-2023', open: '' },
  ready: 'summary',
  attributes: [
    fromSpec(sourceIdsInput, {
      valid: ['efsa-2015-magnesium', 'efsa-2015-magnesium nnr-2023', ''],
      invalid: ['no-such-source', 'efsa-2015-magnesium __proto__', '<script>alert(1)</script>'],
      invalidProperty: [['efsa-2015-magnesium', 7], { id: 'nnr-2023' }, 42],
    }),
    {
      attribute: 'open',
      property: 'open',
      accepted: 'boolean (present or absent)',
      valid: ['', 'open'],
      invalid: [],
      boolean: true,
    },
  ],
  exercise: async (element) => {
    const details = element.shadowRoot!.querySelector('details')!;
    const before = details.open;
    element.shadowRoot!.querySelector('summary')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return details.open !== before;
  },
  // The summary, then one link per source with a URL (both preset sources have one).
  tabStops: 3,
};
