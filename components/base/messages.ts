// Messages every widget shows, defined once so each has one id and one translation.
import { msg } from '@lit/localize';

/** The one short line every widget shows: it informs, it does not diagnose. */
export const disclaimer = (): string =>
  msg('Oplysningerne er generelle. De stiller ingen diagnose og erstatter ikke en læge eller et apotek.', {
    id: 'common.disclaimer',
  });
