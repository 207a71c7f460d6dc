// States of <mg-sources> for stories, axe and screenshots.
import type { FixtureFile } from '../base/fixture.js';

export const sourcesFixtures: FixtureFile = {
  tag: 'mg-sources',
  description: 'The citation list every widget shows in its “Kilder” section.',
  fixtures: [
    { name: 'Collapsed', attributes: { 'source-ids': 'efsa-2015-magnesium nnr-2023 eu-reg-1169-2011' } },
    { name: 'Open', attributes: { 'source-ids': 'efsa-2015-magnesium nnr-2023 eu-reg-1169-2011', open: '' } },
    { name: 'Open (English)', attributes: { 'source-ids': 'efsa-2015-magnesium nnr-2023', open: '' }, locale: 'en' },
    { name: 'Dark page', attributes: { 'source-ids': 'efsa-2015-magnesium nnr-2023', open: '' }, dark: true },
    {
      name: 'Bad input: unknown id',
      attributes: { 'source-ids': 'efsa-2015-magnesium no-such-source', open: '' },
      badInput: true,
    },
  ],
};
