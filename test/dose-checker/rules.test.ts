// The dose checker's rule: totals, verdicts against the upper limit, warnings, interactions, days of supply,
// and the display helper that keeps a shown number on the same side of the limit as the verdict.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  decimalsToAgree,
  elementalMgPerUnit,
  evaluateSupplements,
  shownToAgree,
  verdictFor,
  warningUrgency,
  wholeDays,
  type DoseReader,
} from '../../src/rules/dose-checker.js';
import { checkProduct, type Product } from '../../src/checks/products.js';
import { elementalFraction, salt, saltIds } from '../../src/data/salts.js';
import { ageGroupIds } from '../../src/data/age-groups.js';
import { medicineIds } from '../../src/data/interactions.js';
import { isSourceId } from '../../src/data/sources.js';
import { upperLimitFor } from '../../src/data/upper-limits.js';

const RUNS = { numRuns: 2000 };
const adult: DoseReader = { ageGroup: '18+', sex: null, lifeStage: 'none', kidneyDisease: 'no', medicines: [] };

// Products exactly as checkProduct accepts them.
const productArb: fc.Arbitrary<Product> = fc
  .record(
    {
      mgPerUnit: fc.double({ min: 0.001, max: 5000, noNaN: true }),
      unitsPerDay: fc.integer({ min: 1, max: 40 }).map((halves) => halves / 2),
      unitsPerPack: fc.integer({ min: 1, max: 10000 }),
      compound: fc.boolean(),
      salt: fc.constantFrom(...saltIds()),
    },
    { requiredKeys: ['mgPerUnit', 'unitsPerDay', 'compound', 'salt'] },
  )
  .map(({ compound, salt: saltId, ...rest }) =>
    compound ? { ...rest, mgBasis: 'compound' as const, salt: saltId } : { ...rest, mgBasis: 'elemental' as const },
  );
const productsArb = fc.array(productArb, { minLength: 1, maxLength: 5 });
const readerArb: fc.Arbitrary<DoseReader> = fc.record({
  ageGroup: fc.constantFrom(...ageGroupIds()),
  sex: fc.constantFrom('female' as const, 'male' as const, null),
  lifeStage: fc.constantFrom('pregnant' as const, 'lactating' as const, 'none' as const),
  kidneyDisease: fc.constantFrom('yes' as const, 'no' as const, 'unknown' as const),
  medicines: fc.subarray(medicineIds()),
});

/** Elemental mg a day of one product, computed here without the rule. */
const expectedMgPerDay = (product: Product) =>
  (product.mgBasis === 'compound' ? product.mgPerUnit * elementalFraction(product.salt!) : product.mgPerUnit) *
  product.unitsPerDay;

describe('evaluateSupplements: worked examples', () => {
  it('500 mg magnesium oxide once a day, adult: above the limit', () => {
    // 500 × 0.603 = 301.5 mg > 250 → above; 301.5 / 250 = 120.6 % of the UL; 301.5 / 375 = 80.4 % RI.
    const report = evaluateSupplements(adult, [{ mgPerUnit: 500, mgBasis: 'compound', salt: 'oxide', unitsPerDay: 1 }]);
    expect(report.totalElementalMg).to.be.closeTo(301.5, 1e-9);
    expect(report.upperLimitMg).to.equal(250);
    expect(report.verdict).to.equal('above');
    expect(report.exceedsUpperLimit).to.equal(true);
    expect(report.percentOfUpperLimit).to.be.closeTo(120.6, 1e-9);
    expect(report.percentOfLabelReference).to.be.closeTo(80.4, 1e-9);
    expect(report.warnings).to.deep.equal(['above-upper-limit']);
  });

  it('1000 mg magnesium citrate (bare id = anhydrous) once a day: below', () => {
    // 1000 × 0.162 = 162 mg < 250 → below; 162 / 250 = 64.8 %; 162 / 375 = 43.2 % RI.
    const report = evaluateSupplements(adult, [
      { mgPerUnit: 1000, mgBasis: 'compound', salt: 'citrate', unitsPerDay: 1 },
    ]);
    expect(report.totalElementalMg).to.be.closeTo(162, 1e-9);
    expect(report.verdict).to.equal('below');
    expect(report.percentOfUpperLimit).to.be.closeTo(64.8, 1e-9);
    expect(report.percentOfLabelReference).to.be.closeTo(43.2, 1e-9);
    expect(report.warnings).to.deep.equal([]);
  });

  it('two products adding up to exactly 250 mg: at the limit, not above', () => {
    // 100 mg elemental × 1 + 75 mg elemental × 2 = 100 + 150 = 250 mg = UL → at, 100 %.
    const report = evaluateSupplements(adult, [
      { mgPerUnit: 100, unitsPerDay: 1 },
      { mgPerUnit: 75, unitsPerDay: 2 },
    ]);
    expect(report.totalElementalMg).to.equal(250);
    expect(report.verdict).to.equal('at');
    expect(report.exceedsUpperLimit).to.equal(false);
    expect(report.percentOfUpperLimit).to.equal(100);
    expect(report.warnings).to.not.include('above-upper-limit');
  });

  it('250.2 mg is above, and is shown as 250,2 mg in Danish, never 250', () => {
    // 125.1 mg elemental × 2 = 250.2 mg > 250 → above; one decimal is enough to show it.
    const report = evaluateSupplements(adult, [{ mgPerUnit: 125.1, unitsPerDay: 2 }]);
    expect(report.verdict).to.equal('above');
    const shown = shownToAgree(report.totalElementalMg, report.upperLimitMg, 0);
    expect(shown.decimals).to.equal(1);
    expect(new Intl.NumberFormat('da', { maximumFractionDigits: shown.decimals }).format(shown.value)).to.equal(
      '250,2',
    );
  });

  it('bisglycinate dihydrate 1000 mg twice a day; days of supply from the pack', () => {
    // 1000 × 0.117 × 2 = 234 mg → below; pack of 60 at 2 a day = 30 days.
    // Second product: 100 mg elemental × 1.5 a day = 150 mg; pack of 100 / 1.5 = 66.67 days → 66 whole days.
    const report = evaluateSupplements(adult, [
      { mgPerUnit: 1000, mgBasis: 'compound', salt: 'bisglycinate-dihydrate', unitsPerDay: 2, unitsPerPack: 60 },
      { mgPerUnit: 100, unitsPerDay: 1.5, unitsPerPack: 100 },
      { mgPerUnit: 10, unitsPerDay: 1 },
    ]);
    expect(report.products[0]!.elementalMgPerDay).to.be.closeTo(234, 1e-9);
    expect(report.products[0]!.daysOfSupply).to.equal(30);
    expect(report.products[1]!.daysOfSupply).to.be.closeTo(66.667, 1e-3);
    expect(wholeDays(report.products[1]!.daysOfSupply!)).to.equal(66);
    expect(report.products[2]!.daysOfSupply).to.equal(null);
    // 234 + 150 + 10 = 394 mg > 250 → above.
    expect(report.totalElementalMg).to.be.closeTo(394, 1e-9);
    expect(report.verdict).to.equal('above');
  });

  it('a salt given with the elemental basis does not convert (the label already says elemental)', () => {
    const report = evaluateSupplements(adult, [
      { mgPerUnit: 200, mgBasis: 'elemental', salt: 'oxide', unitsPerDay: 1 },
    ]);
    expect(report.totalElementalMg).to.equal(200);
  });

  it('a child of 1–3 years: no EU limit, never "below"', () => {
    // 50 mg elemental × 1 = 50 mg; no UL under 4 → no-limit, no percentage of a limit.
    const report = evaluateSupplements({ ...adult, ageGroup: '1-3' }, [{ mgPerUnit: 50, unitsPerDay: 1 }]);
    expect(report.verdict).to.equal('no-limit');
    expect(report.upperLimitMg).to.equal(null);
    expect(report.percentOfUpperLimit).to.equal(null);
    expect(report.exceedsUpperLimit).to.equal(false);
    expect(report.warnings).to.deep.equal(['no-upper-limit-for-age']);
    expect(report.sourceIds).to.include('fvst-kosttilskud-bilag-b');
  });

  it('kidney disease yes or unknown warns first; pregnancy and interactions follow', () => {
    const report = evaluateSupplements(
      {
        ageGroup: '18+',
        sex: 'female',
        lifeStage: 'pregnant',
        kidneyDisease: 'unknown',
        medicines: ['fluoroquinolones', 'other-integrase-inhibitors', 'bisphosphonates'],
      },
      [{ mgPerUnit: 300, unitsPerDay: 1 }],
    );
    expect(report.warnings).to.deep.equal([
      'kidney-disease',
      'above-upper-limit',
      'pregnant-or-lactating',
      'interaction',
    ]);
    expect(report.interactions).to.deep.equal([
      { medicine: 'fluoroquinolones', hoursBefore: 4, hoursAfter: 8 },
      {
        medicine: 'other-integrase-inhibitors',
        hoursBefore: null,
        hoursAfter: null,
        noteId: 'follow-leaflet-or-ask-pharmacist',
      },
      { medicine: 'bisphosphonates', hoursBefore: 4, hoursAfter: 8, noteId: 'bisphosphonate-after-overnight-fast' },
    ]);
    expect(report.sourceIds).to.include.members([
      'pro-medicin-dk-magnesia',
      'us-label-moxifloxacin',
      'guide-therapeutique-vih-dolutegravir',
    ]);
  });

  it('carries the sources behind every number, and they all resolve', () => {
    const report = evaluateSupplements({ ...adult, medicines: ['iron'] }, [
      { mgPerUnit: 400, mgBasis: 'compound', salt: 'threonate', unitsPerDay: 1 },
    ]);
    expect(report.sourceIds).to.include.members([
      'scf-2001-magnesium',
      'eu-reg-1169-2011',
      'ciaaw-standard-atomic-weights',
      'efsa-2024-magnesium-l-threonate',
    ]);
    expect(report.sourceIds.every(isSourceId)).to.equal(true);
    expect(new Set(report.sourceIds).size).to.equal(report.sourceIds.length);
  });

  it('has exactly the mg-result fields of the issue plus sourceIds', () => {
    const report = evaluateSupplements(adult, [{ mgPerUnit: 100, unitsPerDay: 1 }]);
    expect(Object.keys(report).sort()).to.deep.equal(
      [
        'ageGroup',
        'totalElementalMg',
        'upperLimitMg',
        'percentOfUpperLimit',
        'percentOfLabelReference',
        'exceedsUpperLimit',
        'verdict',
        'warnings',
        'interactions',
        'products',
        'notes',
        'guidance',
        'lifeStages',
        'sourceIds',
      ].sort(),
    );
  });
});

describe('evaluateSupplements: what the report decides (issue 16)', () => {
  it('dolutegravir: take it at least 4 h before or 6 h after magnesium (Juluca; stricter wins)', () => {
    const report = evaluateSupplements({ ...adult, medicines: ['dolutegravir'] }, [{ mgPerUnit: 100, unitsPerDay: 1 }]);
    expect(report.interactions).to.deep.equal([{ medicine: 'dolutegravir', hoursBefore: 4, hoursAfter: 6 }]);
    expect(report.sourceIds).to.include.members(['smpc-juluca', 'smpc-tivicay']);
  });

  it('above the limit: the prescribed-dose line and what too much feels like; at it: only the latter; below: neither', () => {
    const above = evaluateSupplements(adult, [{ mgPerUnit: 360, unitsPerDay: 3 }]);
    expect(above.notes).to.deep.equal(['prescribed-magnesium', 'too-much-magnesium']);
    expect(above.sourceIds).to.include.members(['rn-pri-hypomagnesiaemi', 'laegenoter-hypermagnesiaemi']);
    expect(evaluateSupplements(adult, [{ mgPerUnit: 250, unitsPerDay: 1 }]).notes).to.deep.equal([
      'too-much-magnesium',
    ]);
    expect(evaluateSupplements(adult, [{ mgPerUnit: 100, unitsPerDay: 1 }]).notes).to.deep.equal([]);
  });

  it('FVST guidance for children rides along as a note: 58 mg per dose at 1–2 years, 239 mg at 3–10 years', () => {
    const toddler = evaluateSupplements({ ...adult, ageGroup: '1-3' }, [{ mgPerUnit: 50, unitsPerDay: 1 }]);
    expect(toddler.verdict).to.equal('no-limit');
    expect(toddler.guidance.map((item) => item.maxPerDailyDoseMg)).to.deep.equal([58]);
    const child = evaluateSupplements({ ...adult, ageGroup: '4-10' }, [{ mgPerUnit: 50, unitsPerDay: 1 }]);
    expect(child.verdict).to.equal('below');
    expect(child.guidance.map((item) => item.maxPerDailyDoseMg)).to.deep.equal([239]);
    expect(evaluateSupplements(adult, []).guidance).to.deep.equal([]);
  });

  it('pregnancy is asked and counted only from 11 years and not for men', () => {
    expect(evaluateSupplements({ ...adult, ageGroup: '1-3' }, []).lifeStages).to.deep.equal(['none']);
    expect(evaluateSupplements({ ...adult, sex: 'male' }, []).lifeStages).to.deep.equal(['none']);
    expect(evaluateSupplements({ ...adult, ageGroup: '11-17', sex: 'female' }, []).lifeStages).to.have.members([
      'none',
      'pregnant',
      'lactating',
    ]);
    // A toddler "pregnant" (a stale answer) gives no pregnancy warning.
    const toddler = evaluateSupplements({ ...adult, ageGroup: '1-3', lifeStage: 'pregnant' }, []);
    expect(toddler.warnings).to.not.include('pregnant-or-lactating');
  });

  it('warnings carry their urgency: kidney disease and above the limit are urgent, the rest normal', () => {
    expect(warningUrgency).to.deep.equal({
      'kidney-disease': 'urgent',
      'above-upper-limit': 'urgent',
      'no-upper-limit-for-age': 'normal',
      'pregnant-or-lactating': 'normal',
      interaction: 'normal',
    });
  });
});

describe('evaluateSupplements: exact decimal totals (issue 16, decision 1)', () => {
  // An oracle written without the rule's arithmetic: every amount is an integer count of a fixed unit, so the exact
  // total is an integer count of 1 / 2,000,000 mg (mg in thousandths × percent in tenths / 100 × units in halves).
  const SCALE = 2_000_000n;
  const exactUnits = (product: Product): bigint => {
    const mg = BigInt(Math.round(product.mgPerUnit * 1000)); // thousandths of a mg
    const halves = BigInt(Math.round(product.unitsPerDay * 2));
    const perMille =
      product.mgBasis === 'compound' ? BigInt(Math.round(salt(product.salt!).elementalMgPercent * 10)) : 1000n;
    return mg * perMille * halves; // mg/1000 × perMille/1000 × halves/2 = units / 2,000,000
  };
  /** units / 2,000,000 = units × 5 / 10^7: an exact decimal with at most seven places. */
  const decimalText = (units: bigint): string => {
    const negative = units < 0n;
    const magnitude = negative ? -units : units;
    const places = ((magnitude % SCALE) * 5n).toString().padStart(7, '0').replace(/0+$/, '');
    const whole = `${negative ? '-' : ''}${magnitude / SCALE}`;
    return places ? `${whole}.${places}` : whole;
  };
  const productArbExact: fc.Arbitrary<Product> = fc
    .record({
      thousandths: fc.integer({ min: 1, max: 400_000 }),
      halves: fc.integer({ min: 1, max: 6 }),
      salt: fc.option(fc.constantFrom(...saltIds()), { nil: undefined }),
    })
    .map(({ thousandths, halves, salt: saltId }) =>
      saltId
        ? { mgPerUnit: thousandths / 1000, mgBasis: 'compound' as const, salt: saltId, unitsPerDay: halves / 2 }
        : { mgPerUnit: thousandths / 1000, unitsPerDay: halves / 2 },
    );
  /** The elemental amount that brings `units` to the limit plus `extra` thousandths of a mg, as a product. */
  const filler = (units: bigint, limitMg: number, extraThousandths: number): Product | null => {
    const rest = BigInt(limitMg) * SCALE + BigInt(extraThousandths) * (SCALE / 1000n) - units;
    if (rest <= 0n) return null;
    const mgPerUnit = Number(decimalText(rest));
    return mgPerUnit <= 5000 ? { mgPerUnit, unitsPerDay: 1 } : null;
  };

  it('a total that is exactly the limit in decimal is "at"; ≥ 0.001 mg over is "above"; under is "below"', () => {
    fc.assert(
      fc.property(
        fc.array(productArbExact, { minLength: 0, maxLength: 3 }),
        fc.integer({ min: 1, max: 500 }),
        (start, extra) => {
          const units = start.reduce((sum, product) => sum + exactUnits(product), 0n);
          const at = filler(units, 250, 0);
          fc.pre(at !== null);
          const atReport = evaluateSupplements(adult, [...start, at!]);
          expect(atReport.verdict).to.equal('at');
          expect(atReport.totalElementalMg).to.equal(250);
          expect(atReport.percentOfUpperLimit).to.equal(100);
          const above = filler(units, 250, extra)!;
          expect(evaluateSupplements(adult, [...start, above]).verdict).to.equal('above');
          const below = filler(units, 250, -extra);
          if (below) expect(evaluateSupplements(adult, [...start, below]).verdict).to.equal('below');
        },
      ),
      RUNS,
    );
  });

  it('no float noise: every total and product amount in the report is the exact decimal, written as such', () => {
    fc.assert(
      fc.property(fc.array(productArbExact, { minLength: 1, maxLength: 4 }), (products) => {
        const report = evaluateSupplements(adult, products);
        const total = products.reduce((sum, product) => sum + exactUnits(product), 0n);
        expect(String(report.totalElementalMg)).to.equal(decimalText(total));
        report.products.forEach((dose, index) =>
          expect(String(dose.elementalMgPerDay)).to.equal(decimalText(exactUnits(products[index]!))),
        );
        // Percentages are quotients: at most the 15 significant digits a double holds (never 100.00000000000001).
        for (const percent of [report.percentOfUpperLimit!, report.percentOfLabelReference]) {
          expect(Number(percent.toPrecision(15))).to.equal(percent);
        }
      }),
      RUNS,
    );
  });

  it('the review\'s cases: 500 mg carbonate + 106 mg, 500 mg hydroxide + 41.5 mg, 800 mg bisglycinate + 137.2 mg are 250 mg, "at"', () => {
    for (const [saltId, elemental] of [
      ['carbonate', 106],
      ['hydroxide', 41.5],
      ['bisglycinate', 137.2],
    ] as const) {
      const amount = saltId === 'bisglycinate' ? 800 : 500;
      const report = evaluateSupplements(adult, [
        { mgPerUnit: amount, mgBasis: 'compound', salt: saltId, unitsPerDay: 1 },
        { mgPerUnit: elemental, unitsPerDay: 1 },
      ]);
      expect(report.totalElementalMg, saltId).to.equal(250);
      expect(report.verdict, saltId).to.equal('at');
      expect(report.exceedsUpperLimit, saltId).to.equal(false);
    }
  });
});

describe('evaluateSupplements: properties', () => {
  it('the total is the sum of the products', () => {
    fc.assert(
      fc.property(readerArb, productsArb, (reader, products) => {
        for (const product of products) expect(checkProduct(product).ok).to.equal(true);
        const report = evaluateSupplements(reader, products);
        const sum = products.reduce((total, product) => total + expectedMgPerDay(product), 0);
        expect(report.totalElementalMg).to.be.closeTo(sum, sum * 1e-12);
        const productSum = report.products.reduce((total, product) => total + product.elementalMgPerDay, 0);
        expect(report.totalElementalMg).to.be.closeTo(productSum, productSum * 1e-12);
        expect(report.products).to.have.length(products.length);
      }),
      RUNS,
    );
  });

  it('never "below" when the unrounded total exceeds the UL; the verdict follows the comparison', () => {
    fc.assert(
      fc.property(readerArb, productsArb, (reader, products) => {
        const report = evaluateSupplements(reader, products);
        const limit = upperLimitFor(reader.ageGroup).valueMg;
        if (limit !== null && report.totalElementalMg > limit) {
          expect(report.verdict).to.equal('above');
          expect(report.exceedsUpperLimit).to.equal(true);
          expect(report.warnings).to.include('above-upper-limit');
        }
        if (report.verdict === 'below') expect(report.totalElementalMg).to.be.below(limit!);
        expect(report.exceedsUpperLimit).to.equal(report.verdict === 'above');
      }),
      RUNS,
    );
  });

  it('exactly the UL is "at", never "above"', () => {
    // Integer parts of 250 (exact in floating point), each as whole units or as halves of double the amount.
    const partsOf250 = fc
      .uniqueArray(fc.integer({ min: 1, max: 249 }), { maxLength: 4 })
      .map((cuts) => [0, ...cuts.sort((a, b) => a - b), 250])
      .map((points) => points.slice(1).map((point, i) => point - points[i]!));
    fc.assert(
      fc.property(partsOf250, fc.boolean(), fc.constantFrom('4-10', '11-17', '18+'), (parts, halves, ageGroup) => {
        const products = parts.map((mg) =>
          halves ? { mgPerUnit: mg * 2, unitsPerDay: 0.5 } : { mgPerUnit: mg, unitsPerDay: 1 },
        );
        const report = evaluateSupplements({ ...adult, ageGroup: ageGroup as DoseReader['ageGroup'] }, products);
        expect(report.totalElementalMg).to.equal(250);
        expect(report.verdict).to.equal('at');
        expect(report.exceedsUpperLimit).to.equal(false);
        expect(report.warnings).to.not.include('above-upper-limit');
      }),
      RUNS,
    );
    expect(verdictFor(250, 250)).to.equal('at');
    expect(verdictFor(250.000001, 250)).to.equal('above');
    expect(verdictFor(249.999999, 250)).to.equal('below');
  });

  it('under 4 years never gets a below/above verdict', () => {
    fc.assert(
      fc.property(readerArb, productsArb, fc.constantFrom('7-11m', '1-3'), (reader, products, ageGroup) => {
        const report = evaluateSupplements({ ...reader, ageGroup: ageGroup as DoseReader['ageGroup'] }, products);
        expect(report.verdict).to.equal('no-limit');
        expect(report.percentOfUpperLimit).to.equal(null);
        expect(report.exceedsUpperLimit).to.equal(false);
        expect(report.warnings).to.include('no-upper-limit-for-age');
      }),
      RUNS,
    );
  });

  it('kidney disease yes/unknown always warns, and first', () => {
    fc.assert(
      fc.property(readerArb, productsArb, (reader, products) => {
        const report = evaluateSupplements(reader, products);
        if (reader.kidneyDisease === 'no') expect(report.warnings).to.not.include('kidney-disease');
        else expect(report.warnings[0]).to.equal('kidney-disease');
      }),
      RUNS,
    );
  });

  it('compound → elemental uses the dataset fraction; a bare salt id is never below its hydrates', () => {
    fc.assert(
      fc.property(productArb, fc.constantFrom(...saltIds()), (product, saltId) => {
        const compound: Product = { ...product, mgBasis: 'compound', salt: saltId };
        const fromFraction = product.mgPerUnit * elementalFraction(saltId);
        expect(elementalMgPerUnit(compound)).to.be.closeTo(fromFraction, fromFraction * 1e-12);
        const fromPercent = (product.mgPerUnit * salt(saltId).elementalMgPercent) / 100;
        expect(elementalMgPerUnit(compound)).to.be.closeTo(fromPercent, fromPercent * 1e-12);
        const bare = saltIds().find((id) => salt(id).form === salt(saltId).form && salt(id).hydrate === 'anhydrous');
        if (bare) expect(elementalFraction(bare)).to.be.at.least(elementalFraction(saltId));
      }),
      RUNS,
    );
  });

  it('interactions follow the chosen medicines, in order, and warn', () => {
    fc.assert(
      fc.property(readerArb, (reader) => {
        const report = evaluateSupplements(reader, [{ mgPerUnit: 100, unitsPerDay: 1 }]);
        expect(report.interactions.map((item) => item.medicine)).to.deep.equal(reader.medicines);
        expect(report.warnings.includes('interaction')).to.equal(reader.medicines.length > 0);
      }),
      RUNS,
    );
  });
});

describe('shownToAgree / decimalsToAgree', () => {
  it('examples: 250.2 → 250.2; 249.96 → 249.96; 250 → 250; 301.5 → 301.5', () => {
    expect(shownToAgree(250.2, 250, 0)).to.deep.equal({ value: 250.2, decimals: 1 });
    expect(shownToAgree(249.96, 250, 1)).to.deep.equal({ value: 249.96, decimals: 2 });
    expect(shownToAgree(250, 250, 1)).to.deep.equal({ value: 250, decimals: 1 });
    expect(shownToAgree(301.5, 250, 1)).to.deep.equal({ value: 301.5, decimals: 1 });
    // 100.08 % of the UL is not shown as "100 %".
    expect(shownToAgree(100.08, 100, 0)).to.deep.equal({ value: 100.1, decimals: 1 });
    expect(decimalsToAgree(162, null, 1)).to.equal(1);
    // Float noise just above the limit is still shown above it.
    expect(shownToAgree(250.00000000000003, 250, 1, 4).value).to.be.above(250);
  });

  it('property: the shown number sits on the same side of the limit as the unrounded one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100000, noNaN: true }),
        fc.constantFrom(250, 100, 65),
        fc.integer({ min: 0, max: 2 }),
        (value, limit, minimum) => {
          const shown = shownToAgree(value, limit, minimum);
          expect(Math.sign(shown.value - limit)).to.equal(Math.sign(value - limit));
          expect(shown.decimals).to.be.at.least(minimum);
          // What Intl shows with those decimals reads back as the same number.
          const text = new Intl.NumberFormat('en', {
            maximumFractionDigits: shown.decimals,
            useGrouping: false,
          }).format(shown.value);
          expect(Math.sign(Number(text) - limit)).to.equal(Math.sign(value - limit));
        },
      ),
      RUNS,
    );
  });
});
