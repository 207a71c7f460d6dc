// Maps a page language tag (BCP 47, as in <html lang>) to one of the widget locales.

export const sourceLocale = 'da' as const;
export const targetLocales = ['en', 'sv', 'nb', 'fi', 'de'] as const;
export const allLocales = [sourceLocale, ...targetLocales] as const;
export type Locale = (typeof allLocales)[number];

/** Language subtags we map onto a locale of ours (Norwegian written standards share `nb`). */
const languageToLocale: Readonly<Record<string, Locale>> = {
  da: 'da',
  en: 'en',
  sv: 'sv',
  nb: 'nb',
  no: 'nb',
  nn: 'nb',
  fi: 'fi',
  de: 'de',
};

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
