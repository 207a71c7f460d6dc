// assessSymptoms: the triage rules of REFERENCE-FACTS 0b, as worked examples and as properties (fast-check).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  assessSymptoms,
  bloodTestFacts,
  emergencySigns,
  isAtLeast,
  type SymptomLevel,
} from '../../src/rules/symptoms.js';
import { UnknownIdError } from '../../src/data/errors.js';
import { isSourceId } from '../../src/data/sources.js';
import { symptomIds, symptomSystem } from '../../src/data/symptoms.js';

// The rule table written out from REFERENCE-FACTS 0b, independently of data/symptoms.json, so a wrong
// rule in the data fails these tests instead of agreeing with itself.
const EMERGENCY = [
  'chest-pain',
  'fainting',
  'seizure',
  'stroke-signs',
  'breathing-difficulty',
  'sudden-severe-headache',
  'confusion',
];
const URGENT_TRIGGERS = [['tetany'], ['vomiting'], ['dizziness', 'palpitations'], ['dizziness', 'irregular-pulse']];
const DOCTOR_SIGNS = ['palpitations', 'irregular-pulse', 'muscle-weakness'];
const ORDER: SymptomLevel[] = ['none', 'self-care', 'doctor', 'urgent', 'emergency'];

const all = symptomIds();
const nonEmergency = all.filter((id) => !EMERGENCY.includes(id));
const hasUrgentTrigger = (ids: readonly string[]) =>
  URGENT_TRIGGERS.some((trigger) => trigger.every((id) => ids.includes(id)));

const selection = fc.uniqueArray(fc.constantFrom(...all), { maxLength: all.length });
const withoutEmergency = fc.uniqueArray(fc.constantFrom(...nonEmergency), { maxLength: nonEmergency.length });

describe('assessSymptoms: worked examples', () => {
  it('nothing ticked: none, no systems, no red flags, no rules', () => {
    expect(assessSymptoms([])).to.deep.include({ selected: [], systems: [], redFlags: [], level: 'none', ruleIds: [] });
  });

  it('one unspecific sign: self-care', () => {
    const result = assessSymptoms(['fatigue']);
    expect(result).to.deep.include({ level: 'self-care', systems: ['stomach-general'], redFlags: [] });
    expect(result.ruleIds).to.deep.equal(['self-care-any']);
  });

  it('3 signs in 2 systems: doctor (cramps + twitching are muscles-nerves, nausea stomach-general)', () => {
    const result = assessSymptoms(['nausea', 'muscle-cramps', 'twitching']);
    expect(result.level).to.equal('doctor');
    expect(result.systems).to.deep.equal(['muscles-nerves', 'stomach-general']);
    expect(result.ruleIds).to.include('doctor-several-systems');
  });

  it('3 signs in 1 system stay self-care (3 symptoms but only 1 system < 2)', () => {
    expect(assessSymptoms(['muscle-cramps', 'twitching', 'tremor']).level).to.equal('self-care');
  });

  it('2 signs in 2 systems stay self-care (2 symptoms < 3)', () => {
    expect(assessSymptoms(['muscle-cramps', 'fatigue']).level).to.equal('self-care');
  });

  it('palpitations alone: doctor; with dizziness: urgent, and both are red flags', () => {
    expect(assessSymptoms(['palpitations']).level).to.equal('doctor');
    const result = assessSymptoms(['palpitations', 'dizziness', 'fatigue']);
    expect(result.level).to.equal('urgent');
    expect(result.redFlags).to.deep.equal(['palpitations', 'dizziness']);
  });

  it('dizziness alone is not urgent', () => {
    expect(assessSymptoms(['dizziness']).level).to.equal('self-care');
  });

  it('chest pain with tetany: emergency; both are red flags, the unspecific sign is not', () => {
    const result = assessSymptoms(['fatigue', 'tetany', 'chest-pain']);
    expect(result.level).to.equal('emergency');
    expect(result.redFlags).to.deep.equal(['tetany', 'chest-pain']);
  });

  it('selected is in dataset order without repeats; order of input does not matter', () => {
    const a = assessSymptoms(['fatigue', 'muscle-cramps', 'fatigue']);
    expect(a.selected).to.deep.equal(['muscle-cramps', 'fatigue']);
    expect(assessSymptoms(['muscle-cramps', 'fatigue'])).to.deep.equal(a);
  });

  it('unknown ids throw UnknownIdError', () => {
    expect(() => assessSymptoms(['no-such-symptom'])).to.throw(UnknownIdError);
    expect(() => assessSymptoms(['__proto__'])).to.throw(UnknownIdError);
  });

  it('every report cites sources that exist, including each matching rule', () => {
    const result = assessSymptoms(['vomiting']);
    expect(result.sourceIds).to.include.members(['region-hovedstaden-1813', 'sundhed-dk']);
    expect(result.sourceIds.every(isSourceId)).to.be.true;
  });

  it('the emergency signs shown at all times are exactly the seven of REFERENCE-FACTS 0b, with sources', () => {
    const signs = emergencySigns();
    expect([...signs.symptomIds].sort()).to.deep.equal([...EMERGENCY].sort());
    expect(signs.sourceIds).to.include('danske-regioner-112');
    expect(signs.sourceIds.every(isSourceId)).to.be.true;
  });

  it('blood test: below 0.70 mmol/L is low (REFERENCE-FACTS 0), cited', () => {
    const facts = bloodTestFacts();
    expect(facts.lowBelowMmolPerL).to.equal(0.7);
    expect(facts.sourceIds).to.include('des-nbv-hypomagnesiaemi');
  });

  it('isAtLeast orders the levels', () => {
    expect(isAtLeast('urgent', 'doctor')).to.be.true;
    expect(isAtLeast('self-care', 'doctor')).to.be.false;
    expect(isAtLeast('none', 'none')).to.be.true;
  });
});

describe('assessSymptoms: properties (the issue\'s "Done when")', () => {
  it('any selection containing an emergency sign yields emergency', () => {
    fc.assert(
      fc.property(selection, fc.constantFrom(...EMERGENCY), (ids, sign) => {
        expect(assessSymptoms([...ids, sign]).level).to.equal('emergency');
      }),
    );
  });

  it('any selection containing an urgent trigger and no emergency sign yields urgent', () => {
    fc.assert(
      fc.property(withoutEmergency, fc.constantFrom(...URGENT_TRIGGERS), (ids, trigger) => {
        expect(assessSymptoms([...ids, ...trigger]).level).to.equal('urgent');
      }),
    );
  });

  it('no selection without an emergency sign yields emergency', () => {
    fc.assert(
      fc.property(withoutEmergency, (ids) => {
        expect(assessSymptoms(ids).level).not.to.equal('emergency');
      }),
    );
  });

  it('the level never drops when a symptom is added', () => {
    fc.assert(
      fc.property(selection, fc.constantFrom(...all), (ids, added) => {
        const before = ORDER.indexOf(assessSymptoms(ids).level);
        const after = ORDER.indexOf(assessSymptoms([...ids, added]).level);
        expect(after).to.be.at.least(before);
      }),
    );
  });

  it('the whole table: the level is what REFERENCE-FACTS 0b gives for every selection', () => {
    fc.assert(
      fc.property(selection, (ids) => {
        const systems = new Set(ids.map(symptomSystem)).size;
        const expected: SymptomLevel =
          ids.length === 0
            ? 'none'
            : ids.some((id) => EMERGENCY.includes(id))
              ? 'emergency'
              : hasUrgentTrigger(ids)
                ? 'urgent'
                : ids.some((id) => DOCTOR_SIGNS.includes(id)) || (ids.length >= 3 && systems >= 2)
                  ? 'doctor'
                  : 'self-care';
        expect(assessSymptoms(ids).level).to.equal(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('red flags are the ticked emergency signs and urgent triggers, and only they', () => {
    fc.assert(
      fc.property(selection, (ids) => {
        const result = assessSymptoms(ids);
        const expected = new Set(ids.filter((id) => EMERGENCY.includes(id) || id === 'tetany' || id === 'vomiting'));
        for (const trigger of URGENT_TRIGGERS.filter((t) => t.length > 1 && t.every((id) => ids.includes(id)))) {
          trigger.forEach((id) => expected.add(id));
        }
        expect([...result.redFlags].sort()).to.deep.equal([...expected].sort());
        expect(result.redFlags.length > 0).to.equal(isAtLeast(result.level, 'urgent'));
      }),
    );
  });

  it('systems are exactly the systems of the ticked signs; selected is the set ticked', () => {
    fc.assert(
      fc.property(selection, (ids) => {
        const result = assessSymptoms(ids);
        expect([...result.systems].sort()).to.deep.equal([...new Set(ids.map(symptomSystem))].sort());
        expect([...result.selected].sort()).to.deep.equal([...ids].sort());
        expect(result.sourceIds.every(isSourceId)).to.be.true;
      }),
    );
  });
});
