// stories/story-helpers.ts: a story renders its fixture exactly as the tests do (test/support/render.ts). The story
// goes fixture → args (Storybook's controls) → element, the tests fixture → element; both must give the same
// attributes and properties, or designers would look at a state the tests never checked. The tags are left undefined
// here, so what is compared is what the render set, not what an element made of it.
import { expect } from '@open-wc/testing';
import type { FixtureFile } from '../../components/base/fixture.js';
import { doseCheckerFixtures } from '../../components/dose-checker/dose-checker.fixtures.js';
import { doseTableFixtures } from '../../components/dose-table/dose-table.fixtures.js';
import { riskQuizFixtures } from '../../components/risk-quiz/risk-quiz.fixtures.js';
import { sourcesFixtures } from '../../components/sources/sources.fixtures.js';
import { symptomChecklistFixtures } from '../../components/symptom-checklist/symptom-checklist.fixtures.js';
import { argsFor, renderArgs } from '../../stories/story-helpers.js';
import { createElementFrom } from '../support/render.js';

const files: FixtureFile[] = [
  sourcesFixtures,
  doseTableFixtures,
  symptomChecklistFixtures,
  riskQuizFixtures,
  doseCheckerFixtures,
];

const attributesOf = (element: Element) =>
  Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]));

describe('stories render their fixtures as the tests do', () => {
  for (const file of files) {
    for (const state of file.fixtures) {
      it(`<${file.tag}> ${state.name}: same attributes and properties`, () => {
        const story = renderArgs(file.tag)(argsFor(file.tag, state));
        const tested = createElementFrom(file.tag, state);
        expect(attributesOf(story)).to.deep.equal(attributesOf(tested));
        expect(attributesOf(tested)).to.deep.equal(state.attributes ?? {});
        for (const name of Object.keys(state.properties ?? {})) {
          expect((story as unknown as Record<string, unknown>)[name], name).to.deep.equal(
            (tested as unknown as Record<string, unknown>)[name],
          );
        }
      });
    }
  }
});
