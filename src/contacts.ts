// Emergency and same-day urgent contacts by the page's country (DESIGN.md "Emergency and urgent contacts").

/** What a widget tells the reader to call. `urgent` is an id the view words per locale. */
export interface Contacts {
  /** ISO 3166-1 alpha-2 country the contacts were chosen for, or null when unknown. */
  country: string | null;
  /** Number to call in an emergency (digits), as the country's own public guidance gives it. */
  emergencyNumber: string;
  /**
   * A second number that also works where public guidance names it ("999 or 112" in the United Kingdom, "144 or
   * 112" in Austria); `null` elsewhere.
   */
  alternativeEmergencyNumber: string | null;
  /**
   * False outside the EU/EEA, Switzerland and the UK (or when the country is unknown): 112 is then
   * shown together with "or your local emergency number".
   */
  emergencyNumberKnown: boolean;
  /**
   * Same-day urgent care:
   * - `dk-doctor-or-1813`: own doctor, lægevagt, or 1813 in the Capital Region;
   * - `number`: call `urgentNumber` (Sweden 1177, Norway/Finland/Germany 116 117, Austria 1450, UK NHS 111);
   * - `local-urgent-care`: your doctor or local urgent care.
   */
  urgent: 'dk-doctor-or-1813' | 'number' | 'local-urgent-care';
  urgentNumber: string | null;
}

/** Countries where 112 reaches emergency services: EU, EEA, Switzerland and the UK. */
const countries112 = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL PL PT RO SE SI SK CH GB NO'.split(' '),
);

const urgentNumbers: Readonly<Record<string, string>> = {
  SE: '1177',
  NO: '116 117',
  FI: '116 117',
  DE: '116 117',
  AT: '1450',
  GB: '111',
};

/** The country a language implies when the tag has no region subtag. */
const languageCountry: Readonly<Record<string, string>> = {
  da: 'DK',
  sv: 'SE',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  fi: 'FI',
  de: 'DE',
  is: 'IS',
};

/** Region subtag first (`sv-FI` → FI), then the language (`nb` → NO); `en` alone has no country. */
export function countryOf(languageTag: string | null | undefined): string | null {
  const subtags = (languageTag ?? '').trim().split(/[-_]/);
  const region = subtags.slice(1).find((subtag) => /^[A-Za-z]{2}$/.test(subtag));
  if (region) return region.toUpperCase();
  const language = (subtags[0] ?? '').toLowerCase();
  return Object.hasOwn(languageCountry, language) ? languageCountry[language]! : null;
}

/**
 * Where public guidance names another number first: Norway 113 (medical emergencies), the United Kingdom 999
 * (NHS; 112 works too), Austria 144 (Rettung; 112 reaches the police, who pass the call on).
 */
const ownEmergencyNumbers: Readonly<Record<string, { number: string; alternative: string | null }>> = {
  NO: { number: '113', alternative: null },
  GB: { number: '999', alternative: '112' },
  AT: { number: '144', alternative: '112' },
};

export function contactsFor(languageTag: string | null | undefined): Contacts {
  const country = countryOf(languageTag);
  const own = country !== null && Object.hasOwn(ownEmergencyNumbers, country) ? ownEmergencyNumbers[country]! : null;
  const emergencyNumber = own?.number ?? '112';
  const alternativeEmergencyNumber = own?.alternative ?? null;
  const emergencyNumberKnown = country !== null && countries112.has(country);
  const base = { country, emergencyNumber, alternativeEmergencyNumber, emergencyNumberKnown };
  if (country === 'DK') return { ...base, urgent: 'dk-doctor-or-1813', urgentNumber: '1813' };
  if (country !== null && Object.hasOwn(urgentNumbers, country)) {
    return { ...base, urgent: 'number', urgentNumber: urgentNumbers[country]! };
  }
  return { ...base, urgent: 'local-urgent-care', urgentNumber: null };
}

/** A `tel:` URL for a number as shown (`1 1 2`, `116 117` → `tel:112`, `tel:116117`). */
export function telUrl(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}
