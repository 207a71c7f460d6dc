// One reader across the widgets on a page (issue 22), in every engine: answers given in one widget reach the others
// on the page (author presets win, "ved ikke" stays, the quiz takes them only at its start), and nowhere else: not an
// `independent` widget, not a second copy of the library, not a same-origin iframe, no storage.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import '../../components/define.js';
import type { MgDoseChecker } from '../../components/dose-checker/dose-checker.js';
import type { MgDoseTable } from '../../components/dose-table/dose-table.js';
import type { MgRiskQuiz } from '../../components/risk-quiz/risk-quiz.js';
import { forgetSharedAnswers, sharedAnswers } from '../../components/base/shared-reader.js';
import { stepCount } from '../../src/rules/risk-quiz.js';
import { loadFrame } from '../support/frame.js';
import { axeViolations } from '../support/axe.js';

const root = (el: Element) => el.shadowRoot!;
const words = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function page(attributes = { quiz: '', table: '', checker: '' }) {
  const wrapper = await fixture<HTMLDivElement>(`<div>
    <mg-risk-quiz ${attributes.quiz}></mg-risk-quiz>
    <mg-dose-table ${attributes.table}></mg-dose-table>
    <mg-dose-checker ${attributes.checker}></mg-dose-checker>
  </div>`);
  const quiz = wrapper.querySelector<MgRiskQuiz>('mg-risk-quiz')!;
  const table = wrapper.querySelector<MgDoseTable>('mg-dose-table')!;
  const checker = wrapper.querySelector<MgDoseChecker>('mg-dose-checker')!;
  await Promise.all([quiz.updateComplete, table.updateComplete, checker.updateComplete]);
  return { quiz, table, checker };
}

/** Answers a quiz question the way a reader does (a click on the option). */
async function answer(quiz: MgRiskQuiz, question: string, value: string) {
  root(quiz).querySelector<HTMLInputElement>(`input[name="${question}"][value="${value}"]`)!.click();
  await quiz.updateComplete;
}

async function startQuiz(quiz: MgRiskQuiz) {
  root(quiz).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  await quiz.updateComplete;
}

/** "Næste": the step's questions answered, the quiz moves on. */
async function next(quiz: MgRiskQuiz) {
  root(quiz).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await quiz.updateComplete;
}

/** Step 1 (age: 18+, not 65 or older), then sex on step 2. */
async function adultWoman(quiz: MgRiskQuiz) {
  await answer(quiz, 'age-group', '18+');
  await answer(quiz, 'older-age', 'no');
  await next(quiz);
  await answer(quiz, 'sex', 'female');
}

const progress = (quiz: MgRiskQuiz) => words(root(quiz).querySelector('[part~="progress"]'));

describe('one reader across the widgets', () => {
  beforeEach(() => forgetSharedAnswers());
  it("quiz answers (female, 18+) mark the table's row and fill the checker; each says mg-change", async () => {
    const { quiz, table, checker } = await page();
    const changes: string[] = [];
    for (const el of [table, checker]) el.addEventListener('mg-change', () => changes.push(el.localName));
    await startQuiz(quiz);
    const total = progress(quiz);
    await adultWoman(quiz);
    await table.updateComplete;
    await checker.updateComplete;
    const marked = [...root(table).querySelectorAll('tr.current')].map((row) => words(row));
    expect(marked).to.have.length(1);
    expect(marked[0]).to.include('Kvinder fra 18 år');
    expect(checker.reader.ageGroup).to.equal('18+');
    expect(checker.reader.sex).to.equal('female');
    expect(words(root(checker).querySelector('.about-line'))).to.include('svaret andetsteds på siden');
    expect(changes).to.include.members(['mg-dose-table', 'mg-dose-checker']);
    // The filled-in states pass axe (WCAG 2.2 AA) with "Om dig" open too.
    root(checker).querySelector<HTMLDetailsElement>('details.about')!.open = true;
    for (const el of [table, checker]) expect(await axeViolations(el), el.localName).to.deep.equal([]);
    // The quiz's own progress total never changed.
    expect(progress(quiz).replace(/^\S+ \d+/, '')).to.equal(total.replace(/^\S+ \d+/, ''));
    expect(total).to.include(String(stepCount()));
  });

  it('the checker\'s kidney "Ja" reaches the quiz at its start, as an answer the reader can change', async () => {
    const { quiz, checker } = await page();
    root(checker).querySelector<HTMLInputElement>('input[name="kidney"][value="yes"]')!.click();
    await checker.updateComplete;
    expect(sharedAnswers().kidneyDisease).to.equal('yes');
    await startQuiz(quiz);
    expect(quiz.answers['kidney-disease']).to.equal('yes');
    // Still a question on its step, with "Ja" chosen (changeable there).
    expect(quiz.answers['age-group']).to.equal(undefined);
  });

  it('"Ved ikke" stays "Ved ikke"; an author\'s age-group on the checker is not overwritten', async () => {
    const { quiz, checker } = await page({ quiz: '', table: '', checker: 'age-group="11-17"' });
    root(checker).querySelector<HTMLInputElement>('input[name="kidney"][value="unknown"]')!.click();
    await checker.updateComplete;
    await startQuiz(quiz);
    expect(quiz.answers['kidney-disease']).to.equal('unknown');
    await answer(quiz, 'age-group', '18+');
    await checker.updateComplete;
    expect(checker.reader.ageGroup).to.equal('11-17');
  });

  it('arrivals mid-quiz wait for the next start: the quiz keeps its steps and answers', async () => {
    const { quiz, table } = await page();
    await startQuiz(quiz);
    const before = { ...quiz.answers };
    const select = root(table).querySelector<HTMLSelectElement>('select[name="age-group"]')!;
    select.value = '4-10';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await table.updateComplete;
    await quiz.updateComplete;
    expect(quiz.answers).to.deep.equal(before);
  });

  it('the table shares only what the reader chose there: its untouched "not pregnant" is no answer', async () => {
    const { quiz, table, checker } = await page();
    const select = root(table).querySelector<HTMLSelectElement>('select[name="age-group"]')!;
    select.value = '18+';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await table.updateComplete;
    expect(sharedAnswers()).to.deep.equal({ ageGroup: '18+' });
    await checker.updateComplete;
    expect(checker.reader.ageGroup).to.equal('18+');
    await startQuiz(quiz);
    expect(quiz.answers).to.deep.equal({ 'age-group': '18+' });
  });

  it('independent widgets neither read nor share', async () => {
    const { quiz, table, checker } = await page({ quiz: '', table: 'independent', checker: 'independent' });
    await startQuiz(quiz);
    await adultWoman(quiz);
    await table.updateComplete;
    expect(root(table).querySelectorAll('tr.current')).to.have.length(0);
    expect(checker.reader.sex).to.equal(null);
    root(checker).querySelector<HTMLInputElement>('input[name="kidney"][value="no"]')!.click();
    await checker.updateComplete;
    expect(sharedAnswers().kidneyDisease).to.not.equal('no');
  });

  it('a second copy of the library and a same-origin iframe see nothing; nothing is stored', async () => {
    const storage = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const { quiz } = await page();
    await startQuiz(quiz);
    await adultWoman(quiz);
    expect(sharedAnswers().sex).to.equal('female');
    // The npm build of the same module: another copy, with its own (empty) answers.
    const second = (await import(
      /* @vite-ignore */ `${location.origin}/dist/components/base/shared-reader.js`
    )) as typeof import('../../components/base/shared-reader.js');
    const host = { addController() {}, isConnected: true } as unknown as HTMLElement & ReactiveControllerHost;
    expect(
      new second.SharedReader(
        host,
        () => false,
        () => {},
      ).answers,
    ).to.deep.equal({});
    // …and what it shares does not reach this copy's widgets.
    second.shareAnswers(host, { sex: 'male' });
    expect(sharedAnswers().sex).to.equal('female');
    // A same-origin iframe with the CDN bundle: its table marks no row.
    const frame = await loadFrame('/test/pages/shared-frame.html');
    const frameTable = frame.contentDocument!.querySelector('mg-dose-table')!;
    await waitUntil(() => frameTable.shadowRoot?.querySelector('table'), 'the table in the frame renders');
    expect(frameTable.shadowRoot!.querySelectorAll('tr.current')).to.have.length(0);
    frame.remove();
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(
      storage,
    );
  });
});
