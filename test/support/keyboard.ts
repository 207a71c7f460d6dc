// Real key presses (through the browser driver) and the tab order they produce, shadow roots included.
import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

/** Presses one key. "Space" is sent as " ": Firefox's BiDi driver does not know the name. */
export const press = (key: string) => sendKeys({ press: key === 'Space' ? ' ' : key });

export interface TabStop {
  element: Element;
  /** Whether the element matched :focus-visible when it had focus (a visible focus indicator). */
  focusVisible: boolean;
}

/**
 * Focuses `before` (a focusable element placed before the widget) and presses Tab until focus leaves
 * `host`; returns the focused inner elements in order.
 */
export async function tabOrder(host: HTMLElement, before: HTMLElement, maxStops = 60): Promise<TabStop[]> {
  before.focus();
  const stops: TabStop[] = [];
  for (let i = 0; i < maxStops; i++) {
    await press('Tab');
    const outer = document.activeElement;
    if (outer !== host) break;
    const inner = deepActiveElement();
    if (inner) stops.push({ element: inner, focusVisible: inner.matches(':focus-visible') });
  }
  return stops;
}
