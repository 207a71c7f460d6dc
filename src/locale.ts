// Maps a page language tag (BCP 47, as in <html lang>) to one of the widget locales. The locales and the language
// subtags each serves come from registry.json.
import registry from '../registry.json' with { type: 'json' };

/** The widget locales, spelled out for the published types (the type check keeps them equal to registry.json's). */
export type Locale = 'da' | 'en' | 'sv' | 'nb' | 'fi' | 'de';
type Registered = keyof typeof registry.locales;
/** A type error here means registry.json and `Locale` list different locales: add the new code to `Locale`. */
const locales: Record<Locale, { languages: string[] }> & Record<Exclude<Registered, Locale>, never> = registry.locales;

export const sourceLocale: Locale = 'da';
export const allLocales = Object.keys(locales) as readonly Locale[];
export const targetLocales: readonly Locale[] = allLocales.filter((locale) => locale !== sourceLocale);

/** Language subtags we map onto a locale of ours (Norwegian written standards share `nb`). */
const languageToLocale = Object.fromEntries(
  Object.entries(locales).flatMap(([locale, { languages }]) => languages.map((language) => [language, locale])),
) as Readonly<Record<string, Locale>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

/**
 * The widget locale for a page language tag: `da` when the page has no language,
 * the matching locale when we have it, otherwise `en`.
 */
export function resolveLocale(languageTag: string | null | undefined): Locale {
  const tag = (languageTag ?? '').trim();
  if (tag === '') return sourceLocale;
  const language = tag.split(/[-_]/)[0]!.toLowerCase();
  return Object.hasOwn(languageToLocale, language) ? languageToLocale[language]! : 'en';
}
