// The runtime of @lit/localize as the widgets use it, small: msg, str, updateWhenLocaleChanges, configureLocalization,
// LOCALE_STATUS_EVENT, and for server rendering _installMsgImplementation and runtimeMsg. The CDN builds put it in
// place of @lit/localize (rollup.config.mjs); @lit/localize stays the tool for extraction and XLIFF
// (scripts/locales.mjs), the npm build's private copy and what the tests run from source. Same event on `window`
// (`lit-localize-status`, loading/ready/error), same locale modules, so the locale chunks are unchanged. Messages are
// text or str`` templates (scripts/locales.mjs fails the build on an html`` message, which this does not handle).
// Every msg() call has an id (the build's translation check shows none is generated), so no id hashing.
import type { ReactiveControllerHost } from 'lit';

export const LOCALE_STATUS_EVENT = 'lit-localize-status';

interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: unknown[];
}
type Message = string | StrResult;
type Templates = Record<string, Message>;
type MsgOptions = { id?: string; desc?: string };
export interface LocaleModule {
  templates: Templates;
}

export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({
  strTag: true,
  strings,
  values,
});

/** A template's text with its values (in a translation's own order: `${1}` is the source's second value). */
const join = ({ strings, values }: StrResult, source: unknown[] = values) =>
  strings.reduce((text, part, index) => text + String(source[values[index - 1] as number]) + part);

export function runtimeMsg(templates: Templates | undefined, template: Message, options?: MsgOptions): string {
  const localized = options?.id === undefined ? undefined : templates?.[options.id];
  const values = typeof template === 'string' ? [] : template.values;
  if (typeof localized === 'string') return localized;
  if (localized) return join(localized, values);
  return typeof template === 'string' ? template : join({ ...template, values: values.map((_, i) => i) }, values);
}

export let msg = (template: Message, options?: MsgOptions): string => runtimeMsg(undefined, template, options);
let installed = false;

export function _installMsgImplementation(implementation: typeof msg): void {
  if (installed) throw new Error('lit-localize can only be configured once');
  msg = implementation;
  installed = true;
}

const status = (detail: object) => window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail }));

export function configureLocalization(config: {
  sourceLocale: string;
  targetLocales: readonly string[];
  loadLocale: (locale: string) => Promise<LocaleModule>;
}) {
  let templates: Templates | undefined;
  let active = config.sourceLocale;
  let loadingLocale: string | undefined;
  let request = 0;
  // One promise for overlapping requests: it settles with the latest (as @lit/localize's does).
  let settled = true;
  let settle: [(value?: unknown) => void, (error: unknown) => void] = [() => {}, () => {}];
  let loading: Promise<unknown> = Promise.resolve();
  _installMsgImplementation((template, options) => runtimeMsg(templates, template, options));
  const setLocale = (locale: string): Promise<unknown> => {
    if (locale === (loadingLocale ?? active)) return loading;
    const id = ++request;
    loadingLocale = locale;
    if (settled) {
      settled = false;
      loading = new Promise((resolve, reject) => (settle = [resolve, reject]));
    }
    status({ status: 'loading', loadingLocale: locale });
    (locale === config.sourceLocale ? Promise.resolve({ templates: undefined }) : config.loadLocale(locale)).then(
      (module) => {
        if (id !== request) return;
        active = locale;
        loadingLocale = undefined;
        templates = module.templates;
        status({ status: 'ready', readyLocale: locale });
        settled = true;
        settle[0]();
      },
      (error: unknown) => {
        if (id !== request) return;
        status({ status: 'error', errorLocale: locale, errorMessage: String(error) });
        settled = true;
        settle[1](error);
      },
    );
    return loading;
  };
  return { getLocale: () => active, setLocale };
}

/** Re-renders the element when a locale (or more of its messages) is ready. */
export function updateWhenLocaleChanges(host: ReactiveControllerHost): void {
  const ready = (event: Event) =>
    (event as CustomEvent<{ status: string }>).detail.status === 'ready' && host.requestUpdate();
  host.addController({
    hostConnected: () => window.addEventListener(LOCALE_STATUS_EVENT, ready),
    hostDisconnected: () => window.removeEventListener(LOCALE_STATUS_EVENT, ready),
  });
}
