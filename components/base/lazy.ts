// Rare paths (the bibliography list, the quiz result, …) live in chunks of their own, loaded the first time a
// widget needs them, so the first render downloads only what it shows. One load per page for each part; the
// widget leaves that place empty meanwhile (updateComplete waits for it) and shows a localised message if the
// chunk cannot be loaded.
import { msg } from '@lit/localize';
import { loadPartMessages, type PartMessages } from '../localization.js';

export interface LazyPart<Module> {
  /** The loaded module, once it is there. */
  readonly module: Module | undefined;
  /** The chunk could not be loaded (offline, blocked); the widget says so instead of waiting forever. */
  readonly failed: boolean;
  /** Starts the load (once per page); resolves when it has finished, loaded or failed. Never rejects. */
  load(): Promise<void>;
}

/** How long a part's chunk may take before the widget says it could not be loaded (if it comes later, the next update shows it). */
const partTimeoutMs = 10_000;

/** A lazy part: its module and, in the locale shown, its messages (split off by scripts/locales.mjs). */
export function lazyPart<Module>(
  importer: () => Promise<Module>,
  messages?: PartMessages,
  timeoutMs = partTimeoutMs,
): LazyPart<Module> {
  let loading: Promise<void> | undefined;
  const part = {
    module: undefined as Module | undefined,
    failed: false,
    load(): Promise<void> {
      if (loading) return loading;
      // Only the module decides whether the part failed: its messages, if they fail or stall, leave its texts
      // in Danish for a while (loadPartMessages waits at most 3 s and never rejects).
      const arrived = Promise.all([importer(), messages && loadPartMessages(messages)]).then(([module]) => {
        part.module = module;
        part.failed = false;
      });
      // A stalled chunk must not leave the widget (and updateComplete) waiting forever.
      const timedOut = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs),
      );
      loading = Promise.race([arrived, timedOut]).catch((error: unknown) => {
        if (part.module) return;
        part.failed = true;
        console.error('[magnesium-widgets] a part of the widget could not be loaded', error);
      });
      arrived.catch(() => undefined);
      return loading;
    },
  };
  return part;
}

/** Shown where a lazy part could not be loaded. */
export const partFailedText = (): string =>
  msg('Denne del kunne ikke hentes. Genindlæs siden for at prøve igen.', { id: 'common.part-failed' });
