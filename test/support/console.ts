// Records console.warn calls made while a test runs (and still lets other output through).

export interface WarnSpy {
  calls: string[];
  /** Calls that start with the library's prefix. */
  ours(): string[];
  restore(): void;
}

export function spyOnWarn(target: Console = console): WarnSpy {
  const original = target.warn;
  const calls: string[] = [];
  target.warn = (...args: unknown[]) => {
    calls.push(args.map((arg) => (typeof arg === 'string' ? arg : String(arg))).join(' '));
  };
  return {
    calls,
    ours: () => calls.filter((call) => call.startsWith('[magnesium-widgets]')),
    restore: () => {
      target.warn = original;
    },
  };
}
