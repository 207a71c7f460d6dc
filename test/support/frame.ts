// Loads a test page in an iframe and gives access to what it recorded (test/pages/record.js).
import { waitUntil } from '@open-wc/testing';

export interface Recorded {
  warnings: string[];
  errors: string[];
  violations: string[];
}

export async function loadFrame(url: string, { width = 800 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

export const recorded = (frame: HTMLIFrameElement): Recorded =>
  (frame.contentWindow as unknown as { __mg: Recorded }).__mg;

/** Shadow text of the first `selector` in the frame, whitespace collapsed. */
export function shadowText(frame: HTMLIFrameElement, selector: string): string {
  const element = frame.contentDocument!.querySelector(selector);
  return (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitForText(frame: HTMLIFrameElement, selector: string, text: string): Promise<void> {
  await waitUntil(
    () => shadowText(frame, selector).includes(text),
    `"${text}" in ${selector}; got "${shadowText(frame, selector)}"`,
    {
      timeout: 5000,
    },
  );
}
