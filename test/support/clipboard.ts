// A stand-in clipboard for copy tests: records what a widget writes, or refuses like a browser without permission.
export interface FakeClipboard {
  /** The last text written. */
  readonly text: string;
  /** From now on writes fail (no clipboard at all), so the widget's fallback text box shows. */
  refuse(): void;
  restore(): void;
}

export function fakeClipboard(): FakeClipboard {
  let text = '';
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (value: string) => void (text = value) },
  });
  return {
    get text() {
      return text;
    },
    refuse() {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    },
    restore() {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    },
  };
}
