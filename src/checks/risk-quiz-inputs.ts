// What <mg-risk-quiz> accepts from a site: its heading level, a link to the site's dose checker, and answers.
import { checkAnswers, type Answers } from './answers.js';
import { headingLevelInput, link, type InputSpec } from './spec.js';

export { headingLevelInput };

export const doseCheckerHrefInput = link('dose-checker-href', 'doseCheckerHref');

/** `answers` (script only): checked as a whole; a rejected set changes nothing (`ok: false`, value `null`). */
export const answersInput: InputSpec<Answers | null> = {
  name: 'answers',
  property: 'answers',
  accepted: {
    kind: 'shape',
    forDevelopers:
      "an object keyed by question ids (age-group, older-age, sex, life-stage, the risk-factor ids, kidney-disease, magnesium-products) with 'yes' | 'no' | 'unknown' or the chosen id",
    wordsId: 'answers',
  },
  check(raw) {
    const checked = checkAnswers(raw);
    return checked.ok ? { value: checked.value, ok: true } : { value: null, ok: false };
  },
};

/** Checked on every update; `answers` is checked by its setter (it changes the quiz's step at once). */
export const riskQuizInputs = [headingLevelInput, doseCheckerHrefInput] as const;
