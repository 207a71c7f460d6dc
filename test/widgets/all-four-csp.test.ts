// All four widgets on one page under the strict CSP (scripts/csp.mjs), used end to end as a reader would:
// tick symptoms, answer the whole quiz, pick a row, enter a product. Once alone and once beside a second
// copy of the bundle (a second Lit, from /copy-b/). No CSP violation, no error, no request beyond the bundle
// (its chunks) and the page's locale chunk, nothing stored.
import { expect, waitUntil } from '@open-wc/testing';
import { loadFrame, recorded } from '../support/frame.js';
import { chunkLocale, lazyClosure, staticClosure } from '../support/bundle.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function requestsOf(run: string): Promise<string[]> {
  const log = (await (await fetch('/__requests')).json()) as Array<{ url: string; referer?: string }>;
  const prefix = `/${run}/`;
  return log
    .filter(({ url, referer }) => url.startsWith(prefix) || (referer ?? '').includes(prefix))
    .map(({ url }) => (url.startsWith(prefix) ? url.slice(prefix.length - 1) : url).split('?')[0]!);
}

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

let runs = 0;
for (const copies of [1, 2]) {
  for (const lang of ['da', 'en']) {
    it(`${copies === 1 ? 'alone' : 'beside a second copy of Lit'}, lang=${lang}: used end to end with no violation, no request beyond the bundle, nothing stored`, async function () {
      this.timeout(60000);
      const run = `run-all-four-${Date.now().toString(36)}-${runs++}`;
      const frame = await loadFrame(`/${run}/test/pages/csp/all-four.html?copies=${copies}&lang=${lang}`, {
        width: 1024,
      });
      const win = frame.contentWindow as Window & { __mgMounted?: boolean };
      await waitUntil(() => win.__mgMounted, 'all four mounted', { timeout: 15000 });
      const doc = frame.contentDocument!;
      const get = (tag: string) => doc.querySelector(tag) as Updatable;
      const heard: string[] = [];
      for (const type of ['mg-change', 'mg-result'])
        doc.addEventListener(type, (event) => heard.push(`${(event.target as Element).localName} ${type}`));

      // Symptom checklist: tick two signs, one an emergency sign.
      const checklist = get('mg-symptom-checklist');
      await waitUntil(() => checklist.shadowRoot?.querySelector('input[type="checkbox"]'), 'checklist rendered');
      for (const id of ['muscle-cramps', 'chest-pain'])
        checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
      await checklist.updateComplete;
      expect(checklist.shadowRoot!.querySelector('[part="alert"]'), 'the emergency alert').to.exist;

      // Dose table: the reader marks another row.
      const table = get('mg-dose-table');
      const age = table.shadowRoot!.querySelector<HTMLSelectElement>('select[name="age-group"]')!;
      age.value = '4-10';
      age.dispatchEvent(new Event('change', { bubbles: true }));
      await table.updateComplete;

      // Risk quiz: start, answer every question with its first option, reach the result.
      const quiz = get('mg-risk-quiz');
      quiz.shadowRoot!.querySelector<HTMLButtonElement>('.intro button')!.click();
      await quiz.updateComplete;
      for (let step = 0; step < 40 && !quiz.shadowRoot!.querySelector('[part="result"]'); step++) {
        quiz.shadowRoot!.querySelector<HTMLInputElement>('form input[type="radio"]')!.click();
        await quiz.updateComplete;
        quiz.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await quiz.updateComplete;
        await tick();
      }
      expect(quiz.shadowRoot!.querySelector('[part="result"]'), 'the quiz result').to.exist;

      // Dose checker: enter a product (150 mg, 2 a day) and tick a medicine.
      const checker = get('mg-dose-checker');
      typeInto(checker.shadowRoot!.querySelector<HTMLInputElement>('input[id$="mgPerUnit"]')!, '150');
      typeInto(checker.shadowRoot!.querySelector<HTMLInputElement>('input[id$="unitsPerDay"]')!, '2');
      await checker.updateComplete;
      checker.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await checker.updateComplete;
      await tick();
      expect(checker.shadowRoot!.querySelector('[data-warning="interaction"]'), 'the interaction warning').to.exist;

      for (const tag of ['mg-symptom-checklist', 'mg-dose-table', 'mg-risk-quiz', 'mg-dose-checker'])
        expect(
          heard.filter((entry) => entry.startsWith(tag)),
          `${tag} events`,
        ).to.not.be.empty;

      await new Promise((resolve) => setTimeout(resolve, 200));
      const { violations, errors, warnings } = recorded(frame);
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(errors, 'errors').to.deep.equal([]);
      // One "already registered" warning per element tag for the extra copy, nothing else of ours.
      const ours = warnings.filter((w) => w.startsWith('[magnesium-widgets]'));
      if (copies === 1) expect(ours).to.deep.equal([]);
      else
        expect(
          ours.every((w) => /already|registered|copy/i.test(w)),
          ours.join('\n'),
        ).to.be.true;

      const requests = await requestsOf(run);
      const page = ['/test/pages/csp/all-four.html', '/test/pages/record.js', '/test/pages/all-four.js'];
      const closure = await staticClosure('/dist/cdn/magnesium-widgets.js');
      const lazy = await lazyClosure(closure);
      const bundleFiles = (prefix: string) => (path: string) =>
        path.startsWith(`${prefix}/dist/`) &&
        (closure.has(path.slice(prefix.length)) || lazy.has(path.slice(prefix.length)));
      const beyond = requests.filter(
        (path) => !page.includes(path) && !bundleFiles('')(path) && !(copies === 2 && bundleFiles('/copy-b')(path)),
      );
      expect(beyond, 'requests beyond the bundle, its lazy chunks and locale chunk').to.deep.equal([]);
      const locales = [...new Set(requests.map(chunkLocale).filter(Boolean))];
      expect(locales, 'locales of the chunks loaded').to.deep.equal(lang === 'da' ? [] : [lang]);
      // The whole quiz was answered: its result's lazy chunk (and, in English, its messages) came too.
      expect(
        requests.some((path) => /\/chunks\/risk-quiz\.result-/.test(path)),
        'the quiz result chunk',
      ).to.be.true;
      // Nobody opened "Kilder": the citation list's chunk stayed on the server (the bibliography itself came
      // with the quiz result, which names the source of each risk group).
      expect(
        requests.filter((path) => /\/chunks\/sources-list-/.test(path)),
        'citation list chunk',
      ).to.deep.equal([]);
      if (lang !== 'da')
        expect(
          requests.some((path) => path.includes(`/chunks/quiz-result.${lang}-`)),
          'the quiz result messages',
        ).to.be.true;
      console.log(
        `[csp] all four, ${copies} cop${copies === 1 ? 'y' : 'ies'}, ${lang}: ${requests.length} requests (page 3, bundle closure ${closure.size} files × ${copies}, lazy chunks ${requests.filter((path) => lazy.has(path.replace(/^\/copy-b/, ''))).length}), ${violations.length} violations`,
      );

      expect(doc.cookie).to.equal('');
      expect(win.localStorage.length).to.equal(0);
      expect(win.sessionStorage.length).to.equal(0);
      if ('databases' in win.indexedDB) expect(await win.indexedDB.databases()).to.deep.equal([]);
      frame.remove();
    });
  }
}
