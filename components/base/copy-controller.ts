// "Copy as text" for every widget: the async clipboard where it works; otherwise a read-only text box is shown,
// focused and selected (and the old execCommand copy tried), so the reader can always take the text along.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type CopyStatus = 'idle' | 'copied' | 'select';

export class CopyController implements ReactiveController {
  status: CopyStatus = 'idle';
  /** The text shown in the fallback box, or null while the box is hidden. */
  fallbackText: string | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Finds the rendered fallback box (a read-only textarea) in the host's shadow root. */
  readonly #textBox: () => HTMLTextAreaElement | null | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, textBox: () => HTMLTextAreaElement | null | undefined) {
    this.#host = host;
    this.#textBox = textBox;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to idle (the input changed, so an earlier "Kopieret" no longer describes the text). */
  reset(): void {
    if (this.status === 'idle' && this.fallbackText === null) return;
    this.status = 'idle';
    this.fallbackText = null;
    this.#host.requestUpdate();
  }

  /** Copies `text`; never throws. */
  async copy(text: string): Promise<void> {
    let copied = false;
    try {
      // Missing in insecure contexts and older engines; refused without permission or focus.
      const clipboard = navigator.clipboard as Partial<Clipboard> | undefined;
      if (clipboard?.writeText) {
        await clipboard.writeText(text);
        copied = true;
      }
    } catch {
      copied = false;
    }
    if (!copied) {
      this.fallbackText = text;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      const box = this.#textBox();
      box?.focus();
      box?.select();
      try {
        // Deprecated, but the only copy path left where the async clipboard is missing.
        copied = box ? this.#host.ownerDocument.execCommand('copy') : false;
      } catch {
        copied = false;
      }
    }
    this.status = copied ? 'copied' : 'select';
    this.#host.requestUpdate();
  }
}
