// npm test: installs what is missing (Debian browsers, npm packages), builds, then runs the whole suite:
// type-check, lint, format check, unit + element tests in Chromium/Firefox ESR/WebKit, size budgets, the package
// checks (publint, attw), consumer apps (React, Next.js, Vue, Node) built from the packed tarball, the static
// Storybook build and a smoke test of every story and demo page.
// Ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { ensureDebianPackages, ensureNodeModules, root } from './lib.mjs';
import { wordpressPackages } from '../test/wordpress/packages.mjs';

const debianPackages = {
  '/usr/bin/chromium': 'chromium',
  '/usr/bin/firefox-esr': 'firefox-esr',
  '/usr/bin/WebKitWebDriver': 'webkit2gtk-driver',
  '/usr/bin/Xvfb': 'xvfb',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf': 'fonts-dejavu-core',
  ...wordpressPackages,
};

const started = Date.now();
ensureDebianPackages(debianPackages, 'The tests (browsers, WordPress)');
ensureNodeModules();

let passed = 0;
let failed = 0;
const failures = [];
const bin = (name) => `${root}node_modules/.bin/${name}`;

/**
 * Runs one step; its output streams through and is also returned for counting. A web-test-runner step whose runner
 * stops without finishing (no "Finished running tests" and no failed test: a browser or driver process gone, seen
 * once in Firefox/WebKit) runs once more, and says so; a failing test is never retried.
 */
function step(name, command, args, { count, env = {} } = {}) {
  const begin = Date.now();
  console.log(`\n▶ ${name}`);
  const run = () => {
    const result = spawnSync(command, args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      // The step's own env (e.g. BROWSERS) wins; before issue 11 it was ignored, so every wtr step ran all three engines.
      env: { ...process.env, FORCE_COLOR: '0', ...env },
    });
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    // eslint-disable-next-line no-control-regex -- strips ANSI colour and cursor codes (wtr redraws its progress lines)
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
    return { result, output, counted: count?.(output) };
  };
  let { result, output, counted } = run();
  const runnerDied = (done) =>
    count === countWtr &&
    done.result.status !== 0 &&
    !/Finished running tests/.test(done.output) &&
    !done.counted?.failed;
  if (runnerDied({ result, output, counted })) {
    console.log(
      `\n⚠ ${name}: the runner stopped before the end without a failed test (exit ${result.status ?? result.signal}${result.error ? `, ${result.error.message}` : ''}); running the step once more`,
    );
    ({ result, output, counted } = run());
  }
  const ok = result.status === 0;
  if (counted) {
    passed += counted.passed;
    failed += counted.failed;
    if (!ok && counted.failed === 0) failed++;
  } else if (ok) passed++;
  else failed++;
  if (!ok) failures.push(name);
  const why = ok ? '' : `, exit ${result.status ?? result.signal}`;
  console.log(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - begin) / 1000).toFixed(1)} s${why})`);
  return ok;
}

/** wtr prints "<Browser>: |…| n/n test files | N passed, N failed" per browser; the last line per browser is its total. */
function countWtr(output) {
  const totals = new Map();
  for (const match of output.matchAll(
    /^(\S[^:\n]*):\s+\|[^|\n]*\|\s*\d+\/\d+ test files \| (\d+) passed, (\d+) failed/gm,
  )) {
    totals.set(match[1].trim(), { passed: Number(match[2]), failed: Number(match[3]) });
  }
  if (totals.size === 0) return undefined;
  return [...totals.values()].reduce(
    (sum, each) => ({ passed: sum.passed + each.passed, failed: sum.failed + each.failed }),
    { passed: 0, failed: 0 },
  );
}

const countSize = (output) => {
  const match = /size: (\d+) passed, (\d+) failed/.exec(output);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
};

if (step('build', process.execPath, ['scripts/build.mjs'])) {
  step('type-check (src, components, test, stories)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.test.json']);
  step('eslint', bin('eslint'), ['.']);
  step('prettier --check', bin('prettier'), ['--check', '.']);
  // Template bindings type-checked (lit-analyzer brings its own TypeScript 5.2; ts-lit-plugin does not run inside tsc).
  // no-missing-import is off: class modules never import define modules (they must stay free of side effects).
  step('lit-analyzer --strict', bin('lit-analyzer'), [
    'components/*/*.ts',
    '--strict',
    '--quiet',
    '--rules.no-missing-import',
    'off',
  ]);
  // Node tests of the built package (test/node/*.test.mjs): magnesium-widgets/ssr and the dist/html/ fragments, the
  // published package (publint, attw, dependencies, .d.ts imports), the framework/editor data made from
  // custom-elements.json. (Two merges had each added this step; it ran twice.)
  step('node: tests (node --test test/node/)', process.execPath, ['--test', 'test/node/'], {
    count: (output) => {
      const pass = /^(?:#|ℹ) pass (\d+)/m.exec(output);
      const fail = /^(?:#|ℹ) fail (\d+)/m.exec(output);
      return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
    },
  });
  // Unit tests with coverage of src/ (coverage/), then the medical rules held at 100 % (test/support/coverage-check.mjs).
  if (
    step('web-test-runner: unit (Chromium, coverage)', bin('wtr'), ['--group', 'unit', '--coverage'], {
      count: countWtr,
      env: { BROWSERS: 'chromium' },
    })
  ) {
    step('coverage: src/ reported, src/rules/ at 100 %', process.execPath, ['test/support/coverage-check.mjs'], {
      count: (output) => {
        const match = /coverage: (\d+) passed, (\d+) failed/.exec(output);
        return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
      },
    });
  }
  // Chromium runs two pages at a time. Firefox and WebKit run one page at a time, side by side: WebKit's driver
  // needs it (see web-test-runner.config.mjs), and Firefox clamps timers in a background tab, so heavy files
  // time out there at concurrency 2.
  step('web-test-runner: elements (Chromium)', bin('wtr'), ['--group', 'elements'], {
    count: countWtr,
    env: { BROWSERS: 'chromium' },
  });
  step('web-test-runner: elements (Firefox ESR, WebKit)', bin('wtr'), ['--group', 'elements', '--concurrency', '1'], {
    count: countWtr,
    env: { BROWSERS: 'firefox,webkit' },
  });
  // The accessibility sweep (test/<widget>/a11y.test.ts), the only axe run over the fixtures: all six locales in
  // Chromium, light and dark; da, en and the fixture's own locale elsewhere; Firefox and WebKit one page at a time
  // (see web-test-runner.config.mjs).
  step('web-test-runner: a11y sweep (Chromium)', bin('wtr'), ['--group', 'a11y'], {
    count: countWtr,
    env: { BROWSERS: 'chromium' },
  });
  step('web-test-runner: a11y sweep (Firefox ESR, WebKit)', bin('wtr'), ['--group', 'a11y', '--concurrency', '1'], {
    count: countWtr,
    env: { BROWSERS: 'firefox,webkit' },
  });
  // Chromium-only depth: visual baselines (test/baselines/chromium/) and memory over 1,000 create/remove cycles.
  step('web-test-runner: deep (Chromium: visual baselines, memory)', bin('wtr'), ['--group', 'deep'], {
    count: countWtr,
    env: { BROWSERS: 'chromium' },
  });
  step('size budgets', process.execPath, ['scripts/size.mjs'], { count: countSize });
  // Apps that install the packed tarball from a committed lock file, type-check, build and run in Chromium
  // (test/consumers/run.mjs).
  step('consumers: React, Next.js, Vue, Node (Chromium)', process.execPath, ['test/consumers/run.mjs'], {
    count: (output) => {
      const match = /consumers: (\d+) passed, (\d+) failed/.exec(output);
      return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
    },
  });
  // The plugin zip installed in a real WordPress (Debian's, in a temporary folder; test/wordpress/site.mjs).
  step(
    'wordpress: plugin in a real WordPress (Chromium)',
    process.execPath,
    ['--test', '--test-reporter=spec', 'test/wordpress/wordpress.test.mjs'],
    {
      count: (output) => {
        const pass = /^ℹ pass (\d+)$/m.exec(output);
        const fail = /^ℹ fail (\d+)$/m.exec(output);
        return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
      },
    },
  );
  if (
    step('storybook build', bin('storybook'), ['build', '--quiet', '--disable-telemetry', '-o', 'storybook-static'])
  ) {
    step('smoke: every story and the demo pages in Chromium', process.execPath, ['scripts/smoke.mjs'], {
      count: (output) => {
        const match = /smoke: (\d+) passed, (\d+) failed/.exec(output);
        return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
      },
    });
  }
}

console.log(
  `\nSuite wall time ${((Date.now() - started) / 1000).toFixed(0)} s.${failures.length ? ` Failed: ${failures.join(', ')}.` : ''}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
