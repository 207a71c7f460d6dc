// Every accessor, every age group, and "no EU limit under 4".
import { expect } from '@open-wc/testing';
import {
  UnknownIdError,
  ageGroup,
  ageGroupForMonths,
  ageGroupIds,
  bodySystem,
  bodySystemIds,
  comparisonIntakes,
  comparisonUpperLimits,
  contraindications,
  depletingCauses,
  elementalFraction,
  emergencySymptomIds,
  intakeFor,
  interactionFor,
  interactionGeneralNoteId,
  isAgeGroup,
  isLifeStage,
  isMedicineId,
  isNutrientId,
  isRiskFactorId,
  isSaltId,
  isSex,
  isSourceId,
  isSymptomId,
  kidneyContraindicationFor,
  labelReferenceMg,
  labelReferenceValue,
  lifeStages,
  magnesiumSources,
  medicineIds,
  notAssessedAgeGroups,
  nutrientIds,
  nutrientReference,
  olderAgeFromYears,
  plasmaGrade,
  plasmaGrades,
  plasmaMarkers,
  plasmaNotes,
  redFlagLevels,
  riskContraindications,
  riskFactor,
  riskFactorIds,
  riskLevelByEvidence,
  salt,
  saltIds,
  sexes,
  sourceById,
  sourceIds,
  sourcesByIds,
  symptom,
  symptomIds,
  symptomSystem,
  symptomsInSystem,
  isDocumentedSymptom,
  undocumentedSymptomIds,
  emergencyCombinationRuleIds,
  triageLevels,
  triageRules,
  upperLimitBasis,
  upperLimitFor,
  upperLimitScope,
  yesNoQuestionIds,
} from '../../src/data/index.js';
import type { AgeGroupId } from '../../src/data/index.js';

const AGE_GROUPS: AgeGroupId[] = ['7-11m', '1-3', '4-10', '11-17', '18+'];

function expectUnknown(run: () => unknown, kind: string, id: string): void {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(UnknownIdError);
    expect(error).to.be.instanceOf(Error);
    expect((error as UnknownIdError).kind).to.equal(kind);
    expect((error as UnknownIdError).id).to.equal(id);
    return;
  }
  expect.fail(`expected UnknownIdError(${kind}, ${id})`);
}

describe('age groups', () => {
  it('ids are exactly the NNR 2023 bands', () => {
    expect(ageGroupIds()).to.deep.equal(AGE_GROUPS);
    expect(sexes()).to.deep.equal(['female', 'male']);
    expect(lifeStages()).to.deep.equal(['pregnant', 'lactating', 'none']);
  });
  it('every group is contiguous with the next', () => {
    for (let i = 1; i < AGE_GROUPS.length; i++) {
      expect(ageGroup(AGE_GROUPS[i]!).fromMonths).to.equal(ageGroup(AGE_GROUPS[i - 1]!).toMonths);
    }
    expect(ageGroup('18+').toMonths).to.equal(null);
  });
  it('ageGroupForMonths maps ages to groups', () => {
    expect(ageGroupForMonths(6)).to.equal(null);
    expect(ageGroupForMonths(7)).to.equal('7-11m');
    expect(ageGroupForMonths(12)).to.equal('1-3');
    expect(ageGroupForMonths(47)).to.equal('1-3');
    expect(ageGroupForMonths(48)).to.equal('4-10');
    expect(ageGroupForMonths(131)).to.equal('4-10');
    expect(ageGroupForMonths(132)).to.equal('11-17');
    expect(ageGroupForMonths(216)).to.equal('18+');
    expect(ageGroupForMonths(1200)).to.equal('18+');
  });
  it('guards', () => {
    for (const id of AGE_GROUPS) expect(isAgeGroup(id)).to.equal(true);
    expect(isAgeGroup('18')).to.equal(false);
    expect(isAgeGroup(18)).to.equal(false);
    expect(isSex('female')).to.equal(true);
    expect(isSex('other')).to.equal(false);
    expect(isLifeStage('none')).to.equal(true);
    expect(isLifeStage('breastfeeding')).to.equal(false);
    expectUnknown(() => ageGroup('0-6m'), 'age-group', '0-6m');
  });
});

describe('intakeFor / comparisonIntakes / labelReferenceMg', () => {
  it('gives an adequate intake for every age group and sex', () => {
    for (const group of AGE_GROUPS) {
      for (const sex of ['female', 'male'] as const) {
        const result = intakeFor(group, sex);
        expect(result.valueMg, `${group} ${sex}`).to.be.a('number').greaterThan(0);
        expect(result.sourceIds).to.not.be.empty;
        for (const id of result.sourceIds) expect(isSourceId(id)).to.equal(true);
      }
    }
  });
  it('values by group and sex', () => {
    expect(intakeFor('7-11m', null).valueMg).to.equal(80);
    expect(intakeFor('1-3', null).valueMg).to.equal(170);
    expect(intakeFor('4-10', 'male').valueMg).to.equal(230);
    expect(intakeFor('11-17', 'female').valueMg).to.equal(250);
    expect(intakeFor('11-17', 'male').valueMg).to.equal(300);
    expect(intakeFor('18+', 'female').valueMg).to.equal(300);
    expect(intakeFor('18+', 'male').valueMg).to.equal(350);
  });
  it('pregnancy and lactation: own rows for adults, the non-pregnant value for 11-17', () => {
    const pregnant = intakeFor('18+', 'female', 'pregnant');
    expect(pregnant).to.include({ valueMg: 300, lifeStageFallback: false });
    expect(intakeFor('18+', 'female', 'lactating').valueMg).to.equal(300);
    const teen = intakeFor('11-17', 'female', 'pregnant');
    expect(teen).to.include({ valueMg: 250, lifeStageFallback: true, lifeStage: 'pregnant' });
    expect(teen.sourceIds).to.include('efsa-2015-magnesium');
  });
  it('bad input throws UnknownIdError', () => {
    expectUnknown(() => intakeFor('19+' as AgeGroupId, 'male'), 'age-group', '19+');
    expectUnknown(() => intakeFor('18+', 'other' as 'male'), 'sex', 'other');
    expectUnknown(() => intakeFor('18+', 'female', 'breastfeeding' as 'none'), 'life-stage', 'breastfeeding');
    expectUnknown(() => intakeFor('18+', 'male', 'pregnant'), 'life-stage', 'pregnant');
    expectUnknown(() => intakeFor('18+', null), 'sex', 'null');
  });
  it('comparisons are labelled by authority, never adequate intakes', () => {
    const women = comparisonIntakes('18+', 'female');
    expect(women.map((row) => row.authority)).to.include.members(['nnr-2012', 'iom-1997']);
    for (const row of women) expect(row.kind).to.equal('comparison');
    expect(comparisonIntakes('18+', 'female', 'pregnant').map((row) => row.valueMg)).to.have.members([350, 360]);
    expect(comparisonIntakes('1-3', null).map((row) => row.valueMg)).to.deep.equal([80]);
    for (const group of AGE_GROUPS) expect(comparisonIntakes(group, null)).to.be.an('array');
    expectUnknown(() => comparisonIntakes('x' as AgeGroupId, null), 'age-group', 'x');
  });
  it('label reference value', () => {
    expect(labelReferenceMg()).to.include({ kind: 'label-reference', valueMg: 375 });
  });
});

describe('upperLimitFor: no EU limit under 4', () => {
  it('7-11m and 1-3 have valueMg null', () => {
    expect(upperLimitFor('7-11m')).to.include({ valueMg: null, status: 'none' });
    expect(upperLimitFor('1-3')).to.include({ valueMg: null, status: 'insufficient-data' });
  });
  it('1-3 carries the FVST 1–2 year guidance (65 mg) as a note', () => {
    const result = upperLimitFor('1-3');
    expect(result.guidance).to.have.length(1);
    expect(result.guidance[0]).to.include({ authority: 'fvst', valueMg: 65, maxPerDailyDoseMg: 58 });
    expect(upperLimitFor('7-11m').guidance).to.deep.equal([]);
  });
  it('250 mg supplemental magnesium from 4 years', () => {
    for (const group of ['4-10', '11-17', '18+'] as const) {
      const result = upperLimitFor(group);
      expect(result).to.include({ valueMg: 250, status: 'set' });
      expect(result.scope.id).to.equal('supplemental-magnesium');
    }
  });
  it('every age group has a result with sources and a scope', () => {
    for (const group of AGE_GROUPS) {
      const result = upperLimitFor(group);
      expect(result.ageGroup).to.equal(group);
      expect(result.sourceIds).to.not.be.empty;
      expect(result.scope.includes).to.include('supplements');
    }
  });
  it('comparisons, scope and basis', () => {
    expect(comparisonUpperLimits('1-3').map((row) => row.valueMg)).to.have.members([65, 85]);
    expect(comparisonUpperLimits('7-11m')).to.deep.equal([]);
    expect(upperLimitScope('total-intake').includes).to.include('food');
    expect(() => upperLimitScope('nope')).to.throw(Error);
    expect(upperLimitBasis().noaelMg).to.equal(250);
    expectUnknown(() => upperLimitFor('3-5' as AgeGroupId), 'age-group', '3-5');
    expectUnknown(() => comparisonUpperLimits('3-5' as AgeGroupId), 'age-group', '3-5');
  });
});

describe('nutrientReference / labelReferenceValue', () => {
  it('ids', () => {
    expect(nutrientIds()).to.deep.equal(['calcium', 'vitamin-d', 'potassium']);
    expect(isNutrientId('calcium')).to.equal(true);
    expect(isNutrientId('magnesium')).to.equal(false);
  });
  it('adults', () => {
    const calcium = nutrientReference('calcium', '18+', 'female');
    expect(calcium.unit).to.equal('mg');
    expect(calcium.intakes.map((row) => row.value)).to.include(950);
    expect(calcium.upperLimit).to.include({ value: 2500, scope: 'total-intake' });
    const vitaminD = nutrientReference('vitamin-d', '18+', 'male');
    expect(vitaminD.unit).to.equal('ug');
    expect(vitaminD.upperLimit).to.include({ value: 100 });
    const potassium = nutrientReference('potassium', '18+', 'female', 'lactating');
    expect(potassium.intakes.map((row) => row.value)).to.deep.equal([4000]);
    expect(nutrientReference('potassium', '18+', 'female', 'pregnant').intakes.map((row) => row.value)).to.deep.equal([
      3500,
    ]);
    expect(potassium.upperLimit).to.include({ value: null, status: 'none' });
  });
  it('every age group answers; EFSA sets no calcium limit for children (insufficient data) and none for potassium', () => {
    for (const id of nutrientIds()) {
      for (const group of AGE_GROUPS) {
        const result = nutrientReference(id, group, null);
        expect(result.nutrient).to.equal(id);
        expect(result.intakes).to.be.an('array');
      }
    }
    expect(nutrientReference('vitamin-d', '1-3', null).upperLimit).to.include({ value: 50, scope: 'total-intake' });
    expect(nutrientReference('calcium', '4-10', null).upperLimit).to.include({
      status: 'insufficient-data',
      value: null,
    });
    expect(nutrientReference('potassium', '1-3', null).upperLimit).to.include({ status: 'none', value: null });
  });
  it('label values', () => {
    expect(labelReferenceValue('calcium')).to.include({ value: 800, unit: 'mg' });
    expect(labelReferenceValue('vitamin-d')).to.include({ value: 5, unit: 'ug' });
    expect(labelReferenceValue('potassium')).to.include({ value: 2000, unit: 'mg' });
  });
  it('bad input throws', () => {
    expectUnknown(() => nutrientReference('iron' as 'calcium', '18+', null), 'nutrient', 'iron');
    expectUnknown(() => labelReferenceValue('iron' as 'calcium'), 'nutrient', 'iron');
    expectUnknown(() => nutrientReference('calcium', 'adult' as AgeGroupId, null), 'age-group', 'adult');
    expectUnknown(() => nutrientReference('calcium', '18+', 'x' as 'male'), 'sex', 'x');
    expectUnknown(() => nutrientReference('calcium', '18+', null, 'x' as 'none'), 'life-stage', 'x');
  });
});

describe('salts', () => {
  it('elementalFraction of every salt is a fraction', () => {
    for (const id of saltIds()) {
      const fraction = elementalFraction(id);
      expect(fraction, id).to.be.greaterThan(0).and.lessThan(1);
      expect(fraction).to.equal(salt(id).elementalMgPercent / 100);
    }
    expect(elementalFraction('oxide')).to.be.closeTo(0.603, 1e-12);
    expect(saltIds()).to.have.length(29);
    expect(isSaltId('citrate')).to.equal(true);
    expect(isSaltId('Citrate')).to.equal(false);
    expectUnknown(() => elementalFraction('picolinate'), 'salt', 'picolinate');
  });
});

describe('interactions', () => {
  it('interactionFor every medicine', () => {
    expect(medicineIds()).to.have.length(10);
    for (const id of medicineIds()) {
      const item = interactionFor(id);
      expect(item.id).to.equal(id);
      expect(isMedicineId(id)).to.equal(true);
      if (item.hoursBefore === null) expect(item.noteId).to.be.a('string');
    }
    expect(interactionFor('dolutegravir')).to.include({ hoursBefore: 4, hoursAfter: 6 });
    expect(interactionFor('other-integrase-inhibitors')).to.include({ hoursBefore: null, hoursAfter: null });
    expect(interactionGeneralNoteId()).to.equal('list-not-complete-ask-pharmacist');
    expectUnknown(() => interactionFor('aspirin'), 'medicine', 'aspirin');
  });
  it('depleting causes and contraindications', () => {
    expect(depletingCauses().map((item) => item.id)).to.include.members(['proton-pump-inhibitors', 'loop-diuretics']);
    expect(contraindications().map((item) => item.id)).to.include('egfr-below-30');
  });
  it('kidneyContraindicationFor: < 30 contraindicated, 30–60 caution, above none', () => {
    expect(kidneyContraindicationFor(0)?.level).to.equal('contraindicated');
    expect(kidneyContraindicationFor(29.9)?.level).to.equal('contraindicated');
    expect(kidneyContraindicationFor(30)?.level).to.equal('caution');
    expect(kidneyContraindicationFor(60)?.level).to.equal('caution');
    expect(kidneyContraindicationFor(60.1)).to.equal(null);
    expect(() => kidneyContraindicationFor(-1)).to.throw(RangeError);
    expect(() => kidneyContraindicationFor(Number.NaN)).to.throw(RangeError);
  });
});

describe('symptoms', () => {
  it('symptomSystem: every documented sign is in a known body system, the others in none', () => {
    expect(symptomIds()).to.have.length(27);
    for (const id of symptomIds()) {
      if (isDocumentedSymptom(id)) expect(bodySystemIds()).to.include(symptomSystem(id));
      else expect(symptomSystem(id)).to.equal(undefined);
      expect(isSymptomId(id)).to.equal(true);
      expect(symptom(id).id).to.equal(id);
    }
    expect(symptomSystem('tetany')).to.equal('muscles-nerves');
    expect(symptomSystem('confusion')).to.equal('muscles-nerves');
    expect(symptomSystem('headache')).to.equal(undefined);
    expect(undocumentedSymptomIds()).to.deep.equal([
      'headache',
      'sleep-problems',
      'restless-legs',
      'irritability',
      'poor-concentration',
    ]);
    expect(symptomsInSystem('heart-circulation')).to.include.members(['chest-pain', 'near-fainting']);
    expect(bodySystem('stomach-general').id).to.equal('stomach-general');
    expectUnknown(() => symptomSystem('hair-loss'), 'symptom', 'hair-loss');
    expectUnknown(() => bodySystem('skin'), 'body-system', 'skin');
    expectUnknown(() => symptomsInSystem('skin'), 'body-system', 'skin');
  });
  it('triage data', () => {
    expect(triageLevels()).to.deep.equal(['none', 'self-care', 'doctor', 'urgent', 'emergency']);
    expect(redFlagLevels()).to.have.members(['urgent', 'emergency']);
    expect(triageRules().every((rule) => rule.sourceIds.length > 0)).to.equal(true);
    expect(emergencySymptomIds()).to.have.members([
      'chest-pain',
      'fainting',
      'seizure',
      'stroke-signs',
      'breathing-difficulty',
      'sudden-severe-headache',
      'confusion',
    ]);
    // Near-fainting calls for 112 only together with palpitations or an irregular pulse: a combination.
    expect(emergencyCombinationRuleIds()).to.deep.equal(['emergency-near-fainting-with-heart-signs']);
  });
});

describe('risk factors', () => {
  it('riskFactor of every id', () => {
    for (const id of riskFactorIds()) {
      expect(riskFactor(id).id).to.equal(id);
      expect(isRiskFactorId(id)).to.equal(true);
    }
    expect(riskFactor('ppi').evidence).to.equal('strong');
    expect(isRiskFactorId('kidney-disease')).to.equal(false);
    expect(isRiskFactorId('magnesium-products')).to.equal(false);
    expectUnknown(() => riskFactor('kidney-disease'), 'risk-factor', 'kidney-disease');
  });
  it('level rule, not-assessed groups, contraindications, magnesium sources, questions', () => {
    expect(riskLevelByEvidence()).to.deep.equal({ strong: 'high', moderate: 'moderate', weak: 'low' });
    expect(notAssessedAgeGroups()).to.deep.equal(['7-11m', '1-3', '4-10']);
    expect(olderAgeFromYears()).to.equal(65);
    expect(riskContraindications()[0]).to.include({ id: 'kidney-disease' });
    expect(riskContraindications()[0]!.answers).to.deep.equal(['yes', 'unknown']);
    expect(magnesiumSources()[0]).to.include({ id: 'magnesium-products', affectsLevel: false });
    // issue 9: one yes/no/unknown question per factor except older-age and pregnancy, plus these.
    expect(yesNoQuestionIds()).to.deep.equal([
      'older-age',
      'alcohol',
      'malabsorption',
      'chronic-diarrhoea',
      'laxatives',
      'ppi',
      'diuretics',
      'magnesium-lowering-medicines',
      'type-2-diabetes',
      'low-intake-diet',
      'athlete',
      'stress',
      'kidney-disease',
      'magnesium-products',
    ]);
  });
});

describe('plasmaGrade', () => {
  it('boundaries follow the half-open intervals', () => {
    const cases: [number, string][] = [
      [0, 'severe'],
      [0.39, 'severe'],
      [0.4999, 'severe'],
      [0.5, 'moderate'],
      [0.6599, 'moderate'],
      [0.66, 'mild'],
      [0.6999, 'mild'],
      [0.7, 'normal'],
      [0.95, 'normal'],
      [1.1, 'normal'],
      [1.1001, 'high'],
      [3, 'high'],
    ];
    for (const [value, grade] of cases) expect(plasmaGrade(value).id, String(value)).to.equal(grade);
  });
  it('normal carries the note that it does not rule out depletion', () => {
    expect(plasmaGrade(0.8).noteId).to.equal('normal-does-not-rule-out-depletion');
    expect(plasmaNotes().map((note) => note.id)).to.include('normal-does-not-rule-out-depletion');
  });
  it('lists and markers', () => {
    expect(plasmaGrades().map((grade) => grade.id)).to.deep.equal(['severe', 'moderate', 'mild', 'normal', 'high']);
    expect(plasmaMarkers().map((marker) => marker.valueMmolPerL)).to.have.members([0.7, 0.4]);
  });
  it('rejects non-numbers and negatives', () => {
    expect(() => plasmaGrade(Number.NaN)).to.throw(RangeError);
    expect(() => plasmaGrade(-0.1)).to.throw(RangeError);
    expect(() => plasmaGrade(Number.POSITIVE_INFINITY)).to.throw(RangeError);
  });
});

describe('sources', () => {
  it('sourceById, sourcesByIds, sourceIds', () => {
    expect(sourceById('efsa-2015-magnesium').url).to.equal('https://doi.org/10.2903/j.efsa.2015.4186');
    expect(sourcesByIds(['nnr-2023', 'nnr-2023', 'eu-reg-1169-2011']).map((source) => source.id)).to.deep.equal([
      'nnr-2023',
      'eu-reg-1169-2011',
    ]);
    expect(sourceIds()).to.include('scf-2001-magnesium');
    expect(isSourceId('nope')).to.equal(false);
    expectUnknown(() => sourceById('nope'), 'source', 'nope');
    expectUnknown(() => sourcesByIds(['nnr-2023', 'nope']), 'source', 'nope');
  });
  it('UnknownIdError is a typed Error', () => {
    const error = new UnknownIdError('salt', 'x');
    expect(error.name).to.equal('UnknownIdError');
    expect(error.message).to.contain('[magnesium-widgets]');
  });
});
