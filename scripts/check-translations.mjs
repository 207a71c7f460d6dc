// Fails the build when any message lacks a translation in any target locale (xliff/<locale>.xlf).
import { readFileSync } from 'node:fs';
import { readJson, root } from './lib.mjs';

const config = readJson(`${root}lit-localize.json`);
const problems = [];
for (const locale of config.targetLocales) {
  const file = `${root}${config.interchange.xliffDir}${locale}.xlf`;
  let xml;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    problems.push(`${locale}: ${file} is missing`);
    continue;
  }
  for (const unit of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = unit;
    const target = /<target>([\s\S]*?)<\/target>/.exec(body);
    if (!target || target[1].trim() === '') problems.push(`${locale}: no translation for "${id}"`);
  }
}
if (problems.length > 0) {
  console.error(`Missing translations (${problems.length}):\n  ${problems.join('\n  ')}`);
  console.error('Add a <target> for each in xliff/<locale>.xlf.');
  process.exit(1);
}
console.log(`Translations complete for ${config.targetLocales.join(', ')}.`);
