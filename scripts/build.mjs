// npm run build: registry check, messages → XLIFF and locale modules (scripts/locales.mjs) → rollup (npm + CDN) → server-rendered fragments → dataset validation →
// custom-elements.json → framework and editor data made from it (scripts/generate-integrations.mjs) → the WordPress
// plugin zip.
// One build at a time (a lock folder), written to a fresh folder and swapped in, so a test run reading
// dist/ never sees half a build.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { run, root } from './lib.mjs';
import { buildLocales } from './locales.mjs';
import { generateIntegrations } from './generate-integrations.mjs';

const bin = (name) => `${root}node_modules/.bin/${name}`;
const lock = `${root}.build-lock`;

export async function withBuildLock(work) {
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 10 minutes is left over from a killed build.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60 * 1000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('another build holds .build-lock for over 10 minutes');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  const release = () => rmSync(lock, { recursive: true, force: true });
  process.on('exit', release);
  try {
    return await work();
  } finally {
    release();
  }
}

export async function buildAll() {
  // New messages go into xliff/ (translations kept); an untranslated one fails the build.
  await buildLocales();
  const next = `${root}.dist-next`;
  const old = `${root}.dist-old`;
  rmSync(next, { recursive: true, force: true });
  run(bin('rollup'), ['-c', '--silent'], { env: { ...process.env, MG_OUT: '.dist-next' } });
  // Server-rendered fragments (.dist-next/html/) and demo/ssr.html, made with this build's magnesium-widgets/ssr.
  run(process.execPath, ['scripts/ssr-build.mjs', '.dist-next']);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
  renameSync(next, `${root}dist`);
  rmSync(old, { recursive: true, force: true });
  run(process.execPath, ['scripts/validate-data.mjs']);
  // Options and the public-API filter: custom-elements-manifest.config.mjs.
  run(bin('custom-elements-manifest'), ['analyze', '--quiet']);
  // From the manifest: JSX and Vue types, VS Code and JetBrains data, the React wrappers (dist/types, dist/editors,
  // dist/react).
  generateIntegrations();
  // The WordPress plugin zip (dist/wordpress/), from the manifest, dist/src, dist/cdn and dist/html.
  run(process.execPath, ['scripts/wordpress-plugin.mjs']);
}

if (import.meta.url === `file://${process.argv[1]}`) await withBuildLock(buildAll);
