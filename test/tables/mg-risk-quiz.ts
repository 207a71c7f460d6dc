// Attribute table of <mg-risk-quiz>.
import type { ElementTable } from './types.js';

export const riskQuizTable: ElementTable = {
  tag: 'mg-risk-quiz',
  bundle: '/dist/cdn/mg-risk-quiz.js',
  preset: { 'heading-level': '3' },
  ready: '.intro button',
  attributes: [
    {
      attribute: 'heading-level',
      property: 'headingLevel',
      accepted: 'an integer from 2 to 6',
      valid: ['2', '3', '6'],
      invalid: ['', '1', '7', 'h3', '3.5', '<img src=x onerror=alert(1)>'],
      invalidProperty: [9, 'h2', { level: 3 }],
    },
    {
      attribute: 'dose-checker-href',
      property: 'doseCheckerHref',
      accepted: 'a relative URL or an http(s) URL',
      valid: ['', '#doseringstjek', '/apotek/magnesium', 'https://example.org/dosis?x=1'],
      invalid: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:void(0)'],
      invalidProperty: [42, ['#dose']],
    },
    {
      // Script-only: the reader's answers are never an attribute.
      attribute: 'answers',
      property: 'answers',
      accepted:
        "an object keyed by question ids (age-group, older-age, sex, life-stage, the risk-factor ids, kidney-disease, magnesium-products) with 'yes' | 'no' | 'unknown' or the chosen id",
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
    },
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
