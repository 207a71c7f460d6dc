// magnesium-widgets/core: the framework-free core (no Lit, no DOM): locale and contact resolution, dataset access and the rules.
export { resolveLocale, isLocale, allLocales, sourceLocale, targetLocales, type Locale } from './locale.js';
export { contactsFor, countryOf, type Contacts } from './contacts.js';
