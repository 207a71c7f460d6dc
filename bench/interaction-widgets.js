// Interaction benchmark, widget side: the same steps as interaction-vanilla.js, through the widgets' own
// controls in their shadow roots. Each step waits until the widget has re-rendered its result and the page
// has laid out again. Reports the total time of all rounds to tachometer (window.tachometerResult).
import { rounds, ticks, doses, run } from './interaction-steps.js';

const checklist = document.querySelector('mg-symptom-checklist');
const checker = document.querySelector('mg-dose-checker');
await Promise.all([customElements.whenDefined('mg-symptom-checklist'), customElements.whenDefined('mg-dose-checker')]);
await Promise.all([checklist.updateComplete, checker.updateComplete]);

const boxes = [...checklist.shadowRoot.querySelectorAll('input[type="checkbox"]')].slice(0, ticks);
const dose = checker.shadowRoot.querySelector('input[id$="mgPerUnit"]');

await run({
  tick: async (index) => {
    boxes[index].click();
    await checklist.updateComplete;
  },
  dose: async (value) => {
    dose.value = value;
    dose.dispatchEvent(new Event('input', { bubbles: true }));
    dose.dispatchEvent(new Event('change', { bubbles: true }));
    await checker.updateComplete;
  },
  check: () => checker.shadowRoot.textContent.includes(doses.at(-1)) && !boxes.some((box) => box.checked) && rounds > 0,
});
