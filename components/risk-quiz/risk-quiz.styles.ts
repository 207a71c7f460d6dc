// Styles of <mg-risk-quiz>: one card per step, large answer targets, text labels for every meaning.
import { css } from 'lit';

export const riskQuizStyles = css`
  :host {
    /* --mg-risk-quiz-on-accent is the older name of --mg-on-accent; it still wins when a page sets it. */
    --_mg-quiz-on-accent: var(--mg-risk-quiz-on-accent, var(--_mg-on-accent));
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .progress {
    display: block;
    font-size: 0.875em;
  }
  .heading {
    display: block;
    font-weight: 700;
    font-size: 1.2em;
    /* Tighter for a large, short line; a reader's larger line-height still wins (tokens.styles.ts). */
    line-height: max(1.3em, 1lh);
    margin-block: 0.25rem 0.5rem;
  }
  .result .heading:not([data-focus]) {
    font-size: 1.05em;
    margin-block-start: var(--_mg-gap);
  }
  .hint {
    margin: 0 0 0.75rem;
  }
  .options {
    display: grid;
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
    background: var(--_mg-surface);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border: 2px solid var(--_mg-accent);
    padding: calc(0.5rem - 1px) calc(0.75rem - 1px);
    font-weight: 600;
  }
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: var(--_mg-gap);
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 6rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_mg-accent);
    border-radius: var(--_mg-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  /* An accent fill; color stays inherited so the accent is mixed from the page's text colour (tokens.styles.ts). */
  button.primary {
    background: var(--_mg-accent);
    -webkit-text-fill-color: var(--_mg-quiz-on-accent);
    font-weight: 600;
  }
  .missing {
    font-weight: 600;
    margin-block: 0.75rem 0;
  }
  .missing::before {
    content: '! ';
  }
  .result {
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
    background: var(--_mg-surface);
    padding: 0.75rem 1rem;
  }
  .summary {
    font-size: 1.1em;
    font-weight: 600;
  }
  .warning {
    border: 2px solid var(--_mg-warning);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_mg-radius);
    padding: 0 0.75rem;
    margin-block: var(--_mg-gap);
  }
  .factors,
  .next-steps {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .factors {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .factor {
    border-inline-start: 4px solid var(--_mg-border);
    padding-inline-start: 0.75rem;
  }
  .factor.strong {
    border-inline-start-color: var(--_mg-danger);
  }
  .factor.moderate {
    border-inline-start-color: var(--_mg-warning);
  }
  /* Uncertain answers do not count: a dashed neutral rule instead of the evidence colour. */
  .uncertain .factor {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_mg-border);
  }
  .factor p {
    margin: 0.25rem 0 0;
  }
  .evidence {
    display: inline-block;
    margin-inline-start: 0.5rem;
    font-size: 0.875em;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
  }
  .cited {
    font-size: 0.875em;
  }
  .next-steps li + li {
    margin-block-start: 0.5rem;
  }
  a {
    margin-inline-start: 0.25rem;
  }
  mg-sources {
    margin-block-start: var(--_mg-gap);
  }
  .disclaimer {
    font-size: 0.875em;
    margin-block: var(--_mg-gap) 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    button.primary {
      background: none;
      -webkit-text-fill-color: currentColor;
    }
  }
  /* Forced colours: well-documented risk groups keep a double marker, the chosen answer a thicker frame. */
  @media (forced-colors: active) {
    button.primary {
      -webkit-text-fill-color: ButtonText;
      border-width: 3px;
    }
    .factor.strong {
      border-inline-start-style: double;
      border-inline-start-width: 8px;
    }
    .option:has(input:checked) {
      border: 3px solid Highlight;
      padding: calc(0.5rem - 2px) calc(0.75rem - 2px);
    }
  }
`;
