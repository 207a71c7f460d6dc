// Translation helper: `node scripts/i18n.mjs apply FILE.json` extracts messages into xliff/ and writes the
// targets from FILE.json ({ "<locale>": { "<message id>": "<target XLIFF>" } }), under the build lock.
// `node scripts/i18n.mjs missing [prefix]` lists messages without a translation as JSON (source text included).
import { readFileSync, writeFileSync } from 'node:fs';
import { run, readJson, root } from './lib.mjs';
import { withBuildLock } from './build.mjs';

const config = readJson(`${root}lit-localize.json`);
const xliffFile = (locale) => `${root}${config.interchange.xliffDir}${locale}.xlf`;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const [command, argument] = process.argv.slice(2);

await withBuildLock(async () => {
  run(`${root}node_modules/.bin/lit-localize`, ['extract'], { stdio: 'ignore' });
  if (command === 'apply') {
    const translations = readJson(argument);
    const unknown = [];
    for (const [locale, messages] of Object.entries(translations)) {
      let xml = readFileSync(xliffFile(locale), 'utf8');
      for (const [id, target] of Object.entries(messages)) {
        const unit = new RegExp(
          `(<trans-unit id="${escapeRegExp(id)}"[^>]*>\\s*<source>[\\s\\S]*?</source>)(\\s*<target>[\\s\\S]*?</target>)?`,
        );
        if (!unit.test(xml)) {
          unknown.push(`${locale}:${id}`);
          continue;
        }
        xml = xml.replace(unit, (_, source) => `${source}\n  <target>${target}</target>`);
      }
      writeFileSync(xliffFile(locale), xml);
    }
    if (unknown.length) console.warn(`No such message (not in the source, or not extracted): ${unknown.join(', ')}`);
    console.log('Applied.');
  } else if (command === 'missing') {
    const missing = {};
    for (const locale of config.targetLocales) {
      const xml = readFileSync(xliffFile(locale), 'utf8');
      for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
        if (argument && !id.startsWith(argument)) continue;
        if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) {
          missing[locale] ??= {};
          missing[locale][id] = /<source>([\s\S]*?)<\/source>/.exec(body)[1];
        }
      }
    }
    console.log(JSON.stringify(missing, null, 2));
  } else {
    console.error('usage: node scripts/i18n.mjs apply FILE.json | missing [id-prefix]');
    process.exit(2);
  }
});
