// Attribute table of <mg-risk-quiz>.
import { fromSpec, type ElementTable } from '../tables/types.js';
import { answersInput, doseCheckerHrefInput, headingLevelInput } from '../../src/checks/risk-quiz-inputs.js';

export const riskQuizTable: ElementTable = {
  tag: 'mg-risk-quiz',
  bundle: '/dist/cdn/mg-risk-quiz.js',
  preset: { 'heading-level': '3' },
  ready: '.intro button',
  attributes: [
    fromSpec(headingLevelInput, {
      valid: ['2', '3', '6'],
      invalid: ['', '1', '7', 'h3', '3.5', '<img src=x onerror=alert(1)>'],
      invalidProperty: [9, 'h2', { level: 3 }],
    }),
    fromSpec(doseCheckerHrefInput, {
      valid: ['', '#doseringstjek', '/apotek/magnesium', 'https://example.org/dosis?x=1'],
      invalid: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:void(0)'],
      invalidProperty: [42, ['#dose']],
    }),
    fromSpec(answersInput, {
      // Script-only: the reader's answers are never an attribute.
      valid: [],
      invalid: [],
      invalidProperty: [
        { 'age-group': '18' },
        { 'age-group': '18+', coffee: 'yes' },
        { alcohol: true },
        'yes',
        null,
        [],
      ],
    }),
  ],
  exercise: async (element) => {
    const quiz = element as HTMLElement & { updateComplete: Promise<unknown> };
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('.intro button')!.click();
    await quiz.updateComplete;
    let heard = false;
    quiz.addEventListener('mg-change', () => (heard = true), { once: true });
    quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    return heard;
  },
  // The intro's Start button.
  tabStops: 1,
};
