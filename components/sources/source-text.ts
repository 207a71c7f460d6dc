// The citation list as a lazy part, shared by <mg-sources> (which shows it) and the copied texts (which name the
// sources). Its own module, so the element's module exports only the element (editors' type generators import
// every declaration of an element's module).
import { lazyPart } from '../base/lazy.js';
import { messages } from '../locales/parts/sources-list.js';

/**
 * The list and the bibliography behind it, with their messages (the sources' titles) in the page's language: loaded when the reader first touches or focuses the widget around the
 * list (so copied text and a printout can name the sources at once), or when the list is shown.
 */
export const list = lazyPart(() => import('./sources-list.js'), messages);

/**
 * The sources as lines of text ("Title. Issuer, year. https://…") for copied results; their ids while the
 * bibliography has not loaded yet (it loads as soon as the reader touches a widget, so in practice never).
 */
export function sourceTextLines(ids: readonly string[]): string[] {
  return list.module ? list.module.sourceTexts(ids) : [...ids];
}
