// Styles of <mg-dose-table>: a real table that scrolls inside its own box when narrow, and prints cleanly.
import { css } from 'lit';

export const doseTableStyles = css`
  :host {
    --_mg-dose-table-highlight: var(--mg-dose-table-highlight, color-mix(in srgb, var(--_mg-accent) 14%, transparent));
  }
  @supports not ((color: color-mix(in srgb, red 50%, blue)) and (color: color(from currentColor xyz-d65 x y z))) {
    :host {
      --_mg-dose-table-highlight: var(--mg-dose-table-highlight, #e7eef6);
    }
  }
  .picker {
    border: 1px solid var(--_mg-border);
    border-radius: var(--_mg-radius);
    padding: 0.25rem 0.75rem;
    margin-block-end: var(--_mg-gap);
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 24px;
    padding-block: 0.25rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0 0 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-inline-size: min(11rem, 100%);
    flex: 1 1 11rem;
  }
  select {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_mg-control-border);
    border-radius: calc(var(--_mg-radius) / 2);
    padding: 0.25rem 0.5rem;
    min-block-size: 2.25rem;
    max-inline-size: 100%;
  }
  select option {
    color: CanvasText;
    background: Canvas;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block: 0 0.75rem;
    font-weight: 600;
  }
  .scroll {
    max-inline-size: 100%;
    overflow-x: auto;
    border-radius: var(--_mg-radius);
    container-type: inline-size;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--mg-dose-table-font-size, 0.9375em);
    overflow-wrap: normal;
    hyphens: auto;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.625rem;
    border-block-end: 1px solid var(--_mg-border);
  }
  thead th {
    background: var(--_mg-surface);
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
    min-inline-size: 7rem;
  }
  .value {
    font-weight: 600;
    white-space: nowrap;
  }
  .band {
    font-size: 0.875em;
  }
  .notes-cell {
    font-size: 0.875em;
    min-inline-size: 12rem;
  }
  .notes-cell p {
    margin: 0;
  }
  .notes-cell p + p {
    margin-block-start: 0.375rem;
  }
  .notes-cell ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
  tr.current {
    background: var(--_mg-dose-table-highlight);
  }
  tr.current > th {
    box-shadow: inset 4px 0 0 var(--_mg-accent);
  }
  /* An accent fill; color stays inherited so the accent is mixed from the page's text colour (tokens.styles.ts). */
  .current-label {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.375rem;
    border: 1px solid var(--_mg-accent);
    border-radius: var(--_mg-radius);
    background: var(--_mg-accent);
    -webkit-text-fill-color: var(--_mg-on-accent);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
  /* Narrow containers: each row becomes a card with its column names (the roles keep the semantics). */
  @container (max-width: 40rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      border: 1px solid var(--_mg-border);
      border-radius: var(--_mg-radius);
      margin-block-end: 0.75rem;
      padding-block: 0.25rem;
    }
    th,
    td {
      border: 0;
      padding-block: 0.25rem;
    }
    td::before {
      content: attr(data-label);
      display: block;
      font-size: 0.8125em;
      font-weight: 600;
    }
    td.empty,
    tbody th,
    .notes-cell {
      min-inline-size: 0;
    }
    td.empty {
      display: none;
    }
    tr.current > th {
      box-shadow: none;
    }
    tr.current {
      border-inline-start: 4px solid var(--_mg-accent);
    }
  }
  .about {
    font-size: 0.9375em;
  }
  .about p {
    margin-block: 0.75rem 0;
  }
  .disclaimer {
    font-size: 0.875em;
    margin-block: 0.75rem;
  }
  /* Forced colours drop the tint and the accent bar: the reader's row gets a frame in the system's highlight colour. */
  @media (forced-colors: active) {
    tr.current > th,
    tr.current > td {
      border-block: 3px solid Highlight;
    }
    tr.current > th {
      border-inline-start: 6px solid Highlight;
    }
    tr.current {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    .current-label {
      -webkit-text-fill-color: CanvasText;
      border-color: CanvasText;
    }
  }
  @media print {
    .picker {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
    table {
      font-size: 10pt;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    thead th,
    tr.current {
      background: none;
    }
    /* Paper gets no backgrounds by default: the label prints as outlined text. */
    .current-label {
      background: none;
      -webkit-text-fill-color: currentColor;
      border-color: currentColor;
    }
    tr.current > th {
      box-shadow: none;
    }
    th,
    td {
      border-color: currentColor;
    }
  }
`;
