// npm run build: messages → locale modules → rollup (npm + CDN) → dataset validation → custom-elements.json.
import { existsSync, rmSync } from 'node:fs';
import { run, root } from './lib.mjs';

const bin = (name) => `${root}node_modules/.bin/${name}`;

rmSync(`${root}dist`, { recursive: true, force: true });
// Extract keeps existing translations and adds new messages; the check then fails on any untranslated one.
run(bin('lit-localize'), ['extract']);
run(process.execPath, ['scripts/check-translations.mjs']);
run(bin('lit-localize'), ['build']);
run(bin('rollup'), ['-c', '--silent']);
if (existsSync(`${root}scripts/validate-data.mjs`)) run(process.execPath, ['scripts/validate-data.mjs']);
run(bin('custom-elements-manifest'), [
  'analyze',
  '--litelement',
  '--globs',
  'components/**/*.ts',
  '--exclude',
  'components/locales/**',
  '--quiet',
]);
