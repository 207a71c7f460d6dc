// Styles of <mg-sources>.
import { css } from 'lit';

export const sourcesStyles = css`
  details {
    border-block-start: 1px solid var(--_mg-border);
    padding-block: 0.5rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 24px;
  }
  ol {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.5rem;
    font-size: var(--mg-sources-font-size, 0.875em);
  }
  li + li {
    margin-block-start: 0.375rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
