// Whom a widget tells the reader to call follows the page's country (the region of <html lang>, then its language),
// which can change without the widget locale changing (sv → sv-FI). Read when the widget connects, and on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contactsFor, type Contacts } from '../../src/contacts.js';
import { getLocale, pageLanguageTag } from '../localization.js';

/**
 * The contacts for a page language tag; without one, the tag localization knows (`<html lang>` in the browser,
 * renderToString's locale and country on the server), then the widget locale's country.
 */
export const pageContacts = (languageTag: string | null = null): Contacts =>
  contactsFor(languageTag || pageLanguageTag() || getLocale());

export class PageContactsController implements ReactiveController {
  /** The page's language tag, read on connect (never at import, in a constructor or in render). */
  #languageTag: string | null = null;
  #observer: MutationObserver | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The page country's emergency number and same-day contact (the widget locale's country before connect). */
  get contacts(): Contacts {
    return pageContacts(this.#languageTag);
  }

  hostConnected(): void {
    const root = this.#host.ownerDocument.documentElement;
    this.#languageTag = root.getAttribute('lang');
    this.#observer ??= new MutationObserver(() => {
      this.#languageTag = root.getAttribute('lang');
      this.#host.requestUpdate();
    });
    this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
