// The words of <mg-symptom-checklist>: sign labels and hints, body systems, and the guidance lines of a result
// (ids from src/rules/symptom-checklist.ts → sentences). Functions, so they follow the locale at render time.
import { msg, str } from '@lit/localize';
import type {
  SymptomAssessment,
  SymptomLevel,
  SymptomNextId,
  SymptomWhyId,
} from '../../src/rules/symptom-checklist.js';
import { bloodTestFacts } from '../../src/rules/symptom-checklist.js';
import { formatMmolPerL } from '../base/format.js';
import type { Contacts } from '../../src/contacts.js';

type Words = Readonly<Partial<Record<string, () => string>>>;

/** Legends of the body-system groups. */
export const systemNames: Words = {
  'muscles-nerves': () => msg('Muskler og nerver', { id: 'symptoms.system.muscles-nerves' }),
  'heart-circulation': () => msg('Hjerte, kredsløb og vejrtrækning', { id: 'symptoms.system.heart-circulation' }),
  'stomach-general': () => msg('Mave og almen tilstand', { id: 'symptoms.system.stomach-general' }),
};

/** The same names inside a sentence (lower case in Danish; German keeps its capitals). */
const systemNamesInSentence: Words = {
  'muscles-nerves': () => msg('muskler og nerver', { id: 'symptoms.system-in-sentence.muscles-nerves' }),
  'heart-circulation': () =>
    msg('hjerte, kredsløb og vejrtrækning', { id: 'symptoms.system-in-sentence.heart-circulation' }),
  'stomach-general': () => msg('mave og almen tilstand', { id: 'symptoms.system-in-sentence.stomach-general' }),
};

// Labels carry the qualifier each triage rule assumes (REFERENCE-FACTS 0b).
export const labels: Words = {
  'muscle-cramps': () => msg('Muskelkramper', { id: 'symptoms.label.muscle-cramps' }),
  twitching: () => msg('Muskeltrækninger', { id: 'symptoms.label.twitching' }),
  tremor: () => msg('Rysten', { id: 'symptoms.label.tremor' }),
  tingling: () => msg('Prikken, snurren eller følelsesløshed', { id: 'symptoms.label.tingling' }),
  'muscle-weakness': () => msg('Muskelsvaghed', { id: 'symptoms.label.muscle-weakness' }),
  tetany: () =>
    msg('Smertefulde muskelkramper i hænder eller fødder, der ikke slipper', { id: 'symptoms.label.tetany' }),
  seizure: () => msg('Krampeanfald', { id: 'symptoms.label.seizure' }),
  'stroke-signs': () =>
    msg('Pludselig lammelse eller følelsesløshed i den ene side, skæv mund eller sløret tale', {
      id: 'symptoms.label.stroke-signs',
    }),
  'sudden-severe-headache': () =>
    msg('Pludselig, voldsom hovedpine – den værste, du nogensinde har haft', {
      id: 'symptoms.label.sudden-severe-headache',
    }),
  confusion: () => msg('Pludselig forvirring', { id: 'symptoms.label.confusion' }),
  palpitations: () => msg('Hjertebanken', { id: 'symptoms.label.palpitations' }),
  'irregular-pulse': () => msg('Uregelmæssig puls', { id: 'symptoms.label.irregular-pulse' }),
  'chest-pain': () => msg('Smerter eller trykken i brystet', { id: 'symptoms.label.chest-pain' }),
  fainting: () => msg('Besvimelse uden kendt årsag', { id: 'symptoms.label.fainting' }),
  'near-fainting': () => msg('Du er ved at besvime', { id: 'symptoms.label.near-fainting' }),
  dizziness: () => msg('Svimmelhed', { id: 'symptoms.label.dizziness' }),
  'breathing-difficulty': () => msg('Svært ved at få vejret', { id: 'symptoms.label.breathing-difficulty' }),
  nausea: () => msg('Kvalme', { id: 'symptoms.label.nausea' }),
  vomiting: () => msg('Opkastninger – du kan ikke holde væske i dig', { id: 'symptoms.label.vomiting' }),
  'poor-appetite': () => msg('Dårlig appetit', { id: 'symptoms.label.poor-appetite' }),
  constipation: () => msg('Forstoppelse', { id: 'symptoms.label.constipation' }),
  fatigue: () => msg('Træthed og mangel på energi', { id: 'symptoms.label.fatigue' }),
  headache: () => msg('Hovedpine', { id: 'symptoms.label.headache' }),
  'sleep-problems': () => msg('Søvnproblemer', { id: 'symptoms.label.sleep-problems' }),
  'restless-legs': () => msg('Uro i benene', { id: 'symptoms.label.restless-legs' }),
  irritability: () => msg('Irritabilitet', { id: 'symptoms.label.irritability' }),
  'poor-concentration': () => msg('Koncentrationsbesvær', { id: 'symptoms.label.poor-concentration' }),
};

/** "What this can feel like", only where it helps. */
export const hints: Words = {
  'muscle-cramps': () =>
    msg('Pludselige, smertefulde sammentrækninger, fx i læggen om natten, som går over igen', {
      id: 'symptoms.hint.muscle-cramps',
    }),
  twitching: () => msg('Små trækninger, du ikke styrer, fx i øjenlåget', { id: 'symptoms.hint.twitching' }),
  tremor: () => msg('Hænderne ryster, uden at du fryser eller er nervøs', { id: 'symptoms.hint.tremor' }),
  tingling: () => msg('Fx i fingre, tæer eller omkring munden', { id: 'symptoms.hint.tingling' }),
  'muscle-weakness': () =>
    msg('Musklerne føles kraftesløse, fx når du går på trapper', { id: 'symptoms.hint.muscle-weakness' }),
  tetany: () =>
    msg('Fingre eller tæer trækker sig sammen og låser – det kaldes tetani', { id: 'symptoms.hint.tetany' }),
  seizure: () =>
    msg('Bevidstløs med rykvise trækninger i hele kroppen – ikke det samme som muskelkramper', {
      id: 'symptoms.hint.seizure',
    }),
  confusion: () =>
    msg('Ved ikke, hvor man er, eller taler usammenhængende – ofte er det de nærmeste, der opdager det', {
      id: 'symptoms.hint.confusion',
    }),
  palpitations: () =>
    msg('Hjertet hamrer, slår hurtigt eller springer et slag over', { id: 'symptoms.hint.palpitations' }),
  'irregular-pulse': () =>
    msg('Pulsen slår ujævnt, når du mærker efter på håndleddet', { id: 'symptoms.hint.irregular-pulse' }),
  'near-fainting': () =>
    msg('Det sortner for øjnene, og du føler, at du skal falde om', { id: 'symptoms.hint.near-fainting' }),
  'restless-legs': () =>
    msg('Trang til at bevæge benene, især om aftenen og natten', { id: 'symptoms.hint.restless-legs' }),
};

/** Emergency rules for a combination of signs, as the always-visible emergency list names them. */
export const combinationLabels: Words = {
  'emergency-near-fainting-with-heart-signs': () =>
    msg('Du er ved at besvime og har samtidig hjertebanken eller uregelmæssig puls', {
      id: 'symptoms.combination.near-fainting-with-heart-signs',
    }),
};

export const undocumentedLegend = (): string =>
  msg('Nævnes ofte, men er ikke dokumenterede tegn på magnesiummangel', { id: 'symptoms.undocumented.legend' });

export const emergencyTitle = (number: string): string =>
  msg(str`Ring ${number} nu`, { id: 'symptoms.level.emergency' });
export const urgentTitle = (contact: string): string =>
  msg(str`Søg læge i dag: ${contact}`, { id: 'symptoms.level.urgent' });

/** The first line of the result: what the level calls for. */
export function levelTitle(
  assessment: Pick<SymptomAssessment, 'level' | 'undocumented'>,
  number: string,
  urgent: string,
): string {
  const level: SymptomLevel = assessment.level;
  switch (level) {
    case 'emergency':
      return emergencyTitle(number);
    case 'urgent':
      return urgentTitle(urgent);
    case 'doctor':
      return msg('Tal med din egen læge', { id: 'symptoms.level.doctor' });
    case 'self-care':
      return msg('Hold øje med, hvordan det udvikler sig', { id: 'symptoms.level.self-care' });
    case 'none':
      return assessment.undocumented.length > 0
        ? msg('Du har ikke sat kryds ved dokumenterede tegn på magnesiummangel', {
            id: 'symptoms.level.none-undocumented',
          })
        : msg('Sæt kryds ved et eller flere tegn for at se de almindelige råd, der hører til.', {
            id: 'symptoms.level.none',
          });
  }
}

export const emergencyAlert = (): string =>
  msg('Vent ikke på, at det går over af sig selv.', { id: 'symptoms.alert.emergency' });

export const redFlagsIntro = (): string =>
  msg('Det gælder disse tegn, du har sat kryds ved:', { id: 'symptoms.alert.ticked' });

/** One "why" line of the result. */
export function whyLine(id: SymptomWhyId, assessment: SymptomAssessment): string {
  switch (id) {
    case 'systems': {
      // Joined with semicolons: the system names contain "og" themselves.
      const systems = assessment.systems.map((system) => systemNamesInSentence[system]?.() ?? system).join('; ');
      return msg(str`Tegnene hører til disse kropssystemer: ${systems}.`, { id: 'symptoms.why.systems' });
    }
    case 'near-fainting-with-heart-signs':
      return msg(
        'Er du ved at besvime og har samtidig hjertebanken eller uregelmæssig puls, skal du have hjælp med det samme.',
        { id: 'symptoms.why.near-fainting-with-heart-signs' },
      );
    case 'dizziness-with-heart-signs':
      return msg('Svimmelhed sammen med hjertebanken eller uregelmæssig puls skal en læge se på samme dag.', {
        id: 'symptoms.why.dizziness-with-heart-signs',
      });
    case 'near-fainting':
      return msg('Er du ved at besvime uden at vide hvorfor, skal en læge se på det samme dag.', {
        id: 'symptoms.why.near-fainting',
      });
    case 'palpitations':
      return msg(
        'Hjertebanken er oftest ufarlig. Gå til lægen, hvis den bliver ved med at komme igen, varer længe eller kommer sammen med andre symptomer.',
        { id: 'symptoms.why.palpitations' },
      );
    case 'irregular-pulse':
      return msg(
        'En uregelmæssig puls kan have mange årsager. Gå til lægen, hvis den uregelmæssige puls varer ved, kommer igen eller kommer sammen med andre symptomer.',
        { id: 'symptoms.why.irregular-pulse' },
      );
    case 'palpitations-and-irregular-pulse':
      return msg(
        'Hjertebanken er oftest ufarlig, og en uregelmæssig puls kan have mange årsager. Gå til lægen, hvis det bliver ved med at komme igen, varer ved eller kommer sammen med andre symptomer.',
        { id: 'symptoms.why.palpitations-and-irregular-pulse' },
      );
    case 'muscle-weakness':
      return msg('Muskelsvaghed, som du ikke kan forklare, skal en læge se på.', {
        id: 'symptoms.why.muscle-weakness',
      });
    case 'unspecific':
      return msg('De fleste af tegnene kan have mange andre årsager end for lidt magnesium.', {
        id: 'symptoms.why.unspecific',
      });
    case 'night-cramps':
      return msg(
        'Almindelige lægkramper om natten hos ældre bliver sjældent bedre af magnesium, viser en Cochrane-oversigt fra 2020.',
        { id: 'symptoms.why.night-cramps' },
      );
    case 'undocumented':
      return msg(
        'Nogle af tegnene nævnes ofte i forbindelse med magnesium, men de er ikke dokumenterede tegn på mangel. De tæller ikke med i rådene.',
        { id: 'symptoms.why.undocumented' },
      );
  }
}

/** One "what you can do" line of the result. */
export function nextLine(id: SymptomNextId, number: string): string {
  switch (id) {
    case 'self-care':
      return msg('Gå til din egen læge, hvis tegnene varer ved, kommer igen eller bliver værre.', {
        id: 'symptoms.next.self-care',
      });
    case 'doctor':
      return msg('Bestil tid hos din egen læge, og fortæl om alle de tegn, du har sat kryds ved.', {
        id: 'symptoms.next.doctor',
      });
    case 'undocumented-only':
      return msg('Varer tegnene ved, eller generer de dig, så tal med din egen læge om dem.', {
        id: 'symptoms.next.undocumented-only',
      });
    case 'blood-test': {
      const low = formatMmolPerL(bloodTestFacts().lowBelowMmolPerL);
      return msg(
        str`Lægen kan måle magnesium i en blodprøve (den hedder P-magnesium). En værdi under ${low} er for lav. En normal værdi udelukker ikke, at kroppens lagre er lave, for blodet rummer kun en lille del af kroppens magnesium.`,
        { id: 'symptoms.next.blood-test' },
      );
    }
    case 'blood-test-when':
      return msg(
        'Spørg lægen om en blodprøve, hvis du længe har taget syrehæmmende medicin (fx omeprazol) sammen med digoxin eller vanddrivende medicin, eller hvis du har for lidt kalium eller calcium i blodet, som ikke bliver bedre med behandling.',
        { id: 'symptoms.next.blood-test-when' },
      );
    case 'meanwhile':
      return msg(
        'Skriv imens ned, hvornår tegnene kommer, og tag listen med til lægen. Tal med lægen eller apoteket, før du tager magnesiumtilskud, især hvis du har nedsat nyrefunktion eller tager medicin.',
        { id: 'symptoms.next.meanwhile' },
      );
    case 'watch':
      return msg(str`Får du et af tegnene på listen øverst, så ring ${number} med det samme.`, {
        id: 'symptoms.next.watch',
      });
  }
}

export const notLikelihood = (): string =>
  msg('Listen siger ikke, hvor sandsynligt det er, at du mangler magnesium.', { id: 'symptoms.not-likelihood' });

export const intro = (): string =>
  msg('Sæt kryds ved det, du mærker. Rådene nedenfor ændrer sig, mens du sætter kryds.', { id: 'symptoms.intro' });

/** Whom to contact the same day, for the page's country. */
export function urgentContactWords(contacts: Pick<Contacts, 'urgent' | 'urgentNumber'>): string {
  if (contacts.urgent === 'dk-doctor-or-1813')
    return msg('din egen læge, lægevagten eller 1813 i Region Hovedstaden', { id: 'words.urgent.dk' });
  if (contacts.urgent === 'number' && contacts.urgentNumber)
    return msg(str`ring ${contacts.urgentNumber}`, { id: 'words.urgent.number' });
  return msg('din egen læge eller den lokale lægevagt', { id: 'words.urgent.local' });
}
