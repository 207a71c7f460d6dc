// Shared design tokens and base styles. Public hooks are --mg-*; private resolved values are --_mg-*.
import { css } from 'lit';

/**
 * Colours follow the text colour the widget inherits (currentColor), so they work on any page: light, dark with
 * `color-scheme`, and dark without it (most WordPress dark styles). A status or accent colour is a strong hue mixed
 * half-and-half with the text colour: dark text gives a dark red, light text a light red; where the page's text has
 * about 7:1 or more on its background, every such colour keeps 4.5:1 (test/elements/theming.test.ts measures it).
 * The OS setting alone never changes a colour. Text, font and background are inherited; surfaces are transparent or
 * mixed from currentColor.
 *
 * A custom property whose value uses currentColor resolves where it is used: an element with an accent fill keeps
 * `color` inherited and paints its text with `-webkit-text-fill-color`, so its accent is mixed from the page's text
 * colour, not from the text on the fill.
 */
export const tokens = css`
  :host {
    --_mg-accent: var(--mg-accent, color-mix(in oklab, #1a73e8 55%, currentColor));
    /* White or black, whichever contrasts more with the accent (WCAG luminance 0.1791 is where both tie). */
    --_mg-on-accent: var(
      --mg-on-accent,
      color(
        from var(--_mg-accent) xyz-d65 calc(0.9505 * clamp(0, (0.1791 - y) * 1000000, 1))
          clamp(0, (0.1791 - y) * 1000000, 1) calc(1.089 * clamp(0, (0.1791 - y) * 1000000, 1))
      )
    );
    /* Decorative rules and cards; fields and other controls get a stronger border (WCAG 1.4.11: 3:1). */
    --_mg-border: var(--mg-border-color, color-mix(in srgb, currentColor 35%, transparent));
    --_mg-control-border: var(--mg-border-color, color-mix(in srgb, currentColor 70%, transparent));
    --_mg-danger: var(--mg-danger, color-mix(in oklab, #e0301e 55%, currentColor));
    --_mg-warning: var(--mg-warning, color-mix(in oklab, #c77800 55%, currentColor));
    --_mg-ok: var(--mg-ok, color-mix(in oklab, #22a046 55%, currentColor));
    --_mg-surface: var(--mg-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_mg-radius: var(--mg-radius, 0.5rem);
    --_mg-gap: var(--mg-gap, 1rem);
    --_mg-focus: var(--mg-focus-color, var(--_mg-accent));

    /*
     * !important: a page's '* { … !important }' reset would otherwise win over :host (the hostile-CSS test).
     * flow-root: the widget's own margins stay inside its box, so its height is all the space it takes (the
     * README's space-keeping rule measures it).
     */
    display: flow-root !important;
    box-sizing: border-box !important;
    max-width: 100%;
    font: inherit;
    color: inherit;
    /*
     * At least 1.5, but never less than the line-height of the element around the widget: 'lh' in line-height is
     * the parent's. A page that squeezes lines gets 1.5; a reader's own text spacing ('* { line-height: 2 !important }'
     * from a bookmarklet or extension) reaches the widget's text (WCAG 1.4.12). The plain 1.5 is for browsers without
     * the lh unit.
     */
    line-height: 1.5 !important;
    line-height: max(1.5em, 1lh) !important;
    overflow-wrap: anywhere;
  }
  /* Each element keeps at least 1.5 of its own font size and never less than its parent's line (larger text too). */
  * {
    line-height: max(1.5em, 1lh);
  }
  /*
   * Browsers without color-mix() or relative colours from currentColor (before Chrome 131, Firefox 133, Safari 18)
   * would keep the custom properties above and then drop every colour that reads them; they get the fixed colours of
   * a light page instead.
   */
  @supports not ((color: color-mix(in srgb, red 50%, blue)) and (color: color(from currentColor xyz-d65 x y z))) {
    :host {
      --_mg-accent: var(--mg-accent, #0b57a4);
      --_mg-on-accent: var(--mg-on-accent, #fff);
      --_mg-border: var(--mg-border-color, #b3b3b3);
      --_mg-control-border: var(--mg-border-color, #767676);
      --_mg-danger: var(--mg-danger, #b3261e);
      --_mg-warning: var(--mg-warning, #8a5300);
      --_mg-ok: var(--mg-ok, #1e6b35);
      --_mg-surface: var(--mg-surface, transparent);
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Links and outline buttons use the text colour: readable on any background, whatever the accent. */
  a {
    color: inherit;
    text-decoration-line: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  /* Two rings: the text colour next to the control (always readable on the page), the focus colour around it. */
  :focus-visible {
    outline: 3px solid var(--_mg-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px currentColor;
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
  /* Windows high contrast and other forced colours: system colours for focus; shadows are dropped there. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
