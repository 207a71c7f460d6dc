// Validates every data/*.json against the compiled zod schemas after the build; prints each issue with its path.
// Usage: node scripts/validate-data.mjs   (exit 1 on any issue)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data');

// The npm build emits the schema entry (package export ./schema).
const schemaPath = join(root, 'dist/src/schema/index.js');
if (!existsSync(schemaPath)) {
  console.error(`[validate-data] no compiled schema at ${schemaPath}; run the build first.`);
  process.exit(1);
}
const { validateDataset, formatIssues } = await import(pathToFileURL(schemaPath).href);

// data/age-groups.json → ageGroups: the dataset key is the file name in camelCase.
const keyOf = (file) => file.replace(/\.json$/, '').replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

const dataset = {};
const problems = [];
for (const file of readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  try {
    dataset[keyOf(file)] = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  } catch (error) {
    problems.push(`data/${file}: not valid JSON (${error.message})`);
  }
}

if (problems.length === 0) {
  const result = validateDataset(dataset);
  if (!result.success) problems.push(...formatIssues(result.error));
}

if (problems.length > 0) {
  console.error(`[validate-data] ${problems.length} problem(s) in data/:`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}

let values = 0;
const count = (value) => {
  if (Array.isArray(value)) value.forEach(count);
  else if (value && typeof value === 'object') {
    if (Array.isArray(value.sourceIds)) values++;
    Object.values(value).forEach(count);
  }
};
count(dataset);
console.log(
  `[validate-data] data/ is valid: ${Object.keys(dataset).length} files, ${dataset.sources.length} sources, ${values} cited entries.`,
);
