// The page-wide widget locale: follows <html lang> (and its changes) unless a site pins one with setLocale().
import { LOCALE_STATUS_EVENT, configureLocalization, type LocaleModule } from '@lit/localize';
// The server path (serverLocale below) shows messages without the runtime's setLocale, which dispatches on `window`.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { resolveLocale, isLocale, allLocales, type Locale } from '../src/locale.js';
import { sourceLocale, targetLocales } from './locales/locale-codes.js';

type Loaders = Record<(typeof targetLocales)[number], () => Promise<LocaleModule>>;

// An explicit map of dynamic imports, so each locale is its own lazy chunk and only the one in use is fetched.
const loaders: Loaders = {
  en: () => import('./locales/en.js'),
  sv: () => import('./locales/sv.js'),
  nb: () => import('./locales/nb.js'),
  fi: () => import('./locales/fi.js'),
  de: () => import('./locales/de.js'),
};

type Templates = LocaleModule['templates'];

/**
 * One templates object per locale, handed to the runtime by reference: the locale chunk's common messages plus
 * those of every widget and lazy part loaded so far (scripts/split-locales.mjs), so messages that arrive later
 * join the locale already shown.
 */
const templatesByLocale = new Map<string, Templates>();
/**
 * A message chunk as the published types see it: its templates by message id. Structurally the runtime's
 * `LocaleModule`, declared here so the published .d.ts files need nothing from @lit/localize (a dev dependency
 * whose runtime is vendored into dist/vendor/).
 */
export interface MessageChunk {
  templates: Record<string, unknown>;
}
/** The message chunks of a widget or lazy part, by locale (generated in components/locales/parts/). */
export type PartMessages = Record<(typeof targetLocales)[number], () => Promise<MessageChunk>>;
const loadedParts = new Set<PartMessages>();
const templatesOf = (locale: string): Templates => {
  let templates = templatesByLocale.get(locale);
  if (!templates) templatesByLocale.set(locale, (templates = {}));
  return templates;
};

/** Waits at most this long for the message chunks of a widget or lazy part. */
const partWaitMs = 3000;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Loads one part's messages for a locale and merges them; resolves when they are in, when the chunk failed
 * (its texts stay in Danish) or after `partWaitMs`, whichever is first; never rejects. Messages that arrive
 * after the wait are merged then, and the widgets re-render if that locale is shown.
 */
function loadPart(part: PartMessages, locale: string): Promise<void> {
  let late = false;
  const arrived = part[locale as keyof PartMessages]().then(
    (module) => {
      Object.assign(templatesOf(locale), module.templates);
      // Same event the runtime sends when a locale is ready: every widget (updateWhenLocaleChanges) re-renders.
      if (late && runtime?.getLocale() === locale)
        window.dispatchEvent(
          new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }),
        );
    },
    (error: unknown) => console.warn(`[magnesium-widgets] could not load messages for "${locale}"`, error),
  );
  return Promise.race([arrived, wait(partWaitMs).then(() => void (late = true))]);
}

async function loadLocale(locale: string): Promise<LocaleModule> {
  const templates = templatesOf(locale);
  await Promise.all([
    loaders[locale as keyof Loaders]().then((module) => Object.assign(templates, module.templates)),
    ...[...loadedParts].map((part) => loadPart(part, locale)),
  ]);
  return { templates };
}

/**
 * Loads the messages of a widget or lazy part in the locale asked for (nothing for the source locale); later
 * locale changes load them together with the locale. Never rejects; waits at most `partWaitMs`.
 */
export function loadPartMessages(part: PartMessages): Promise<void> {
  loadedParts.add(part);
  return requested === sourceLocale ? Promise.resolve() : loadPart(part, requested);
}

let runtime: ReturnType<typeof configureLocalization> | undefined;
let pinned: Locale | undefined;
let observer: MutationObserver | undefined;

/**
 * What a widget's first render waits for: the locale asked for and, given the widget's message chunks, its
 * messages in that locale (never rejects). Undefined on a page in the source locale: nothing to wait for.
 */
export function localeReady(part?: PartMessages): Promise<unknown> | undefined {
  if (requested === sourceLocale) {
    if (part) loadedParts.add(part);
    return undefined;
  }
  return Promise.all([pending, part && loadPartMessages(part)]);
}

/**
 * The page's language tag (`<html lang>`): read when the first widget connects and kept up to date by the
 * observer in ensureLocalization, so rendering never touches `document` (server rendering has none).
 */
let pageTag: string | null = null;
const readPageTag = (): string | null => globalThis.document?.documentElement.getAttribute('lang') ?? null;

/** On the server (components/ssr.ts): the locale, page tag and messages of the render under way. */
let server: { locale: Locale; tag: string; templates: Templates | undefined } | undefined;

/**
 * The page's language tag as the widgets see it: `<html lang>` in the browser, the `locale`/`country` options
 * of renderToString on the server. Contacts (emergency numbers) follow its region subtag.
 */
export function pageLanguageTag(): string | null {
  return server ? server.tag : pageTag;
}

function pageLocale(): Locale {
  return resolveLocale(server ? server.tag : readPageTag());
}

/** The locale last asked for (the runtime starts in the source locale) and the load that shows it. */
let requested: Locale = 'da';
let pending: Promise<void> = Promise.resolve();

function apply(locale: Locale): Promise<void> {
  if (!runtime) return Promise.resolve();
  // Compare with what was last asked for, not what is shown: a locale may still be loading.
  if (locale === requested) return pending;
  requested = locale;
  // A failed chunk load leaves the previous locale in place; never reject into the host page.
  pending = runtime.setLocale(locale).catch((error: unknown) => {
    console.warn(`[magnesium-widgets] could not load locale "${locale}"`, error);
    const shown = runtime?.getLocale();
    requested = isLocale(shown) ? shown : 'da';
  });
  return pending;
}

/**
 * Sets up localisation on first use (called by every element when it connects, so importing a
 * class has no side effects).
 */
export function ensureLocalization(): void {
  if (runtime) return;
  runtime = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale,
  });
  pageTag = readPageTag();
  observer = new MutationObserver(() => {
    pageTag = readPageTag();
    if (!pinned) void apply(pageLocale());
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void apply(pinned ?? pageLocale());
}

/** The locale the widgets show now. */
export function getLocale(): Locale {
  if (server) return server.locale;
  const locale = runtime?.getLocale();
  return isLocale(locale) ? locale : (pinned ?? pageLocale());
}

/**
 * Pins the widgets to one locale (`da`, `en`, `sv`, `nb`, `fi`, `de`) for the whole page, or
 * `'auto'` to follow `<html lang>` again. Resolves when the locale is shown. An unknown locale
 * is reported with one console warning and changes nothing.
 */
export function setLocale(locale: Locale | 'auto'): Promise<void> {
  if (locale !== 'auto' && !isLocale(locale)) {
    console.warn(
      `[magnesium-widgets] setLocale: unknown locale ${JSON.stringify(String(locale))}; accepted: ${allLocales.join(', ')} or auto`,
    );
    return Promise.resolve();
  }
  pinned = locale === 'auto' ? undefined : locale;
  ensureLocalization();
  return apply(pinned ?? pageLocale());
}

let serverMsgInstalled = false;

/**
 * Server rendering only (components/ssr.ts): shows `locale` with every message of the widgets and lazy parts
 * in `parts` loaded, and gives the widgets `tag` as the page's language tag (for contacts). One locale per
 * process at a time: the caller serialises renders. Rejects if a locale chunk cannot be loaded.
 */
export async function useServerLocale(locale: Locale, tag: string, parts: Iterable<PartMessages>): Promise<void> {
  let templates: Templates | undefined;
  if (locale !== sourceLocale) {
    const target = locale as keyof Loaders;
    const modules = await Promise.all([loaders[target](), ...[...new Set(parts)].map((part) => part[target]())]);
    templates = Object.assign({}, ...modules.map((module) => module.templates)) as Templates;
  }
  server = { locale, tag, templates };
  if (serverMsgInstalled) return;
  if (runtime) throw new Error('[magnesium-widgets] server rendering cannot run where widgets are connected');
  serverMsgInstalled = true;
  _installMsgImplementation(((template, options) => runtimeMsg(server?.templates, template, options)) as Parameters<
    typeof _installMsgImplementation
  >[0]);
}
