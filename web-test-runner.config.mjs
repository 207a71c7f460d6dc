// @web/test-runner in three real engines from Debian packages (TOOLCHAIN.md):
// Chromium via Playwright, Firefox ESR via WebDriver BiDi (puppeteer-core), WebKitGTK via WebKitWebDriver.
// BROWSERS=chromium,firefox,webkit limits the engines; unit tests of the core run in Chromium only.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import { startWebKitDriver } from './test/support/webkit-driver.mjs';
import { testServerMiddleware, testServerPlugins } from './test/support/server-plugins.mjs';
import { buildFixtures } from './test/support/build-fixtures.mjs';
import { chromiumFlags } from './scripts/lib.mjs';
import { commandsPlugin } from './test/support/commands-plugin.mjs';
import { ssrPagesPlugin } from './test/support/ssr-pages.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

const chromiumArgs = ['--headless', ...chromiumFlags];

const chromium = () =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs },
  });

const firefox = () =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
  });

async function webkit() {
  const { port } = await startWebKitDriver();
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
}

// Test files follow the code (docs/architecture.md, "Tests"): test/<widget>/ holds a widget's tests, named after
// what they test; test/core/ the rest of src/, test/base/ components/base/, test/widgets/ all widgets together.
// The group of a file follows from its name: src/ tests are unit tests (Chromium, with coverage), a widget's
// a11y.test.ts is its axe sweep, test/deep/ is deep, and every other test is an element test in three engines —
// so a new test file lands in a group without touching this list.
const unitFiles = ['test/core/**/*.test.ts', 'test/*/rules.test.ts'];
const a11yFiles = ['test/*/a11y.test.ts'];
const deepFiles = ['test/deep/**/*.test.ts'];
const elementFiles = [
  'test/**/*.test.ts',
  ...[...unitFiles, ...a11yFiles, ...deepFiles].map((pattern) => `!${pattern}`),
  '!test/{node,consumers,wordpress}/**',
];

const engines = { chromium, firefox, webkit };
const browsersFor = async (names) =>
  Promise.all(names.filter((name) => wanted.includes(name)).map((name) => engines[name]()));

await buildFixtures();

const allEngines = await browsersFor(['chromium', 'firefox', 'webkit']);
const chromiumOnly = await browsersFor(['chromium']);

export default {
  rootDir: '.',
  nodeResolve: true,
  // WebDriver runs test files in iframes when concurrency > 1, and WebKitWebDriver cannot send keys into them.
  concurrency: wanted.includes('webkit') ? 1 : 2,
  concurrentBrowsers: 3,
  // A test file may take long on a loaded 2-core machine (the shared suites run ~300 tests per engine).
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 20000 } },
  middleware: testServerMiddleware(),
  // `--coverage` (npm test runs it for the unit group in Chromium): src/ only; scripts/coverage.mjs reads the
  // json summary and holds the medical rules (src/rules/) at 100 % lines and branches.
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/schema/**', 'node_modules/**', 'test/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'json-summary', 'lcovonly'],
  },
  browsers: allEngines,
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    ...testServerPlugins(),
    ssrPagesPlugin(),
    commandsPlugin(),
  ],
  // FILES=path[,path] runs just those test files (in the engines BROWSERS names).
  groups: (process.env.FILES
    ? [{ name: 'files', files: process.env.FILES.split(','), browsers: allEngines }]
    : [
        { name: 'unit', files: unitFiles, browsers: chromiumOnly },
        { name: 'elements', files: elementFiles, browsers: allEngines },
        // The axe sweep (every fixture × locales): its own group so Firefox can run it one page at a time —
        // in a background tab Firefox clamps axe's timer chain and a big widget's run outlasts the file timeout.
        { name: 'a11y', files: a11yFiles, browsers: allEngines },
        // Chromium-only depth (issue 11): visual baselines and memory, through CDP/Playwright commands.
        { name: 'deep', files: deepFiles, browsers: chromiumOnly },
      ]
  ).filter((group) => group.browsers.length > 0),
};
