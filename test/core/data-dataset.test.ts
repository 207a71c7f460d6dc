// The whole dataset validates against the schemas, and broken copies fail with a path that names the spot.
import { expect } from '@open-wc/testing';
import meta from '../../data/meta.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };
import ageGroups from '../../data/age-groups.json' with { type: 'json' };
import intake from '../../data/intake.json' with { type: 'json' };
import upperLimits from '../../data/upper-limits.json' with { type: 'json' };
import nutrients from '../../data/nutrients.json' with { type: 'json' };
import salts from '../../data/salts.json' with { type: 'json' };
import interactions from '../../data/interactions.json' with { type: 'json' };
import symptoms from '../../data/symptoms.json' with { type: 'json' };
import riskFactors from '../../data/risk-factors.json' with { type: 'json' };
import thresholds from '../../data/thresholds.json' with { type: 'json' };
import { formatIssuePath, formatIssues, validateDataset } from '../../src/schema/index.js';

// A fresh deep copy per test, so a broken copy never leaks into the next test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- broken copies write to arbitrary paths
const dataset = (): Record<string, any> =>
  structuredClone({
    meta,
    sources,
    ageGroups,
    intake,
    upperLimits,
    nutrients,
    salts,
    interactions,
    symptoms,
    riskFactors,
    thresholds,
  });

function failurePaths(copy: unknown): string[] {
  const result = validateDataset(copy);
  expect(result.success, 'the broken copy must not validate').to.equal(false);
  return result.success ? [] : result.error.issues.map((issue) => formatIssuePath(issue.path));
}

describe('dataset validation', () => {
  it('the shipped dataset validates', () => {
    const result = validateDataset(dataset());
    if (!result.success) throw new Error(formatIssues(result.error).join('\n'));
    expect(result.success).to.equal(true);
  });

  it('formats paths the way people write them', () => {
    expect(formatIssuePath(['upperLimits', 'magnesium', 2, 'valueMg'])).to.equal('upperLimits.magnesium[2].valueMg');
    expect(formatIssuePath([3, 'id'])).to.equal('[3].id');
  });

  it('a missing source id fails at its sourceIds entry', () => {
    const copy = dataset();
    copy.salts[4].sourceIds = ['no-such-source'];
    expect(failurePaths(copy)).to.include('salts[4].sourceIds[0]');
  });

  it('a source removed from sources.json fails wherever it is cited', () => {
    const copy = dataset();
    copy.sources = copy.sources.filter((source: { id: string }) => source.id !== 'scf-2001-magnesium');
    expect(failurePaths(copy)).to.include('upperLimits.magnesium[2].sourceIds[0]');
  });

  it('a negative upper limit fails at its value', () => {
    const copy = dataset();
    copy.upperLimits.magnesium[2].valueMg = -250;
    expect(failurePaths(copy)).to.include('upperLimits.magnesium[2].valueMg');
  });

  it('a negative nutrient upper limit fails at its value', () => {
    const copy = dataset();
    copy.nutrients[0].upperLimits[0].value = -1;
    expect(failurePaths(copy)).to.include('nutrients[0].upperLimits[0].value');
  });

  it('an unknown age group fails at its ageGroup', () => {
    const copy = dataset();
    copy.intake.values[1].ageGroup = '1-4';
    expect(failurePaths(copy)).to.include('intake.values[1].ageGroup');
  });

  it('an age group missing from age-groups.json fails where it is used', () => {
    const copy = dataset();
    copy.ageGroups.groups = copy.ageGroups.groups.filter((group: { id: string }) => group.id !== '4-10');
    expect(failurePaths(copy)).to.include('upperLimits.magnesium[2].ageGroup');
  });

  it('a duplicate salt id fails at the second occurrence', () => {
    const copy = dataset();
    copy.salts[5].id = 'oxide';
    expect(failurePaths(copy)).to.include('salts[5].id');
  });

  it('a duplicate source id fails at the second occurrence', () => {
    const copy = dataset();
    copy.sources[1].id = copy.sources[0].id;
    expect(failurePaths(copy)).to.include('sources[1].id');
  });

  it('a duplicate symptom id fails', () => {
    const copy = dataset();
    copy.symptoms.symptoms[3].id = copy.symptoms.symptoms[0].id;
    expect(failurePaths(copy)).to.include('symptoms.symptoms[3].id');
  });

  it('an interaction with only one hour rule fails', () => {
    const copy = dataset();
    copy.interactions.medicines[0].hoursAfter = null;
    expect(failurePaths(copy)).to.include('interactions.medicines[0].hoursAfter');
  });

  it('a number where the UL must be null under 4 years fails', () => {
    const copy = dataset();
    copy.upperLimits.magnesium[1].valueMg = 65;
    expect(failurePaths(copy)).to.include('upperLimits.magnesium[1].valueMg');
  });

  it('a gap between plasma grades fails', () => {
    const copy = dataset();
    copy.thresholds.plasmaGrades[2].interval.lower = 0.67;
    expect(failurePaths(copy)).to.include('thresholds.plasmaGrades[2].interval.lower');
  });

  it('a triage rule naming an unknown symptom fails', () => {
    const copy = dataset();
    copy.symptoms.triage.rules[0].anyOf = ['heart-attack'];
    expect(failurePaths(copy)).to.include('symptoms.triage.rules[0].anyOf[0]');
  });

  it('a symptom in an unknown body system fails', () => {
    const copy = dataset();
    copy.symptoms.symptoms[0].system = 'skin';
    expect(failurePaths(copy)).to.include('symptoms.symptoms[0].system');
  });

  it('a non-kebab-case id fails', () => {
    const copy = dataset();
    copy.salts[0].id = 'Magnesium_Oxide';
    expect(failurePaths(copy)).to.include('salts[0].id');
  });

  it('a value without sources fails', () => {
    const copy = dataset();
    copy.intake.values[0].sourceIds = [];
    expect(failurePaths(copy)).to.include('intake.values[0].sourceIds');
  });
});

describe('every source id exists', () => {
  it('walks every sourceIds list in every file', () => {
    const known = new Set(sources.map((source) => source.id));
    const missing: string[] = [];
    let count = 0;
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
      else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'sourceIds') {
            expect(child, `${path}.sourceIds is a non-empty list`).to.be.an('array').that.is.not.empty;
            for (const id of child as string[]) {
              count++;
              if (!known.has(id)) missing.push(`${path}: ${id}`);
            }
          } else walk(child, `${path}.${key}`);
        }
      }
    };
    const files = { ageGroups, intake, upperLimits, nutrients, salts, interactions, symptoms, riskFactors, thresholds };
    for (const [name, file] of Object.entries(files)) walk(file, name);
    expect(missing).to.deep.equal([]);
    expect(count).to.be.greaterThan(100);
  });

  it('every value-bearing row carries sourceIds', () => {
    const rows: { path: string; row: Record<string, unknown> }[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
      else if (typeof value === 'object' && value !== null) {
        const row = value as Record<string, unknown>;
        const hasValue = Object.keys(row).some((key) =>
          /^(value|valueMg|elementalMgPercent|hoursBefore|valueMmolPerL)$/.test(key),
        );
        if (hasValue) rows.push({ path, row });
        for (const [key, child] of Object.entries(row)) walk(child, `${path}.${key}`);
      }
    };
    const files = { intake, upperLimits, nutrients, salts, interactions, thresholds };
    for (const [name, file] of Object.entries(files)) walk(file, name);
    expect(rows.length).to.be.greaterThan(60);
    for (const { path, row } of rows) expect(row['sourceIds'], path).to.be.an('array').that.is.not.empty;
  });
});
