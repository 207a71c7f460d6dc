// The whole dataset: every file's schema plus the cross-references between files.
import { z } from 'zod';
import { AgeGroupsFileSchema } from './age-groups.js';
import { IntakeFileSchema } from './intake.js';
import { InteractionsFileSchema } from './interactions.js';
import { MetaSchema } from './meta.js';
import { NutrientsFileSchema } from './nutrients.js';
import { RiskFactorsFileSchema } from './risk-factors.js';
import { SaltsFileSchema } from './salts.js';
import { SourcesSchema } from './sources.js';
import { SymptomsFileSchema } from './symptoms.js';
import { ThresholdsFileSchema } from './thresholds.js';
import { UpperLimitsFileSchema } from './upper-limits.js';

type Path = (string | number)[];
type Ctx = z.RefinementCtx;

const DatasetShape = z.strictObject({
  meta: MetaSchema,
  sources: SourcesSchema,
  ageGroups: AgeGroupsFileSchema,
  intake: IntakeFileSchema,
  upperLimits: UpperLimitsFileSchema,
  nutrients: NutrientsFileSchema,
  salts: SaltsFileSchema,
  interactions: InteractionsFileSchema,
  symptoms: SymptomsFileSchema,
  riskFactors: RiskFactorsFileSchema,
  thresholds: ThresholdsFileSchema,
});

type DatasetShapeType = z.infer<typeof DatasetShape>;

function issue(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', message, path });
}

/** Walks any JSON value, calling `visit` for every object with its path. */
function walk(value: unknown, path: Path, visit: (node: Record<string, unknown>, path: Path) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, index], visit));
  } else if (typeof value === 'object' && value !== null) {
    const node = value as Record<string, unknown>;
    visit(node, path);
    for (const [key, child] of Object.entries(node)) walk(child, [...path, key], visit);
  }
}

function checkSourceIds(dataset: DatasetShapeType, ctx: Ctx): void {
  const known = new Set(dataset.sources.map((source) => source.id));
  walk(dataset, [], (node, path) => {
    const ids = node['sourceIds'];
    if (!Array.isArray(ids)) return;
    ids.forEach((id, index) => {
      if (typeof id !== 'string' || !known.has(id)) {
        issue(ctx, [...path, 'sourceIds', index], `unknown source id "${String(id)}"`);
      }
    });
  });
}

/** Within any array of objects with an `id`, ids are unique. */
function checkUniqueIds(dataset: DatasetShapeType, ctx: Ctx): void {
  const visitArray = (value: unknown, path: Path): void => {
    if (Array.isArray(value)) {
      const seen = new Map<string, number>();
      value.forEach((item, index) => {
        if (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') {
          const id = (item as { id: string }).id;
          if (seen.has(id)) issue(ctx, [...path, index, 'id'], `duplicate id "${id}" (first at index ${seen.get(id)})`);
          else seen.set(id, index);
        }
        visitArray(item, [...path, index]);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) visitArray(child, [...path, key]);
    }
  };
  visitArray(dataset, []);
}

function checkAgeGroups(dataset: DatasetShapeType, ctx: Ctx): void {
  const known = new Set<string>(dataset.ageGroups.groups.map((group) => group.id));
  walk(dataset, [], (node, path) => {
    const ageGroup = node['ageGroup'];
    if (ageGroup !== undefined && (typeof ageGroup !== 'string' || !known.has(ageGroup))) {
      issue(ctx, [...path, 'ageGroup'], `unknown age group "${String(ageGroup)}"`);
    }
  });
  dataset.riskFactors.notAssessedAgeGroups.forEach((id, index) => {
    if (!known.has(id)) issue(ctx, ['riskFactors', 'notAssessedAgeGroups', index], `unknown age group "${id}"`);
  });

  // Every age group has exactly one magnesium UL row and an adequate intake for each sex it needs.
  for (const group of dataset.ageGroups.groups) {
    const limits = dataset.upperLimits.magnesium.filter((limit) => limit.ageGroup === group.id);
    if (limits.length !== 1) {
      issue(
        ctx,
        ['upperLimits', 'magnesium'],
        `age group "${group.id}" needs exactly one upper-limit row, has ${limits.length}`,
      );
    }
    const sexes = group.sexSpecific ? dataset.ageGroups.sexes : [null];
    for (const sex of sexes) {
      const found = dataset.intake.values.some(
        (value) =>
          value.kind === 'adequate-intake' &&
          value.ageGroup === group.id &&
          value.lifeStage === 'none' &&
          value.sex === sex,
      );
      if (!found) issue(ctx, ['intake', 'values'], `no adequate intake for "${group.id}" sex ${String(sex)}`);
    }
  }
}

function checkReferences(dataset: DatasetShapeType, ctx: Ctx): void {
  const scopes = new Set(dataset.upperLimits.scopes.map((scope) => scope.id));
  dataset.upperLimits.magnesium.forEach((limit, index) => {
    if (!scopes.has(limit.scope))
      issue(ctx, ['upperLimits', 'magnesium', index, 'scope'], `unknown scope "${limit.scope}"`);
  });
  dataset.nutrients.forEach((nutrient, n) => {
    nutrient.upperLimits.forEach((limit, index) => {
      if (limit.scope !== null && !scopes.has(limit.scope)) {
        issue(ctx, ['nutrients', n, 'upperLimits', index, 'scope'], `unknown scope "${limit.scope}"`);
      }
    });
  });

  const systems = new Set(dataset.symptoms.bodySystems.map((system) => system.id));
  const symptoms = new Set(dataset.symptoms.symptoms.map((symptom) => symptom.id));
  const documented = new Set(dataset.symptoms.symptoms.filter((item) => item.documented).map((item) => item.id));
  dataset.symptoms.symptoms.forEach((symptom, index) => {
    if (symptom.system !== undefined && !systems.has(symptom.system)) {
      issue(ctx, ['symptoms', 'symptoms', index, 'system'], `unknown body system "${symptom.system}"`);
    }
  });
  dataset.symptoms.triage.rules.forEach((rule, r) => {
    for (const key of ['allOf', 'anyOf'] as const) {
      rule[key]?.forEach((id, index) => {
        if (!symptoms.has(id)) issue(ctx, ['symptoms', 'triage', 'rules', r, key, index], `unknown symptom "${id}"`);
        // A sign without support in clinical guidance never raises a level (REFERENCE-FACTS 0c).
        else if (!documented.has(id))
          issue(ctx, ['symptoms', 'triage', 'rules', r, key, index], `"${id}" is not a documented sign`);
      });
    }
  });
  const levels = dataset.symptoms.triage.levels;
  if (new Set(levels).size !== levels.length) issue(ctx, ['symptoms', 'triage', 'levels'], 'levels must be distinct');
}

export const DatasetSchema = DatasetShape.superRefine((dataset, ctx) => {
  checkSourceIds(dataset, ctx);
  checkUniqueIds(dataset, ctx);
  checkAgeGroups(dataset, ctx);
  checkReferences(dataset, ctx);
});

export type Dataset = z.infer<typeof DatasetSchema>;

/** Validates a whole dataset; issues carry paths such as `upperLimits.magnesium[2].valueMg`. */
export function validateDataset(dataset: unknown): z.ZodSafeParseResult<Dataset> {
  return DatasetSchema.safeParse(dataset);
}

/** Formats an issue path the way people write it: `upperLimits.magnesium[2].valueMg`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One line per issue: `path: message`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((item) => `${formatIssuePath(item.path) || '(root)'}: ${item.message}`);
}
