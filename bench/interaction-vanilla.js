// Interaction benchmark, baseline: a minimal hand-written page doing the same DOM updates as the widgets
// (a checkbox list whose result lists the ticked signs with one line of guidance; a dose field whose result
// shows mg a day against the 250 mg upper limit), with no framework. Same steps as interaction-widgets.js.
import { doses, run, ticks } from './interaction-steps.js';

const names = Array.from({ length: 26 }, (_, index) => `Symptom ${index + 1}`);
const options = document.querySelector('#options');
for (const [index, name] of names.entries()) {
  const row = document.createElement('div');
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', id: `s${index}`, value: index });
  const label = Object.assign(document.createElement('label'), { htmlFor: `s${index}`, textContent: name });
  row.append(box, label);
  options.append(row);
}
const symptomResult = document.querySelector('#symptom-result');
const showSymptoms = () => {
  const ticked = [...options.querySelectorAll('input:checked')].map((box) => names[Number(box.value)]);
  const list = document.createElement('ul');
  for (const name of ticked) list.append(Object.assign(document.createElement('li'), { textContent: name }));
  const guidance = Object.assign(document.createElement('p'), {
    textContent: ticked.length ? 'Tal med din læge, hvis tegnene varer ved.' : 'Sæt flueben ved det, du mærker.',
  });
  symptomResult.replaceChildren(list, guidance);
};
options.addEventListener('change', showSymptoms);

const mg = document.querySelector('#mg');
const units = document.querySelector('#units');
const doseResult = document.querySelector('#dose-result');
const showDose = () => {
  const total = Number(mg.value) * Number(units.value);
  const percent = (total / 250) * 100;
  const verdict =
    total > 250 ? 'Over den øvre grænse' : total === 250 ? 'Ved den øvre grænse' : 'Under den øvre grænse';
  const meter = Object.assign(document.createElement('meter'), { min: 0, max: 250, value: total });
  doseResult.replaceChildren(
    Object.assign(document.createElement('p'), { textContent: `${total} mg magnesium om dagen` }),
    Object.assign(document.createElement('p'), { textContent: `${percent.toFixed(0)} % af den øvre grænse (250 mg)` }),
    meter,
    Object.assign(document.createElement('p'), { textContent: verdict }),
  );
};
mg.addEventListener('input', showDose);
showSymptoms();

const boxes = [...options.querySelectorAll('input')].slice(0, ticks);
await run({
  tick: async (index) => boxes[index].click(),
  dose: async (value) => {
    mg.value = value;
    mg.dispatchEvent(new Event('input', { bubbles: true }));
    mg.dispatchEvent(new Event('change', { bubbles: true }));
  },
  check: () => doseResult.textContent.includes(doses.at(-1)) && !boxes.some((box) => box.checked),
});
