// States of <mg-symptom-checklist> for stories, axe and screenshots.
import type { FixtureFile } from '../base/fixture.js';

export const symptomChecklistFixtures: FixtureFile = {
  tag: 'mg-symptom-checklist',
  description:
    'Symptoms grouped by body system with the public guidance that belongs to the ticked signs; the 112 signs are always shown.',
  fixtures: [
    { name: 'Nothing ticked' },
    { name: 'Self-care: cramps and tiredness', attributes: { selected: 'muscle-cramps fatigue' } },
    { name: 'Doctor: several body systems', attributes: { selected: 'muscle-cramps nausea sleep-problems' } },
    { name: 'Urgent: tetany', attributes: { selected: 'tetany tingling' } },
    { name: 'Emergency: chest pain', attributes: { selected: 'chest-pain palpitations dizziness' } },
    {
      name: 'Site contacts (pharmacy page)',
      attributes: { selected: 'vomiting', 'emergency-number': '112', 'urgent-contact': 'Lægevagten på 1813' },
    },
    { name: 'English', attributes: { selected: 'twitching irregular-pulse' }, locale: 'en' },
    { name: 'Swedish: urgent', attributes: { selected: 'vomiting' }, locale: 'sv' },
    { name: 'Dark page', attributes: { selected: 'seizure fatigue' }, dark: true },
    {
      name: 'Bad input: unknown id and letters in the number',
      attributes: { selected: 'fatigue no-such-symptom', 'emergency-number': '11a' },
      badInput: true,
    },
  ],
};
