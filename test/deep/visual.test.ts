// Visual baselines (Chromium): every fixture of every element at 320 and 1024 px against the PNGs committed in
// test/baselines/chromium/, pixel by pixel with a small tolerance. Screenshots depend on the Chromium build, so
// its version is recorded beside them (VERSION.json); a different version fails once with the command to
// regenerate instead of a wall of pixel diffs. Regenerate: npm run test:update-baselines
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../components/define.js';
import type { FixtureFile } from '../../components/base/fixture.js';
import { setLocale } from '../../components/localization.js';
import { doseCheckerFixtures } from '../../components/dose-checker/dose-checker.fixtures.js';
import { doseTableFixtures } from '../../components/dose-table/dose-table.fixtures.js';
import { riskQuizFixtures } from '../../components/risk-quiz/risk-quiz.fixtures.js';
import { sourcesFixtures } from '../../components/sources/sources.fixtures.js';
import { symptomChecklistFixtures } from '../../components/symptom-checklist/symptom-checklist.fixtures.js';
import { mountFixture } from '../support/mount.js';
import '../support/fresh-page.js';

const files: FixtureFile[] = [
  sourcesFixtures,
  doseTableFixtures,
  symptomChecklistFixtures,
  riskQuizFixtures,
  doseCheckerFixtures,
];
const widths = [320, 1024];
const dir = 'test/baselines/chromium';
const regenerate = 'npm run test:update-baselines';
/** A pixel differs when a channel differs by more than this (anti-aliasing noise stays below). */
const channelThreshold = 40;
/** Share of differing pixels tolerated per screenshot. */
const tolerance = 0.002;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function pixels(base64: string): Promise<ImageData> {
  const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

function differingShare(a: ImageData, b: ImageData): number {
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i]! - b.data[i]!) > channelThreshold ||
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) > channelThreshold ||
      Math.abs(a.data[i + 2]! - b.data[i + 2]!) > channelThreshold ||
      Math.abs(a.data[i + 3]! - b.data[i + 3]!) > channelThreshold
    )
      differing++;
  }
  return differing / (a.width * a.height);
}

let compared = 0;
describe('visual baselines (Chromium)', function () {
  this.timeout(60000);
  let update = false;
  let versionProblem: string | null = null;

  before(async () => {
    update = ((await executeServerCommand('mg-baseline-mode')) as { update: boolean }).update;
    const { version } = (await executeServerCommand('mg-browser-version')) as { version: string };
    const recorded = (await executeServerCommand('mg-read-file', { path: `${dir}/VERSION.json` })) as {
      base64: string | null;
    };
    if (update) {
      const record = {
        chromium: version,
        note: `Screenshots from this Chromium build. Regenerate with: ${regenerate}`,
      };
      await executeServerCommand('mg-write-file', {
        path: `${dir}/VERSION.json`,
        base64: btoa(`${JSON.stringify(record, null, 2)}\n`),
      });
    } else if (recorded.base64 === null) {
      versionProblem = `no baselines in ${dir}: generate them with \`${regenerate}\``;
    } else {
      const { chromium } = JSON.parse(atob(recorded.base64)) as { chromium: string };
      if (chromium !== version)
        versionProblem = `baselines were taken with Chromium ${chromium}, this is Chromium ${version}: check the differences, then regenerate with \`${regenerate}\``;
    }
  });
  after(async () => {
    await setLocale('auto');
    console.log(`[visual] ${update ? 'wrote' : 'compared'} ${compared} screenshots`);
  });

  it('the baselines match this Chromium version', () => {
    expect(versionProblem, versionProblem ?? '').to.equal(null);
  });

  for (const file of files) {
    for (const state of file.fixtures) {
      it(`<${file.tag}> ${state.name} at ${widths.join(' and ')} px`, async function () {
        if (versionProblem) this.skip();
        const element = await mountFixture(file.tag, state);
        element.parentElement!.id = 'shot';
        element.parentElement!.style.padding = '8px';
        if (!state.dark) element.parentElement!.style.background = '#ffffff';
        const problems: string[] = [];
        for (const width of widths) {
          const path = `${dir}/${slug(file.tag)}--${slug(state.name)}--${width}.png`;
          const result = (await executeServerCommand('mg-baseline', { selector: '#shot', width, path })) as {
            written?: boolean;
            png?: string;
            baseline?: string | null;
          };
          compared++;
          if (result.written) continue;
          if (!result.baseline) {
            problems.push(`${path}: no baseline (run ${regenerate})`);
            continue;
          }
          const [actual, expected] = await Promise.all([pixels(result.png!), pixels(result.baseline)]);
          if (actual.width !== expected.width || actual.height !== expected.height) {
            problems.push(
              `${path}: size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
            );
            await executeServerCommand('mg-write-file', {
              path: `test/.build/visual-actual/${path.split('/').pop()}`,
              base64: result.png!,
            });
            continue;
          }
          const share = differingShare(actual, expected);
          if (share > tolerance) {
            problems.push(`${path}: ${(share * 100).toFixed(2)} % of pixels differ (tolerance ${tolerance * 100} %)`);
            await executeServerCommand('mg-write-file', {
              path: `test/.build/visual-actual/${path.split('/').pop()}`,
              base64: result.png!,
            });
          }
        }
        element.parentElement!.remove();
        expect(problems, 'actual screenshots in test/.build/visual-actual/').to.deep.equal([]);
      });
    }
  }
});
