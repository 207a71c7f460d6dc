// Messages every widget shows, defined once so each has one id and one translation.
import { msg } from '@lit/localize';

/** The one short line every widget shows: it informs, it does not diagnose. */
export const disclaimer = (): string =>
  msg(
    'Oplysningerne er generelle. De kan ikke bruges til at stille en diagnose og erstatter ikke en samtale med læge eller apotek.',
    {
      id: 'common.disclaimer',
    },
  );
