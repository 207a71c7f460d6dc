// Shared design tokens and base styles. Public hooks are --mg-*; private resolved values are --_mg-*.
import { css } from 'lit';

/**
 * Colours default through light-dark(), driven by the page's `color-scheme` (it inherits into the
 * shadow root), never by the OS alone: a dark OS on a light blog keeps light-page colours.
 * Text, font and background are inherited from the page; surfaces are transparent or mixed from currentColor.
 */
export const tokens = css`
  :host {
    --_mg-accent: var(--mg-accent, #0b57a4);
    --_mg-accent: var(--mg-accent, light-dark(#0b57a4, #8ec5ff));
    --_mg-border: var(--mg-border-color, color-mix(in srgb, currentColor 35%, transparent));
    --_mg-danger: var(--mg-danger, #b3261e);
    --_mg-danger: var(--mg-danger, light-dark(#b3261e, #ffb4ab));
    --_mg-warning: var(--mg-warning, #8a5300);
    --_mg-warning: var(--mg-warning, light-dark(#8a5300, #ffc266));
    --_mg-ok: var(--mg-ok, #1e6b35);
    --_mg-ok: var(--mg-ok, light-dark(#1e6b35, #8fd9a4));
    --_mg-surface: var(--mg-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_mg-radius: var(--mg-radius, 0.5rem);
    --_mg-gap: var(--mg-gap, 1rem);
    --_mg-focus: var(--mg-focus-color, var(--_mg-accent));

    /* !important: a page's '* { … !important }' reset would otherwise win over :host (the hostile-CSS test). */
    display: block !important;
    box-sizing: border-box !important;
    max-width: 100%;
    font: inherit;
    color: inherit;
    line-height: 1.5 !important;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_mg-focus);
    outline-offset: 2px;
  }
  .input-problems {
    border: 2px solid var(--_mg-warning);
    border-radius: var(--_mg-radius);
    padding: 0.25rem 0.75rem;
    margin-block-end: var(--_mg-gap);
  }
  .input-problems p {
    margin: 0.5rem 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
