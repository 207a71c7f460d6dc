// Bundles the test-only element like a CDN file (lit inside, each locale a lazy chunk), so it can run
// in the same page-level suites as the real bundles. Output: test/.build/ (git-ignored).
import { build } from 'esbuild';

export async function buildFixtures() {
  await build({
    entryPoints: { 'mg-test-element': 'test/fixtures/mg-test-element.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outdir: 'test/.build',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    conditions: ['browser', 'production'],
  });
}
