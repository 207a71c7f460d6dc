// The published package: publint (strict) and Are the Types Wrong (ESM-only profile) on the tarball npm would
// publish, and the guards that keep it complete and free of dev-only imports. Needs a built dist/ (npm test builds
// first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { root } from '../../scripts/lib.mjs';

const bin = (name) => `${root}node_modules/.bin/${name}`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const run = (command, args) => spawnSync(command, args, { cwd: root, encoding: 'utf8' });

test('publint --strict: All good', () => {
  const result = run(bin('publint'), ['--strict']);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /All good!/);
});

test('attw --profile esm-only on the packed tarball: no problems', () => {
  const folder = mkdtempSync(`${tmpdir()}/mg-pack-`);
  try {
    const packed = run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder]);
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = `${folder}/${readdirSync(folder).find((name) => name.endsWith('.tgz'))}`;
    const result = run(bin('attw'), ['--profile', 'esm-only', '--format', 'ascii', tarball]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('npm pack from a clean clone ships dist/: prepack builds', () => {
  assert.equal(pkg.scripts.prepack, 'node scripts/build.mjs');
});

test('lit is a caret dependency; zod, @lit/react, @lit-labs/ssr, react and vue are optional peers', () => {
  assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
  assert.match(pkg.dependencies.lit, /^\^3\./);
  for (const name of ['zod', '@lit/react', '@lit-labs/ssr', 'react', 'vue']) {
    assert.ok(pkg.peerDependencies[name], `${name} is a peer dependency`);
    assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, `${name} is optional`);
  }
});

test('published .d.ts files import only dependencies, peers or the package itself', () => {
  const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
  const listed = run('npm', ['pack', '--dry-run', '--ignore-scripts', '--json']);
  const files = JSON.parse(listed.stdout)[0].files.map((file) => file.path);
  const bad = [];
  for (const file of files.filter((path) => path.endsWith('.d.ts'))) {
    // Comments may show example paths; only code imports count.
    const text = readFileSync(`${root}${file}`, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, specifier] of text.matchAll(/(?:from |import\()\s*["']([^"'.][^"']*)["']/g)) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!allowed.has(name)) bad.push(`${file}: ${specifier}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('define modules, also as a React Server Component sees them (react-server), are listed in sideEffects', () => {
  // A bundler drops a bare `import 'magnesium-widgets/define.js'` whose target is not in sideEffects: under Next.js's
  // react-server condition the documented error would then never be thrown (seen in a Next 16 build).
  const targets = Object.entries(pkg.exports)
    .filter(([entry]) => /^\.\/(define|mg-[a-z-]+)\.js$/.test(entry))
    .flatMap(([, conditions]) => [conditions.default, conditions['react-server']]);
  const patterns = pkg.sideEffects.map(
    (pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`),
  );
  assert.ok(targets.length >= 12);
  for (const target of new Set(targets))
    assert.ok(
      patterns.some((pattern) => pattern.test(target)),
      target,
    );
});
