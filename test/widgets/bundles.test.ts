// The built bundles in real pages: an element in the HTML before the script, two copies, a host with its own @lit/localize.
import { expect } from '@open-wc/testing';
import { loadFrame, recorded, waitForText } from '../support/frame.js';
import { riskQuizFixtures } from '../../components/risk-quiz/risk-quiz.fixtures.js';

describe('built bundles in a page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('an element in the HTML before the script loads follows <html lang> and its changes', async () => {
    const frame = await loadFrame('/test/pages/preloaded.html');
    await waitForText(frame, 'mg-sources', 'Sources (2)');
    frame.contentDocument!.documentElement.lang = 'sv-SE';
    await waitForText(frame, 'mg-sources', 'Källor (2)');
    frame.contentDocument!.documentElement.lang = 'da';
    await waitForText(frame, 'mg-sources', 'Kilder (2)');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('two copies from two URLs: no error, the element works, one warning for the extra copy', async () => {
    const frame = await loadFrame('/test/pages/two-copies.html');
    await waitForText(frame, 'mg-sources', 'Kilder (1)');
    // Both module graphs have run once the second copy's entry has executed.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ours = recorded(frame).warnings.filter((warning) => warning.startsWith('[magnesium-widgets]'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.include('already defined');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('loaded with a query string (?ver=6.4): lazy chunks join the one copy and speak the page language', async () => {
    const frame = await loadFrame('/test/pages/query-string.html');
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('mg-risk-quiz');
    const quiz = frame.contentDocument!.querySelector('mg-risk-quiz') as HTMLElement & {
      answers: Record<string, string>;
      updateComplete: Promise<unknown>;
    };
    // The stories' high-risk reader (a thiazide among her groups): the result shows her risk groups.
    quiz.answers = riskQuizFixtures.fixtures.find((each) => each.name === 'Result: high (English)')!.properties!
      .answers as Record<string, string>;
    await waitForText(frame, 'mg-risk-quiz', 'Water tablets (diuretics)');
    await waitForText(frame, 'mg-sources', 'Open the source');
    const ours = recorded(frame).warnings.filter((warning) => warning.startsWith('[magnesium-widgets]'));
    expect(ours, 'no second copy').to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('a host app using @lit/localize itself keeps its own locale beside ours (npm build)', async () => {
    const frame = await loadFrame('/test/pages/host-localize.html');
    await waitForText(frame, 'host-greeting', 'Bonjour');
    await waitForText(frame, 'mg-sources', 'Kilder (1)');
    frame.contentDocument!.documentElement.lang = 'de';
    await waitForText(frame, 'mg-sources', 'Quellen (1)');
    await waitForText(frame, 'host-greeting', 'Bonjour');
    expect(recorded(frame).errors).to.deep.equal([]);
  });
});
