// The "copy as text" block every widget shows with its result: the button, a status line, and the fallback text box
// (focused and selected by CopyController) where the clipboard is refused.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CopyController } from './copy-controller.js';

export interface CopyWords {
  /** The button ("Kopiér teksten til apoteket"). */
  button: string;
  /** Said once copied ("Kopieret"). */
  done: string;
  /** The label of the fallback text box ("Tekst til lægen"). */
  label: string;
}

export function renderCopy(copy: CopyController, onCopy: () => void, words: CopyWords): TemplateResult {
  return html`<div class="copy">
    <button type="button" part="copy-button" @click=${onCopy}>${words.button}</button>
    <p role="status" class="copy-status">
      ${
        copy.status === 'copied'
          ? words.done
          : copy.status === 'select'
            ? msg('Teksten er markeret. Kopiér den med Ctrl+C (⌘+C på Mac).', { id: 'common.copy.select' })
            : nothing
      }
    </p>
    ${
      copy.fallbackText === null
        ? nothing
        : html`<label class="copy-label" for="copy-text">${words.label}</label
            ><textarea id="copy-text" part="copy-text" readonly rows="8" .value=${copy.fallbackText}></textarea>`
    }
  </div>`;
}
