// Puts a fixture state into the test page, rendered the way its story renders it (test/support/render.ts): in its
// locale (or the one asked for), on a dark page when asked, inside a wrapper that @open-wc's fixture cleanup removes.
import { fixture } from '@open-wc/testing';
import type { Fixture } from '../../components/base/fixture.js';
import { setLocale } from '../../components/localization.js';
import type { Locale } from '../../src/locale.js';
import { createElementFrom, paintPage, type RenderInput } from './render.js';

export type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

export interface MountOptions {
  /** The widget locale (default: the state's own, else da); `null` leaves the locale as it is. */
  locale?: Locale | null;
  /** Show it on a dark page (default: the state's own `dark`). */
  dark?: boolean;
  /** Elements to put before and after it in the wrapper (keyboard tests). */
  before?: HTMLElement[];
  after?: HTMLElement[];
}

/**
 * Renders `state` as `<tag>` and resolves once it has rendered, lazy parts included (updateComplete, then one more
 * turn for a part asked for by that render). The wrapper is `element.parentElement`.
 */
export async function mountFixture<Element extends Updatable = Updatable>(
  tag: string,
  state: Pick<Fixture, 'attributes' | 'properties' | 'locale' | 'dark'> & RenderInput,
  options: MountOptions = {},
): Promise<Element> {
  const locale = options.locale === undefined ? (state.locale ?? 'da') : options.locale;
  if (locale !== null) await setLocale(locale);
  const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
  if (options.dark ?? state.dark) paintPage(wrapper, true);
  const element = createElementFrom<Element>(tag, state);
  wrapper.append(...(options.before ?? []), element, ...(options.after ?? []));
  await customElements.whenDefined(tag);
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}
