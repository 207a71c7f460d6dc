// Intake words shared by the dose table and the dose checker (words.ts says why they are split).
import { msg, str } from '@lit/localize';
import type { NativeBand } from '../../src/schema/common.js';
import { keepRanges } from './words.js';

/** Too much magnesium: diarrhoea first; with reduced kidney function the signs that need a doctor or 112. */
export function tooMuchLines(emergency: string): { title: string; lines: string[] } {
  return {
    title: msg('Sådan mærkes for meget magnesium', { id: 'common.too-much.title' }),
    lines: [
      msg('Diarré er det første tegn på for meget magnesium fra kosttilskud. Det går over, når du tager mindre.', {
        id: 'common.too-much.diarrhoea',
      }),
      msg(
        'Har du nedsat nyrefunktion, så kontakt din læge ved kvalme, sløvhed, muskelsvaghed, svimmelhed på grund af lavt blodtryk eller langsom puls.',
        { id: 'common.too-much.kidneys' },
      ),
      msg(str`Ring ${emergency} ved kraftig muskelsvaghed, besvær med at trække vejret eller besvimelse.`, {
        id: 'common.too-much.emergency',
      }),
    ],
  };
}

/** An age band a source uses where it is narrower than our age group ("18–24 år", "fra 75 år"). */
export function band(nativeBand: NativeBand): string {
  if (!nativeBand) return '';
  const { unit, from, to } = nativeBand;
  if (to === null) return msg(str`fra ${from} år`, { id: 'dose-table.band.years-from' });
  return keepRanges(
    unit === 'months'
      ? msg(str`${from}–${to} måneder`, { id: 'dose-table.band.months' })
      : msg(str`${from}–${to} år`, { id: 'dose-table.band.years' }),
  );
}
