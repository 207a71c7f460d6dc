// The interaction script both benchmark pages run: `rounds` times, tick `ticks` symptoms one by one and
// untick them, then type each dose in `doses`; after every step the page's result is updated and laid out.
export const rounds = 5;
export const ticks = 6;
export const doses = ['100', '150', '200', '250', '300', '350'];

const layout = () => document.body.offsetHeight;

/** Runs the steps and reports the total milliseconds; `check` proves the last result was shown. */
export async function run({ tick, dose, check }) {
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < ticks; index++) {
      await tick(index);
      layout();
    }
    for (let index = 0; index < ticks; index++) {
      await tick(index);
      layout();
    }
    for (const value of doses) {
      await dose(value);
      layout();
    }
  }
  const elapsed = performance.now() - start;
  window.benchOk = check();
  window.tachometerResult = elapsed;
}
