// Quiet, useful announcements (issue 21 point 6): the visible results hold no live region; a hidden polite region
// gets one announcement per settled input (never one per keystroke, never the same twice in a row), and an urgent
// warning is announced assertively once, when it first appears.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/dose-checker/define.js';
import '../../components/symptom-checklist/define.js';
import type { MgDoseChecker } from '../../components/dose-checker/dose-checker.js';
import type { MgSymptomChecklist } from '../../components/symptom-checklist/symptom-checklist.js';
import { SETTLE_MS } from '../../components/base/announcer.js';
import '../support/fresh-page.js';

const polite = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="announcer"]')!;
const assertive = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[aria-live="assertive"]')!;
const words = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every text a region received, in order (what a screen reader would read). */
function record(region: HTMLElement): string[] {
  const heard: string[] = [];
  new MutationObserver(() => {
    if (words(region) !== '') heard.push(words(region));
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return heard;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 300));

async function type(el: MgDoseChecker, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('announcements', () => {
  it('the visible results of the checker and the checklist hold no live region', async () => {
    for (const tag of ['mg-dose-checker', 'mg-symptom-checklist']) {
      const el = await fixture<HTMLElement>(`<${tag}></${tag}>`);
      const result = el.shadowRoot!.querySelector('[part="result"]')!;
      expect(result.querySelectorAll('[aria-live], [role="alert"]'), tag).to.have.length(0);
      // The copy status is the one role="status" inside (it speaks only after a click).
      expect(
        [...result.querySelectorAll('[role="status"]')].every((node) => node.classList.contains('copy-status')),
        tag,
      ).to.be.true;
    }
  });

  it('checker: typing "150" character by character gives one announcement of the settled total', async () => {
    const el = await fixture<MgDoseChecker>(html`<mg-dose-checker kidney-disease="no"></mg-dose-checker>`);
    const heard = record(polite(el));
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="-mgPerUnit"]')!;
    for (const value of ['1', '15', '150']) await type(el, field, value);
    await settle();
    expect(heard).to.have.length(1);
    expect(heard[0]).to.include('150 mg');
    expect(heard[0]).to.include('Under den øvre grænse');
    // The same total again (a re-render, a field left and re-entered) is not news.
    await type(el, field, '150');
    await settle();
    expect(heard).to.have.length(1);
  });

  it('checker: a preset product page says nothing on load', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="300" kidney-disease="yes"></mg-dose-checker>`,
    );
    await settle();
    expect(words(polite(el))).to.equal('');
    expect(words(assertive(el))).to.equal('');
  });

  it('checker: an urgent warning is announced once, when it appears, not again when another changes', async () => {
    const el = await fixture<MgDoseChecker>(html`<mg-dose-checker mg-per-unit="100"></mg-dose-checker>`);
    const heard = record(assertive(el));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="kidney"][value="yes"]')!.click();
    await el.updateComplete;
    expect(heard).to.have.length(1);
    expect(heard[0]).to.match(/^Vigtigt: Du har en nyresygdom/);
    // Crossing the limit brings the second urgent warning: only it is announced, the kidney one is not repeated.
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[id$="-mgPerUnit"]')!;
    await type(el, field, '300');
    expect(heard).to.have.length(2);
    expect(heard[1]).to.include('Over den øvre grænse');
    expect(heard[1]).not.to.include('nyresygdom');
    await type(el, field, '310');
    expect(heard).to.have.length(2);
  });

  it('checklist: a tick announces the new level only, and nothing when the level stays', async () => {
    const el = await fixture<MgSymptomChecklist>(html`<mg-symptom-checklist></mg-symptom-checklist>`);
    const heard = record(polite(el));
    const tick = async (id: string) => {
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
      await el.updateComplete;
      await settle();
    };
    await tick('fatigue');
    expect(heard).to.have.length(1);
    // The level, not the 400–600 characters of guidance.
    expect(heard[0]!.length).to.be.below(120);
    await tick('muscle-cramps');
    expect(heard).to.have.length(1);
    const urgent = record(assertive(el));
    await tick('tetany');
    expect(urgent).to.have.length(1);
    expect(urgent[0]).to.match(/^Søg læge i dag/);
  });
});
