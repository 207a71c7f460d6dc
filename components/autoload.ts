// dist/cdn/autoload.js: one small script for any page. It knows every widget's files (the build writes the list in,
// scripts/bundle-info.mjs), finds the `mg-*` tags on the page and in the open shadow roots it can see, and imports
// what those tags need: each widget's per-element file, with its whole static closure preloaded at once (no
// waterfall). Tags that appear later (a tab opened, a client-side route) are loaded when they appear. Everything
// comes from the per-element build, so a page never gets a second copy of Lit or the base, whatever it loads when,
// and a page that also pins a per-element file shares it. A server-rendered widget (a declarative shadow root not
// yet upgraded) brings the hydrate support first, so the widgets take over the server's DOM.
// An entry of the CDN build only; it imports no module statically. Kept under 0.5 KB gzip (scripts/size.mjs).

import type { Locale } from '../src/locale.js';

/** Tag → the chunks of its entry's static closure (paths without `.js`, by spaces); a tag goes once its load starts. */
const tags = JSON.parse('__MG_MANIFEST__') as Record<string, string | 0>;
/**
 * The hydrate support's import if the page has server-rendered widgets (a widget's shadow root before any widget code
 * ran), set while the page is first scanned and 0 from then on: it must run before Lit, so it is decided once, before
 * any widget file runs (a server-rendered widget that appears later renders afresh, with one warning).
 */
let hydrate: Promise<unknown> | 0 | undefined;
const warn = (error: unknown) => console.warn('[magnesium-widgets]', error);
const observer = new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach(scan)));
const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true });

/** Loads the widgets in `root` and in the open shadow roots below it, and watches those roots from then on. */
function scan(root: Node): void {
  for (const { localName, shadowRoot } of [root as Element, ...((root as Element).querySelectorAll?.('*') ?? [])]) {
    const chunks = tags[localName];
    if (chunks) {
      if (shadowRoot) hydrate ??= import('./hydrate-support.js');
      tags[localName] = 0;
      // An entry and every chunk of its closure at once, so all are fetched in parallel (no waterfall), after the
      // first scan has decided on the hydrate support. Paths are relative to this script's URL without its query
      // string (`autoload.js?ver=6.4`), so each file has one URL and runs once.
      Promise.resolve()
        .then(() => hydrate)
        .then(() => Promise.all([localName, ...chunks.split(' ')].map((path) => import(`./${path}.js`))))
        .catch(warn);
    }
    if (shadowRoot) {
      observe(shadowRoot);
      scan(shadowRoot);
    }
  }
}

observe(document);
scan(document);
hydrate ??= 0;

/**
 * Pins the widgets to one locale (`da`, `en`, `sv`, `nb`, `fi`, `de`) or `'auto'` to follow `<html lang>` again, for
 * every widget on the page, also those that load later. Resolves when the locale is shown.
 */
export const setLocale = (locale: Locale | 'auto'): Promise<unknown> =>
  Promise.resolve(hydrate)
    .then(() => import('./sources/define.js'))
    .then((module) => module.setLocale(locale))
    .catch(warn);
