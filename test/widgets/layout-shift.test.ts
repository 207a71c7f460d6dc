// No layout shift (issue 21, point 8): the README's "Embedding" snippet pasted as is into a plain page
// (test/pages/snippet.html writes it in from README.md; the bundle arrives after the page has painted, as on a slow
// network), at 360, 768 and 1280 px. In every engine nothing in view moves when the widgets upgrade (what layout shift
// measures). In Chromium, where scripts/reserve-space.mjs measured the heights, every widget also keeps exactly its
// reserved height and the Layout Instability API reports no shift (CLS 0). Firefox and WebKit wrap some lines
// differently (their widgets at 360 px were up to 5 % taller), which moves only what is out of view. Without the
// snippet's <style> rule the text in view jumps in every engine: the measurement can fail.
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, recorded } from '../support/frame.js';

interface Box {
  top: number;
  height: number;
}
interface SnippetState {
  done?: boolean;
  before?: Record<string, Box>;
  after?: Record<string, Box>;
  shifts: Array<{ value: number; hadRecentInput: boolean; sources: string[] }>;
}

const isChromium = navigator.userAgent.includes('Chrome');
const viewports = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const fix = 'node scripts/build.mjs && node scripts/reserve-space.mjs, then commit README.md';

async function open(width: number, height: number, query = ''): Promise<SnippetState> {
  const frame = await loadFrame(`/test/pages/snippet.html${query}`, { width });
  frame.style.height = `${height}px`;
  const state = () => (frame.contentWindow as unknown as { __mgSnippet?: SnippetState }).__mgSnippet;
  await waitUntil(() => state()?.done, 'the snippet page loaded its widgets', { timeout: 20000 });
  expect(recorded(frame).errors).to.deep.equal([]);
  return state()!;
}

/** Elements in view before or after the upgrade that moved (the viewport is the frame's). */
function movedInView(state: SnippetState, viewportHeight: number): string[] {
  const changes: string[] = [];
  for (const [name, before] of Object.entries(state.before!)) {
    const after = state.after![name]!;
    const inView = (box: Box) => box.top < viewportHeight && box.top + Math.max(box.height, 1) > 0;
    if ((inView(before) || inView(after)) && Math.abs(after.top - before.top) > 0.5)
      changes.push(`${name} moved ${(after.top - before.top).toFixed(1)} px in view`);
  }
  return changes;
}

/** Widgets whose height differs from the space kept for them (±0.5 px: the README keeps 4 decimals of an em). */
function notAsKept(state: SnippetState): string[] {
  const changes: string[] = [];
  for (const [name, before] of Object.entries(state.before!)) {
    const after = state.after![name]!;
    if (name.startsWith('mg-') && Math.abs(after.height - before.height) > 0.5)
      changes.push(`${name} is ${after.height.toFixed(1)} px tall, ${before.height.toFixed(1)} px kept for it`);
  }
  return changes;
}

describe('the README snippet pasted as is: no layout shift', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const { width, height } of viewports) {
    it(`at ${width} px: nothing in view moves when the widgets load${isChromium ? ' (CLS 0)' : ''}`, async () => {
      const state = await open(width, height);
      expect(movedInView(state, height)).to.deep.equal([]);
      if (isChromium) {
        expect(notAsKept(state), `the kept heights no longer match the widgets: ${fix}`).to.deep.equal([]);
        const cls = state.shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
        expect(cls, JSON.stringify(state.shifts)).to.equal(0);
      }
    });
  }

  it('without the snippet’s <style> rule the text after the widgets jumps (the test can tell)', async () => {
    const { width, height } = viewports[2]!;
    const state = await open(width, height, '?nostyle=1');
    expect(movedInView(state, height).some((change) => change.startsWith('after moved'))).to.equal(true);
    if (isChromium) expect(state.shifts.reduce((sum, shift) => sum + shift.value, 0)).to.be.above(0);
  });
});
