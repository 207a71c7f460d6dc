// Styles of <mg-dose-checker>: cards for products, native controls at full width, warnings with words and borders.
import { css } from 'lit';

export const doseCheckerStyles = css`
  :host {
    max-width: var(--mg-dose-checker-max-width, none);
  }
  /* The widget's own width decides the layout (a 300 px sidebar or a full page), not the viewport. */
  .frame {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_mg-gap);
    grid-template-columns: minmax(0, 1fr);
  }
  form {
    display: grid;
    gap: var(--_mg-gap);
  }
  /* Narrow: products, result, "Om dig" (DOM order). From 48rem: the result beside the form, in view while typing. */
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      /* The result spans both rows; its extra height goes below "Om dig", not between the two forms. */
      grid-template-rows: auto 1fr;
      align-items: start;
    }
    .layout > * {
      grid-column: 1;
    }
    .layout > .result {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: start;
      position: sticky;
      top: 0.5rem;
      margin-block-start: 0;
    }
  }
  .about {
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
  }
  .about > summary {
    cursor: pointer;
    padding: 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .about-title {
    font-weight: 600;
  }
  .about[open] .about-line,
  .about[open] .about-edit {
    display: none;
  }
  .about-edit {
    text-decoration: underline;
  }
  .about > .reader {
    border: 0;
    padding-block-start: 0;
  }
  fieldset {
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
    margin: 0;
    padding: 0.75rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  fieldset fieldset {
    border: 0;
    padding: 0;
    margin-block-start: 0.75rem;
  }
  fieldset fieldset legend {
    padding: 0;
  }
  .product {
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
    background: var(--_mg-surface);
    margin-block-end: 0.75rem;
  }
  summary {
    cursor: pointer;
    padding: 0.5rem 0.75rem;
    min-block-size: 24px;
  }
  .product-title {
    font-weight: 600;
  }
  .product-summary {
    display: block;
    font-size: 0.9375em;
  }
  .fields {
    padding: 0 0.75rem 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.75rem;
  }
  input[type='text'],
  select,
  textarea {
    /* Set, not inherited: inside <details> the chain runs through its UA slot, which is content-box. */
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_mg-control-border);
    border-radius: calc(var(--_mg-radius) / 2);
    padding: 0.375rem 0.5rem;
    min-block-size: 2.25rem;
    max-width: 100%;
    width: 100%;
  }
  select option {
    color: CanvasText;
    background: Canvas;
  }
  input[inputmode] {
    max-width: 12rem;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_mg-danger);
  }
  .choices label,
  .basis label,
  .medicines label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    min-block-size: 24px;
    margin-block: 0.25rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
    accent-color: var(--_mg-accent);
  }
  .hint {
    font-size: 0.875em;
    margin: 0.25rem 0 0;
  }
  .error {
    color: var(--_mg-danger);
    font-weight: 600;
    margin: 0;
  }
  .error::before {
    content: '⚠ ';
  }
  /* Outline buttons: the text colour on the page's background, the accent as the border. */
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 2.25rem;
    padding: 0.375rem 0.875rem;
    border-radius: calc(var(--_mg-radius) / 2);
    border: 2px solid var(--_mg-accent);
    color: inherit;
    background: transparent;
    margin-block-start: 0.75rem;
  }
  button:hover {
    background: color-mix(in srgb, var(--_mg-accent) 12%, transparent);
  }
  /* The copy button is the result's one action: an accent fill. color stays inherited (tokens.styles.ts). */
  button[part~='copy-button'],
  button[part~='copy-button']:hover {
    background: var(--_mg-accent);
    -webkit-text-fill-color: var(--_mg-on-accent);
    font-weight: 600;
  }
  .add {
    margin-block-start: 0;
  }
  .result {
    margin-block-start: var(--_mg-gap);
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
    padding: 0.75rem;
  }
  .section-title {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .warnings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .warnings:not(:empty) {
    margin-block: 0.5rem;
  }
  .warning {
    border-inline-start: 4px solid var(--_mg-warning);
    background: var(--_mg-surface);
    padding: 0.25rem 0.75rem;
  }
  .warning.urgent {
    border-inline-start-color: var(--_mg-danger);
    border-inline-start-width: 6px;
  }
  .warning p {
    margin: 0.375rem 0;
  }
  .warning ul {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .total {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0.25rem 0;
  }
  .verdict {
    margin: 0.25rem 0;
    font-weight: 600;
  }
  .verdict-above {
    color: var(--_mg-danger);
  }
  .verdict-below,
  .verdict-at {
    color: var(--_mg-ok);
  }
  .meter-row {
    display: grid;
    gap: 0.25rem;
    margin-block: 0.5rem;
  }
  meter {
    appearance: none;
    inline-size: 100%;
    block-size: 1.25rem;
    border: 1px solid var(--_mg-control-border);
    border-radius: 0.25rem;
    background: var(--_mg-surface);
  }
  meter::-webkit-meter-bar {
    background: transparent;
    border: 0;
    border-radius: 0.25rem;
    block-size: 100%;
  }
  meter::-webkit-meter-optimum-value {
    background: var(--_mg-accent);
  }
  meter::-moz-meter-bar {
    background: var(--_mg-accent);
  }
  meter.above::-webkit-meter-optimum-value {
    background: var(--_mg-danger);
  }
  meter.above::-moz-meter-bar {
    background: var(--_mg-danger);
  }
  .product-lines {
    padding-inline-start: 1.25rem;
    margin: 0.5rem 0;
  }
  .scope,
  .label-reference {
    margin: 0.5rem 0;
  }
  .scope {
    font-size: 0.875em;
  }
  .copy-status:empty {
    display: none;
  }
  .disclaimer {
    font-size: 0.875em;
    margin: var(--_mg-gap) 0 0.5rem;
  }
  @media print {
    /* The answers as their one-line summary, not as a form; the result after them, not sticky. */
    .layout > .result {
      position: static;
    }
    .about > .reader,
    .about .about-edit {
      display: none;
    }
    .about[open] .about-line {
      display: inline;
    }
  }
  /* Forced colours drop tints and colours: the verdict and the urgent warnings keep a shape of their own. */
  @media (forced-colors: active) {
    button[part~='copy-button'] {
      -webkit-text-fill-color: ButtonText;
    }
    .verdict {
      border: 1px solid CanvasText;
      padding: 0.25rem 0.5rem;
    }
    .verdict-above {
      border-width: 3px;
      border-style: double;
    }
    .warning.urgent {
      border-inline-start-style: double;
      border-inline-start-width: 8px;
    }
    meter::-webkit-meter-optimum-value {
      background: CanvasText;
    }
    meter::-moz-meter-bar {
      background: CanvasText;
    }
  }
`;
