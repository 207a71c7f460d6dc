// <mg-risk-quiz>: one to two questions per step, keyboard alone forwards and back, the announced result, answers in and out.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/risk-quiz/define.js';
import type { MgRiskQuiz, RiskQuizResult } from '../../components/risk-quiz/risk-quiz.js';
import type { Answers } from '../../src/checks/answers.js';
import { setLocale } from '../../components/localization.js';
import { deepActiveElement, press } from '../support/keyboard.js';
import { spyOnWarn } from '../support/console.js';
import '../support/fresh-page.js';

const allNo = Object.fromEntries(
  [
    'alcohol',
    'malabsorption',
    'chronic-diarrhoea',
    'laxatives',
    'ppi',
    'diuretics',
    'magnesium-lowering-medicines',
    'type-2-diabetes',
    'low-intake-diet',
    'athlete',
    'stress',
    'kidney-disease',
    'magnesium-products',
  ].map((id) => [id, 'no']),
);
const adultMan: Answers = { ...allNo, 'age-group': '18+', 'older-age': 'no', sex: 'male' };

const shadow = (el: MgRiskQuiz) => el.shadowRoot!;
const text = (el: MgRiskQuiz, selector: string) =>
  shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const announced = (el: MgRiskQuiz) => text(el, '.visually-hidden[role="status"]');
const focused = () => deepActiveElement() as HTMLElement | null;
const focusedText = () => focused()?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(match: (element: HTMLElement) => boolean, max = 12): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const element = focused();
    if (element && match(element)) return element;
  }
  throw new Error(`no focus stop matched after ${max} Tabs (last: ${focused()?.outerHTML.slice(0, 80)})`);
}
const isRadio = (element: HTMLElement) => element instanceof HTMLInputElement && element.type === 'radio';
const isButton = (label: string) => (element: HTMLElement) =>
  element instanceof HTMLButtonElement && element.textContent!.trim() === label;

async function settle(el: MgRiskQuiz) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<mg-risk-quiz>', () => {
  afterEach(() => setLocale('auto'));

  it('keyboard alone: forwards and back through the steps, focus on each new heading, the result announced', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button><mg-risk-quiz></mg-risk-quiz></div>`,
    );
    const el = wrapper.querySelector('mg-risk-quiz')!;
    await el.updateComplete;
    const results: RiskQuizResult[] = [];
    el.addEventListener('mg-result', (event) => results.push(event.detail));
    wrapper.querySelector('button')!.focus();
    const questionOf = (element: HTMLElement | null) => element?.closest('fieldset')?.dataset['question'];
    const shownQuestions = () =>
      [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset')].map((set) => set.dataset['question']);

    // Start.
    expect(focusedText()).to.equal('before');
    await press('Tab');
    expect(focusedText()).to.equal('Start quizzen');
    await press('Enter');
    await settle(el);
    expect(focused()?.getAttribute('role')).to.equal('heading');
    expect(focusedText()).to.equal('Din alder');
    expect(text(el, '.progress')).to.equal('Trin 1 af 9');
    expect(shownQuestions()).to.deep.equal(['age-group']);

    // Step 1: Tab into the group (first radio), four arrows down to "18 år og derover"; the 65+ question joins the
    // step (the total stays 9), Tab into it, "Nej", Tab to Next, Enter.
    await tabTo(isRadio);
    for (let i = 0; i < 4; i++) await press('ArrowDown');
    expect((focused() as HTMLInputElement).checked).to.equal(true);
    expect(focused()!.closest('label')!.textContent!.trim()).to.equal('18 år og derover');
    await settle(el);
    expect(shownQuestions()).to.deep.equal(['age-group', 'older-age']);
    expect(text(el, '.progress')).to.equal('Trin 1 af 9');
    await tabTo((element) => isRadio(element) && questionOf(element) === 'older-age');
    expect(
      [...shadow(el).querySelectorAll('[data-question="older-age"] .option')].map((option) =>
        option.textContent!.trim(),
      ),
    ).to.deep.equal(['Ja', 'Nej']);
    await press('ArrowDown');
    await tabTo(isButton('Næste'));
    await press('Enter');
    await settle(el);
    expect(focusedText()).to.equal('Om dig');
    expect(text(el, '.progress')).to.equal('Trin 2 af 9');

    // Back to step 1: the answers are kept, focus on its heading.
    await tabTo(isButton('Tilbage'));
    await press('Enter');
    await settle(el);
    expect(focusedText()).to.equal('Din alder');
    expect(text(el, '.progress')).to.equal('Trin 1 af 9');
    const kept = await tabTo(isRadio);
    expect((kept as HTMLInputElement).checked, 'Tab lands on the checked answer').to.equal(true);
    expect(kept.closest('label')!.textContent!.trim()).to.equal('18 år og derover');
    // Enter on an answer goes on when the step is complete.
    await press('Enter');
    await settle(el);

    // Step 2, sex: nothing is chosen yet (the earlier radio state does not leak into the new step).
    expect(focusedText()).to.equal('Om dig');
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
    // Next without an answer: a message at the question, announced, and focus on its first answer.
    await tabTo(isButton('Næste'));
    await press('Enter');
    await settle(el);
    expect(text(el, '.missing-answer')).to.equal('Vælg et svar.');
    expect(announced(el)).to.equal('Svar på hvert spørgsmål for at gå videre. »Ved ikke« er også et svar.');
    expect(isRadio(focused()!)).to.equal(true);
    expect(questionOf(focused())).to.equal('sex');
    await press('ArrowDown'); // "Mand"
    await press('Enter');
    await settle(el);

    // Seven steps of yes/no questions, each its own answer: "Ja" for diuretics, "Ved ikke" for the diet, "Nej"
    // elsewhere. The total never changes.
    for (let step = 3; step <= 9; step++) {
      expect(text(el, '.progress')).to.equal(`Trin ${step} af 9`);
      expect(focused()?.getAttribute('role'), `focus on the heading of step ${step}`).to.equal('heading');
      for (const question of shownQuestions()) {
        const radio = await tabTo((element) => isRadio(element) && questionOf(element) === question);
        expect(radio.closest('.options')!.classList.contains('inline'), question).to.equal(true);
        if (question === 'diuretics') {
          // Down then up: "Ja" checked by arrows alone (the driver keys differ for Space between engines).
          await press('ArrowDown');
          await press('ArrowUp');
        } else if (question === 'low-intake-diet') {
          await press('ArrowDown');
          await press('ArrowDown');
        } else {
          await press('ArrowDown');
        }
      }
      await press('Enter');
      await settle(el);
    }

    // The result: focus on its heading; the level sentence is in the polite live region, in group terms.
    expect(focusedText()).to.equal('Dit resultat');
    expect(shadow(el).querySelector('[role="status"]')!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    expect(announced(el)).to.equal('Du tilhører en gruppe med veldokumenteret risiko for magnesiummangel.');
    expect(text(el, '.factor')).to.include('Vanddrivende medicin').and.include('Stærk dokumentation');
    expect(results).to.deep.equal([
      { level: 'high', factors: ['diuretics'], uncertain: ['low-intake-diet'], contraindications: [] },
    ]);
    expect(el.answers).to.include({ 'age-group': '18+', sex: 'male', diuretics: 'yes', 'low-intake-diet': 'unknown' });

    // Back from the result to the last step, then forwards again.
    await tabTo(isButton('Tilbage'));
    await press('Enter');
    await settle(el);
    expect(focusedText()).to.equal('Midler med magnesium');
    expect(announced(el)).to.equal('');
    await tabTo(isRadio);
    await press('Enter');
    await settle(el);
    expect(focusedText()).to.equal('Dit resultat');
    expect(results).to.have.length(2);

    // Restart: back to step 1, nothing chosen.
    await tabTo(isButton('Start forfra'));
    await press('Enter');
    await settle(el);
    expect(focusedText()).to.equal('Din alder');
    expect(text(el, '.progress')).to.equal('Trin 1 af 9');
    expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
    expect(el.answers).to.deep.equal({});
  });

  it('two questions in a step: each keeps its own answer, "Ved ikke" survives, an unanswered one is never "no"', async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    el.answers = { 'age-group': '18+', 'older-age': 'no', sex: 'male' };
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Trin 3 af 9');
    const radio = (question: string, value: string) =>
      shadow(el).querySelector<HTMLInputElement>(`[data-question="${question}"] input[value="${value}"]`)!;
    radio('malabsorption', 'unknown').click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    // The second question is not taken as "no": the step stays, the question is marked, the answers say so.
    expect(text(el, '.progress')).to.equal('Trin 3 af 9');
    expect(shadow(el).querySelector('[data-question="chronic-diarrhoea"]')!.classList.contains('missing')).to.equal(
      true,
    );
    expect(shadow(el).querySelector('[data-question="malabsorption"]')!.classList.contains('missing')).to.equal(false);
    expect(el.answers).to.not.have.property('chronic-diarrhoea');
    radio('chronic-diarrhoea', 'no').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.missing')).to.equal(null);
    shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(el);
    expect(text(el, '.progress')).to.equal('Trin 4 af 9');
    expect(el.answers).to.include({ malabsorption: 'unknown', 'chronic-diarrhoea': 'no' });
  });

  it('the total is the same for women (with the pregnancy question) and men, and at every step', async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    el.answers = { 'age-group': '18+', 'older-age': 'no' };
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Trin 2 af 9');
    shadow(el).querySelector<HTMLInputElement>('input[value="female"]')!.click();
    await el.updateComplete;
    expect(
      [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset')].map((set) => set.dataset['question']),
    ).to.deep.equal(['sex', 'life-stage']);
    expect(text(el, '.progress')).to.equal('Trin 2 af 9');
  });

  it('children under 11 end the quiz at once with "ask the child\'s doctor" and level not-assessed', async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    shadow(el).querySelector<HTMLButtonElement>('.intro button')!.click();
    await el.updateComplete;
    const radios = shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]');
    radios[2]!.click(); // 4–10 år
    await el.updateComplete;
    expect(text(el, 'button[type="submit"]')).to.equal('Se resultatet');
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
    const { detail } = await oneEvent(el, 'mg-result');
    expect(detail).to.deep.equal({ level: 'not-assessed', factors: [], uncertain: [], contraindications: [] });
    expect(announced(el)).to.equal(
      'Quizzen gælder ikke børn under 11 år. Spørg barnets læge, hvis du er i tvivl om, hvorvidt barnet får magnesium nok.',
    );
    expect(shadow(el).querySelector('mg-sources')).to.equal(null);
  });

  it('a reader choice fires mg-change with the applicable answers only', async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    el.answers = { 'age-group': '18+', 'older-age': 'yes', sex: 'female' };
    await el.updateComplete;
    // On step 2 (the life stage is unanswered): Back, to the age group.
    expect(text(el, '.progress')).to.equal('Trin 2 af 9');
    shadow(el).querySelector<HTMLButtonElement>('.actions button[type="button"]')!.click(); // Tilbage
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('Trin 1 af 9');
    // Change the age group on step 1: the 65+ question no longer applies and leaves the detail.
    const teen = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (radio) => radio.value === '11-17',
    )!;
    setTimeout(() => teen.click());
    const { detail } = await oneEvent(el, 'mg-change');
    expect(detail).to.deep.equal({ answers: { 'age-group': '11-17', sex: 'female' } });
  });

  it('answers set from a script: a complete set shows the result and fires mg-result once', async () => {
    const el = document.createElement('mg-risk-quiz');
    const heard: RiskQuizResult[] = [];
    el.addEventListener('mg-result', (event) => heard.push(event.detail));
    el.answers = { ...adultMan, 'type-2-diabetes': 'yes', 'kidney-disease': 'unknown', 'magnesium-products': 'yes' };
    await fixture(el);
    await el.updateComplete;
    expect(heard).to.deep.equal([
      { level: 'moderate', factors: ['type-2-diabetes'], uncertain: [], contraindications: ['kidney-disease'] },
    ]);
    expect(announced(el)).to.equal('Du tilhører en gruppe med nogen dokumenteret risiko for magnesiummangel.');
    expect(text(el, '.warning')).to.include('Tal med din læge, før du tager noget med magnesium.');
    expect(text(el, '.warning')).to.include('Magnesia');
    expect(shadow(el).querySelector('mg-sources')!.sourceIds).to.include.members([
      'nih-ods-magnesium',
      'pro-medicin-dk-magnesia',
    ]);
  });

  it('answers to questions that do not apply are ignored with one warning; unknown keys or values are bad input', async () => {
    const warn = spyOnWarn();
    try {
      const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
      el.answers = { ...adultMan, 'life-stage': 'pregnant' };
      await el.updateComplete;
      expect(warn.ours()).to.have.length(1);
      expect(warn.ours()[0]).to.include('life-stage');
      expect(el.invalidInputs).to.deep.equal([]);
      expect(el.answers).to.not.have.property('life-stage');
      expect(announced(el)).to.equal('Du tilhører ingen af de kendte risikogrupper for magnesiummangel.');

      el.answers = { ...adultMan, coffee: 'yes' };
      await el.updateComplete;
      expect(warn.ours()).to.have.length(2);
      expect(warn.ours()[1]).to.include(' answers: ');
      expect(text(el, '[part="input-problem"]')).to.include('»answers«');
      // The widget keeps the last accepted answers.
      expect(el.answers['age-group']).to.equal('18+');
      el.answers = {};
      await el.updateComplete;
      expect(el.invalidInputs).to.deep.equal([]);
      expect(shadow(el).querySelector('.intro')).to.exist;
    } finally {
      warn.restore();
    }
  });

  it("each factor: why it matters, its evidence in words, its sources; the article's overstatements said kindly", async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    el.answers = { ...adultMan, sex: 'female', 'life-stage': 'pregnant', athlete: 'yes', ppi: 'unknown' };
    await el.updateComplete;
    expect(announced(el)).to.equal(
      'Du tilhører kun grupper, hvor en øget risiko for magnesiummangel er dårligt dokumenteret.',
    );
    const factors = [...shadow(el).querySelectorAll('.factor')].map((item) => item.textContent!.replace(/\s+/g, ' '));
    expect(factors).to.have.length(3);
    expect(factors[0])
      .to.include('Graviditet eller amning')
      .and.include('Svag dokumentation')
      .and.include('EFSA finder ikke');
    expect(factors[0]).to.include('Kilde: EFSA NDA Panel (2015)');
    expect(factors[1]).to.include('Hård træning').and.include('svag dokumentation');
    // The uncertain answer is listed apart, and — better documented than the groups answered yes — named first.
    expect(text(el, '.result')).to.include('Du svarede »Ved ikke« her');
    expect(text(el, '.stronger')).to.equal(
      'Du svarede »Ved ikke« til: Syrehæmmende medicin i lang tid. Det kan betyde en større risiko end resultatet ovenfor.',
    );
    expect(factors[2]).to.include('Syrehæmmende medicin').and.include('Stærk dokumentation');
  });

  it('"Ved ikke" with no group answered yes: "Vi kan ikke sige…", never "no risk group"; level unknown (issue 16)', async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    const results: RiskQuizResult[] = [];
    el.addEventListener('mg-result', (event) => results.push(event.detail));
    el.answers = { ...adultMan, alcohol: 'unknown', ppi: 'unknown' };
    await el.updateComplete;
    expect(announced(el)).to.include('Vi kan ikke sige, om du hører til en risikogruppe for magnesiummangel');
    expect(text(el, '.result')).to.not.include('ingen af de kendte risikogrupper');
    expect(text(el, '.next-steps')).to.include('Spørg på apoteket, hvad den medicin, du tager, hedder og gør');
    expect(results.at(-1)!.level).to.equal('unknown');
  });

  it('kidney disease yes or "ved ikke": no food advice, the diet advice of the doctor instead (issue 16)', async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    el.answers = { ...adultMan, 'type-2-diabetes': 'yes', 'kidney-disease': 'unknown' };
    await el.updateComplete;
    const next = text(el, '.next-steps');
    expect(next).to.not.include('Spis magnesiumrige fødevarer');
    expect(next).to.include('Følg den kostvejledning, du har fået af lægen eller diætisten.');
    el.answers = { ...adultMan, 'type-2-diabetes': 'yes', 'kidney-disease': 'no' };
    await el.updateComplete;
    expect(text(el, '.next-steps')).to.include('Spis magnesiumrige fødevarer hver dag');
  });

  it('the dose-checker link appears for magnesium products; headings follow heading-level', async () => {
    const el = await fixture<MgRiskQuiz>(
      html`<mg-risk-quiz heading-level="4" dose-checker-href="#dosis"></mg-risk-quiz>`,
    );
    el.answers = { ...adultMan, 'magnesium-products': 'yes' };
    await el.updateComplete;
    const link = shadow(el).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#dosis');
    expect(link.textContent).to.equal('Gå til doseringstjekket');
    expect([...shadow(el).querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'))).to.deep.equal(
      ['4', '5'],
    );
  });

  it('speaks English when the page does', async () => {
    await setLocale('en');
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    el.answers = { ...adultMan, alcohol: 'yes' };
    await el.updateComplete;
    expect(text(el, '[role="heading"]')).to.equal('Your result');
    expect(announced(el)).to.match(/^You belong to a group with a well-documented risk/);
  });

  it('the lazily loaded result details follow the locale, also when it changes after they arrived', async () => {
    const el = await fixture<MgRiskQuiz>(html`<mg-risk-quiz></mg-risk-quiz>`);
    el.answers = { ...adultMan, alcohol: 'yes' };
    await el.updateComplete;
    const factor = () => text(el, '.factor');
    expect(factor()).to.include('Meget alkohol gennem længere tid').and.include('Stærk dokumentation');
    for (const [locale, name, evidence] of [
      ['sv', 'Mycket alkohol under lång tid', 'Starkt vetenskapligt stöd'],
      ['de', 'Viel Alkohol über lange Zeit', 'Gut belegt'],
      ['en', 'Heavy drinking over a long time', 'Strong evidence'],
    ] as const) {
      await setLocale(locale);
      await el.updateComplete;
      expect(factor(), locale).to.include(name).and.include(evidence);
      expect(text(el, '.next-steps'), locale).to.not.include('Tager du medicin');
    }
  });
});
