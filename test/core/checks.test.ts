// Hand-written run-time checks: examples, and property tests that they accept exactly what the schemas accept.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  answerKeys,
  checkAnswers,
  checkProduct,
  checkProducts,
  isAgeGroup,
  isLifeStage,
  isMedicineId,
  isRiskFactorId,
  isSaltId,
  isSex,
  isSymptomId,
  parseDecimal,
  parseIdList,
} from '../../src/checks/index.js';
import { AnswersSchema, ProductSchema, ProductsSchema } from '../../src/schema/index.js';
import { saltIds } from '../../src/data/salts.js';

const RUNS = { numRuns: 3000 };

describe('id checks', () => {
  it('accept dataset ids and reject everything else', () => {
    expect(isAgeGroup('11-17')).to.equal(true);
    expect(isAgeGroup('11–17')).to.equal(false);
    expect(isSex('male')).to.equal(true);
    expect(isSex(null)).to.equal(false);
    expect(isLifeStage('lactating')).to.equal(true);
    expect(isLifeStage('')).to.equal(false);
    expect(isSaltId('bisglycinate-dihydrate')).to.equal(true);
    expect(isSaltId('glycinate')).to.equal(false);
    expect(isSymptomId('muscle-cramps')).to.equal(true);
    expect(isSymptomId('cramps')).to.equal(false);
    expect(isMedicineId('levothyroxine')).to.equal(true);
    expect(isMedicineId('Levothyroxine')).to.equal(false);
    expect(isRiskFactorId('athlete')).to.equal(true);
    expect(isRiskFactorId({})).to.equal(false);
  });
});

describe('parseIdList', () => {
  it('splits on whitespace, keeps valid ids in order, lists the rest once', () => {
    expect(parseIdList('  iron  aspirin digoxin\tiron aspirin ', isMedicineId)).to.deep.equal({
      valid: ['iron', 'digoxin'],
      invalid: ['aspirin'],
    });
  });
  it('empty, null and arrays', () => {
    expect(parseIdList('', isSymptomId)).to.deep.equal({ valid: [], invalid: [] });
    expect(parseIdList(null, isSymptomId)).to.deep.equal({ valid: [], invalid: [] });
    expect(parseIdList(undefined, isSymptomId)).to.deep.equal({ valid: [], invalid: [] });
    expect(parseIdList(['tetany', 3], isSymptomId)).to.deep.equal({ valid: ['tetany'], invalid: ['3'] });
    expect(parseIdList(42, isSymptomId)).to.deep.equal({ valid: [], invalid: ['42'] });
  });
  it('property: every token lands in exactly one list', () => {
    const token = fc.oneof(fc.constantFrom('tetany', 'fatigue', 'x', 'TETANY'), fc.stringMatching(/^[a-z-]{1,8}$/));
    fc.assert(
      fc.property(fc.array(token), (tokens) => {
        const result = parseIdList(tokens.join(' '), isSymptomId);
        for (const item of tokens)
          expect(result.valid.includes(item as never) !== result.invalid.includes(item)).to.equal(true);
        for (const item of result.valid) expect(isSymptomId(item)).to.equal(true);
        for (const item of result.invalid) expect(isSymptomId(item)).to.equal(false);
      }),
      RUNS,
    );
  });
});

describe('parseDecimal', () => {
  it('accepts `.` decimals only', () => {
    expect(parseDecimal('2.5')).to.equal(2.5);
    expect(parseDecimal(' 250 ')).to.equal(250);
    expect(parseDecimal('.5')).to.equal(0.5);
    expect(parseDecimal('-1')).to.equal(-1);
    expect(parseDecimal('0')).to.equal(0);
    for (const bad of ['2,5', '1e3', '', ' ', '5.', '0x10', 'Infinity', 'NaN', '1.2.3', '+1', '250 mg', '１']) {
      expect(parseDecimal(bad), bad).to.equal(null);
    }
    expect(parseDecimal(2.5)).to.equal(null);
    expect(parseDecimal(null)).to.equal(null);
  });
  it('property: round-trips finite decimals written with toFixed', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 6 }), (value, digits) => {
        const text = value.toFixed(digits);
        expect(parseDecimal(text)).to.equal(Number(text));
        expect(parseDecimal(text.replace('.', ','))).to.equal(digits === 0 ? Number(text) : null);
      }),
      RUNS,
    );
  });
});

describe('checkProduct', () => {
  it('accepts the shapes of issue 10', () => {
    expect(checkProduct({ mgPerUnit: 200, unitsPerDay: 1 }).ok).to.equal(true);
    expect(
      checkProduct({
        name: 'Magnesium 200',
        salt: 'citrate',
        mgPerUnit: 1000,
        mgBasis: 'compound',
        unitsPerDay: 1.5,
        unitsPerPack: 60,
      }).ok,
    ).to.equal(true);
    expect(checkProduct({ mgPerUnit: 5000, unitsPerDay: 20, unitsPerPack: 10000 }).ok).to.equal(true);
    expect(checkProduct({ mgPerUnit: 0.001, unitsPerDay: 0.5, unitsPerPack: 1 }).ok).to.equal(true);
  });
  const rejected: [unknown, string, string][] = [
    [{ mgPerUnit: 0, unitsPerDay: 1 }, 'mgPerUnit', 'number'],
    [{ mgPerUnit: 5000.5, unitsPerDay: 1 }, 'mgPerUnit', 'number'],
    [{ mgPerUnit: '200', unitsPerDay: 1 }, 'mgPerUnit', 'number'],
    [{ mgPerUnit: Number.NaN, unitsPerDay: 1 }, 'mgPerUnit', 'number'],
    [{ mgPerUnit: 200, unitsPerDay: 0.25 }, 'unitsPerDay', 'number'],
    [{ mgPerUnit: 200, unitsPerDay: 20.5 }, 'unitsPerDay', 'number'],
    [{ mgPerUnit: 200, unitsPerDay: 0 }, 'unitsPerDay', 'number'],
    [{ mgPerUnit: 200 }, 'unitsPerDay', 'number'],
    [{ mgPerUnit: 200, unitsPerDay: 1, unitsPerPack: 0 }, 'unitsPerPack', 'number'],
    [{ mgPerUnit: 200, unitsPerDay: 1, unitsPerPack: 30.5 }, 'unitsPerPack', 'number'],
    [{ mgPerUnit: 200, unitsPerDay: 1, unitsPerPack: 10001 }, 'unitsPerPack', 'number'],
    [{ mgPerUnit: 200, unitsPerDay: 1, mgBasis: 'compound' }, 'salt', 'required-when'],
    [{ mgPerUnit: 200, unitsPerDay: 1, salt: 'glycinate' }, 'salt', 'one-of'],
    [{ mgPerUnit: 200, unitsPerDay: 1, mgBasis: 'elementary' }, 'mgBasis', 'one-of'],
    [{ mgPerUnit: 200, unitsPerDay: 1, name: 7 }, 'name', 'string'],
    [{ mgPerUnit: 200, unitsPerDay: 1, price: 49 }, 'price', 'absent'],
    [null, '', 'object'],
    [[{ mgPerUnit: 200, unitsPerDay: 1 }], '', 'object'],
  ];
  for (const [value, field, kind] of rejected) {
    it(`rejects ${JSON.stringify(value)} naming "${field}" (${kind})`, () => {
      const result = checkProduct(value);
      expect(result.ok).to.equal(false);
      if (!result.ok)
        expect(result.issues.map((item) => [item.field, item.accepted.kind])).to.deep.include([field, kind]);
      expect(ProductSchema.safeParse(value).success).to.equal(false);
    });
  }
  it('names what a salt accepts', () => {
    const result = checkProduct({ mgPerUnit: 200, unitsPerDay: 1, salt: 'x' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]!.accepted).to.deep.equal({ kind: 'one-of', values: saltIds() });
  });
});

describe('checkProducts', () => {
  it('keeps the valid products and names the index of the bad ones', () => {
    const good = { mgPerUnit: 200, unitsPerDay: 1 };
    const result = checkProducts([good, { mgPerUnit: -1, unitsPerDay: 1 }, good]);
    expect(result.ok).to.equal(false);
    expect(result.valid).to.deep.equal([good, good]);
    expect(result.issues.map((item) => item.field)).to.deep.equal(['[1].mgPerUnit']);
    expect(checkProducts([]).ok).to.equal(true);
    expect(checkProducts('x')).to.deep.include({ ok: false, valid: [] });
  });
});

describe('checkAnswers', () => {
  it('accepts answers of issue 9', () => {
    expect(checkAnswers({}).ok).to.equal(true);
    expect(
      checkAnswers({
        'age-group': '18+',
        'older-age': 'no',
        sex: 'female',
        'life-stage': 'none',
        ppi: 'yes',
        stress: 'unknown',
      }).ok,
    ).to.equal(true);
    expect(checkAnswers({ 'age-group': '4-10' }).ok).to.equal(true);
  });
  it('names the key and what it accepts', () => {
    const result = checkAnswers({ 'age-group': 'adult', ppi: 'maybe', pregnancy: 'yes', sex: 'male' });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues).to.deep.include({
        field: 'age-group',
        accepted: { kind: 'one-of', values: ['7-11m', '1-3', '4-10', '11-17', '18+'] },
      });
      expect(result.issues).to.deep.include({
        field: 'ppi',
        accepted: { kind: 'one-of', values: ['yes', 'no', 'unknown'] },
      });
      // pregnancy is derived from life-stage, never asked: an unknown key.
      expect(result.issues).to.deep.include({ field: 'pregnancy', accepted: { kind: 'absent' } });
    }
    expect(checkAnswers(null).ok).to.equal(false);
    expect(checkAnswers(['yes']).ok).to.equal(false);
  });
});

// Values near every boundary, plus wrong types, so both sides of each rule are exercised.
const numberish = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 10005 }),
  fc.double({ min: 0, max: 21, noNaN: true }).map((value) => Math.round(value * 2) / 2),
  fc.constantFrom(0, -0, 0.5, 1, 1.5, 20, 20.5, 4999.999, 5000, 5000.001, 1e-9, 10000, 10001, Number.NaN, Infinity),
  fc.constantFrom('1', null, true, [1], {}),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(undefined));
const productLike = fc.record(
  {
    name: maybe(fc.oneof(fc.string(), fc.integer())),
    salt: maybe(fc.oneof(fc.constantFrom(...saltIds()), fc.string(), fc.constant(3))),
    mgPerUnit: numberish,
    mgBasis: maybe(fc.constantFrom('elemental', 'compound', 'other', 1)),
    unitsPerDay: numberish,
    unitsPerPack: maybe(numberish),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('property: checks accept exactly what the schemas accept', () => {
  it('checkProduct ⇔ ProductSchema', () => {
    fc.assert(
      fc.property(fc.oneof(productLike, fc.anything()), (value) => {
        expect(checkProduct(value).ok, JSON.stringify(value)).to.equal(ProductSchema.safeParse(value).success);
      }),
      RUNS,
    );
  });

  it('checkProducts ⇔ ProductsSchema, and valid = the items that pass alone', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(productLike, { maxLength: 4 }), fc.anything()), (value) => {
        const result = checkProducts(value);
        expect(result.ok).to.equal(ProductsSchema.safeParse(value).success);
        if (Array.isArray(value)) {
          expect(result.valid).to.deep.equal(value.filter((item) => ProductSchema.safeParse(item).success));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('checkAnswers ⇔ AnswersSchema', () => {
    const key = fc.oneof(fc.constantFrom(...answerKeys(), 'pregnancy', 'Age-group', '__proto__'), fc.string());
    const answer = fc.oneof(
      fc.constantFrom(
        'yes',
        'no',
        'unknown',
        '18+',
        '1-3',
        'female',
        'male',
        'pregnant',
        'none',
        'lactating',
        undefined,
      ),
      fc.string(),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(key, answer, { maxKeys: 6 }), fc.anything()), (value) => {
        expect(checkAnswers(value).ok, JSON.stringify(value)).to.equal(AnswersSchema.safeParse(value).success);
      }),
      RUNS,
    );
  });
});
