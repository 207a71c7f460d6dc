// magnesium-widgets/ssr (Node only): renders the mg-* tags in a piece of HTML on the server, as declarative shadow
// DOM, in the locale and country asked for, so the page has the widgets' content before any script runs.
// @lit-labs/ssr is an optional peer dependency: only this entry needs it.
import { html, type TemplateResult } from 'lit';
import './sources/define.js';
import './dose-table/define.js';
import './symptom-checklist/define.js';
import './risk-quiz/define.js';
import './dose-checker/define.js';
import { useServerLocale, type PartMessages } from './localization.js';
import { resolveLocale, type Locale } from '../src/locale.js';
import { countryOf } from '../src/contacts.js';
import registry from '../registry.json' with { type: 'json' };

export interface RenderToStringOptions {
  /**
   * The page's language as a BCP 47 tag, as in `<html lang>`: `da-DK`, `nb`, `sv-FI`, `en-GB`. Same rules as in
   * the browser: none → `da`; a language the widgets do not have → `en` (with one warning per tag).
   */
  locale?: string;
  /**
   * ISO 3166-1 alpha-2 country for the emergency and urgent-care contacts (`GB`, `AT`); default: the region
   * subtag of `locale`, else the country of its language (`da` → DK, `nb` → NO).
   */
  country?: string;
}

/** The tags this entry renders (the same set the define modules register: registry.json). */
export const widgetTags = Object.keys(registry.widgets);

type SsrModule = typeof import('@lit-labs/ssr');
type CollectModule = typeof import('@lit-labs/ssr/lib/render-result.js');
let ssr: Promise<[SsrModule, CollectModule]> | undefined;

/** @lit-labs/ssr, loaded on first use so that a missing optional peer gives a clear message. */
function loadSsr(): Promise<[SsrModule, CollectModule]> {
  ssr ??= Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]).catch(
    (error: unknown) => {
      ssr = undefined;
      throw new Error(
        '[magnesium-widgets] renderToString needs the optional peer dependency @lit-labs/ssr: npm i @lit-labs/ssr',
        { cause: error },
      );
    },
  );
  return ssr;
}

const warnedTags = new Set<string>();

/** The widget locale and the page tag the contacts follow, by the browser's rules (src/locale.ts, src/contacts.ts). */
function resolvePage(options: RenderToStringOptions = {}): { locale: Locale; tag: string } {
  let tag = 'da';
  if (options.locale !== undefined && options.locale !== '') {
    try {
      tag = Intl.getCanonicalLocales(String(options.locale))[0] ?? 'en';
    } catch {
      tag = 'und'; // not a BCP 47 tag: a language we do not have
    }
  }
  const locale = resolveLocale(tag);
  if (locale === 'en' && !/^en\b/i.test(tag) && !warnedTags.has(tag)) {
    warnedTags.add(tag);
    console.warn(
      `[magnesium-widgets] renderToString: no widget texts for locale ${JSON.stringify(String(options.locale))}; showing English (accepted: da, en, sv, nb, fi, de, with or without a region, e.g. da-DK)`,
    );
  }
  if (options.country !== undefined) {
    const country = String(options.country);
    if (/^[A-Za-z]{2}$/.test(country)) tag = `${tag.split('-')[0]}-${country.toUpperCase()}`;
    else
      console.warn(
        `[magnesium-widgets] renderToString: country ${JSON.stringify(country)} is not accepted; accepted: a two-letter ISO 3166-1 code such as DK or GB. Using ${countryOf(tag) ?? 'no country'}.`,
      );
  }
  return { locale, tag };
}

/** Boolean attributes of native elements that @lit-labs/ssr reflects from properties (lib/reflected-attributes.js). */
const booleanFalse =
  /\s(?:checked|disabled|open|selected|hidden|required|readonly|multiple|autofocus|novalidate|formnovalidate|reversed|default|ismap|nomodule|muted|loop|controls|autoplay|async|defer|allowfullscreen|inert)="false"/g;

/** A template whose only string is the markup (no expressions): the server renderer walks it like any template. */
function templateOf(markup: string): TemplateResult {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return html(strings);
}

/** The message chunks of every registered widget (lazy parts are never rendered on the server). */
function widgetMessages(): PartMessages[] {
  return widgetTags.flatMap((tag) => {
    const messages = (customElements.get(tag) as { messages?: PartMessages } | undefined)?.messages;
    return messages ? [messages] : [];
  });
}

/** Renders one call; runs alone (see `queue`). */
async function renderNow(markup: string | TemplateResult, options: RenderToStringOptions): Promise<string> {
  const [{ render }, { collectResult }] = await loadSsr();
  const { locale, tag } = resolvePage(options);
  await useServerLocale(locale, tag, widgetMessages());
  let out: string;
  try {
    out = await collectResult(render(typeof markup === 'string' ? templateOf(markup) : markup));
  } catch (error) {
    // Like in the browser, a widget never takes the page down: the tags stay as they were and render in the browser.
    if (typeof markup !== 'string') throw error;
    console.error('[magnesium-widgets] renderToString: could not render; the markup is returned unchanged', error);
    return markup;
  }
  // The outer template's own part markers go (nothing hydrates the host's markup, only each widget's shadow
  // root); each shadow root gets its stamp (what it was rendered for: MgElement.renderStamp), checked before the
  // browser keeps the server's DOM. Attribute values in the renderer's output have < and > escaped.
  return out
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/(<!--lit-node \d+--><[a-z][\w-]*)([^<>]*)>/g, (_, open: string, attributes: string) => {
      // @lit-labs/ssr writes a property binding on a native element as its attribute, String(value) and all:
      // `.checked=${false}` became checked="false", which HTML reads as checked. Only elements with bindings
      // (a lit-node marker) are touched, never the host page's markup.
      return `${open}${attributes.replace(booleanFalse, '')}>`;
    })
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/(<(mg-[\w-]+)\b[^<>]*><template shadowroot="open" shadowrootmode="open">)/gi, (open, _, tag: string) => {
      const ctor = customElements.get(tag.toLowerCase()) as { renderStamp?: () => string } | undefined;
      return ctor?.renderStamp ? `${open}<!--${ctor.renderStamp()}-->` : open;
    });
}

/**
 * @lit/localize holds one locale per process: renders run one after another, never interleaved, so concurrent
 * requests in different languages never mix.
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders every `mg-*` tag in `markup` (with its attributes, e.g. `<mg-dose-table age-group="18+" sex="female">`)
 * as declarative shadow DOM (`<template shadowrootmode="open">`) in the locale asked for, including the first
 * result of preset attributes and the nested `<mg-sources>`. Returns the same markup with the shadow roots
 * inside the tags; everything else is left as it is. Load `dist/cdn/hydrate-support.js` (or, with a bundler,
 * `magnesium-widgets/hydrate-support.js`) before the widgets in the page, so they take over the server's DOM
 * instead of rendering again. A render of a string that fails logs one error and returns the markup unchanged (the
 * widgets then render in the browser); a template's rejects.
 *
 * `markup` may also be a Lit template (`html` from `lit`), to preset properties as a script would, e.g.
 * html`<mg-dose-checker .products=${products}></mg-dose-checker>`; the page then sets the same properties.
 */
export function renderToString(markup: string | TemplateResult, options: RenderToStringOptions = {}): Promise<string> {
  if (typeof markup !== 'string' && !(markup && typeof markup === 'object' && '_$litType$' in markup)) {
    return Promise.reject(
      new TypeError('[magnesium-widgets] renderToString: markup must be a string of HTML or a Lit template'),
    );
  }
  const run = queue.then(() => renderNow(markup, options));
  queue = run.catch(() => undefined);
  return run;
}
