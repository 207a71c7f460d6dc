// Styles of <mg-symptom-checklist>: inherits the page's font and colours; accents from the --mg-* tokens.
import { css } from 'lit';

export const symptomChecklistStyles = css`
  :host {
    --_mg-sc-group-min: var(--mg-symptom-checklist-group-min-width, 16rem);
  }
  p {
    margin: 0 0 0.5rem;
  }
  ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .emergency,
  .result,
  fieldset {
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
    background: var(--_mg-surface);
    padding: 0.75rem 1rem;
    margin: 0 0 var(--_mg-gap);
    min-inline-size: 0;
  }
  .emergency {
    border: 2px solid var(--_mg-danger);
    border-inline-start-width: 0.5rem;
  }
  .emergency ul {
    margin-block-end: 0;
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_mg-sc-group-min)), 1fr));
    column-gap: var(--_mg-gap);
    align-items: start;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: start;
    padding-block: 0.25rem;
  }
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    accent-color: var(--_mg-accent);
  }
  label {
    min-block-size: 24px;
    cursor: pointer;
  }
  .hint {
    grid-column: 2;
    font-size: 0.875em;
    opacity: 0.85;
  }
  .flag {
    grid-column: 2;
    border-inline-start: 0.25rem solid var(--_mg-danger);
    padding-inline-start: 0.5rem;
    margin-block-start: 0.25rem;
  }
  .alert:empty {
    display: none;
  }
  .alert {
    border-inline-start: 0.5rem solid var(--_mg-warning);
    background: color-mix(in srgb, var(--_mg-warning) 12%, transparent);
    border-radius: var(--_mg-radius);
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.75rem;
  }
  .alert-emergency {
    border-inline-start-color: var(--_mg-danger);
    background: color-mix(in srgb, var(--_mg-danger) 12%, transparent);
  }
  .alert:not(.alert-emergency):not(.alert-urgent) {
    border: 0;
    background: none;
    padding: 0;
    margin: 0;
  }
  .level {
    font-size: 1.125em;
  }
  .not-likelihood,
  .disclaimer {
    font-size: 0.875em;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  /* The copy button: an accent fill; color stays inherited so the accent is mixed from the page's text colour. */
  button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: var(--_mg-accent);
    -webkit-text-fill-color: var(--_mg-on-accent);
    border: 2px solid var(--_mg-accent);
    border-radius: var(--_mg-radius);
    padding: 0.25rem 0.875rem;
    min-block-size: 44px;
    cursor: pointer;
  }
  .copy-label {
    flex-basis: 100%;
  }
  textarea {
    flex-basis: 100%;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_mg-control-border);
    border-radius: var(--_mg-radius);
    padding: 0.5rem;
  }
  @media print {
    button {
      background: none;
      -webkit-text-fill-color: currentColor;
    }
  }
  /* Forced colours keep borders but not their colours: the emergency box and alert get a double frame. */
  @media (forced-colors: active) {
    button {
      -webkit-text-fill-color: ButtonText;
    }
    .emergency,
    .alert-emergency {
      border: 4px double CanvasText;
      border-inline-start-width: 0.75rem;
    }
    .flag {
      border-inline-start-style: double;
      border-inline-start-width: 0.5rem;
    }
  }
`;
