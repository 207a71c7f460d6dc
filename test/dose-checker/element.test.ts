// <mg-dose-checker>: presets, properties, reader edits, result wording and digits, warnings order, focus, copy.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/dose-checker/define.js';
import type { MgDoseChecker } from '../../components/dose-checker/dose-checker.js';
import type { DoseReport } from '../../src/rules/dose-checker.js';
import { setLocale } from '../../components/localization.js';
import { spyOnWarn } from '../support/console.js';
import { deepActiveElement } from '../support/keyboard.js';
import '../support/fresh-page.js';

const $ = <T extends Element = HTMLElement>(el: MgDoseChecker, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: MgDoseChecker, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: MgDoseChecker, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const warningIds = (el: MgDoseChecker) => $$(el, '[data-warning]').map((node) => node.dataset['warning']);

/** Types into a field the way a reader does: value, input event, change event. */
async function type(el: MgDoseChecker, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<mg-dose-checker>', () => {
  afterEach(() => setLocale('auto'));

  it('500 mg magnesium oxide as salt weight, once a day: 301,5 mg, above the limit, in words', async () => {
    // 500 × 0.603 = 301.5 mg > 250 → above; 301.5 / 250 = 120.6 % → "121 %"; 301.5 / 375 = 80.4 % → "80 %".
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker
        salt="oxide"
        mg-basis="compound"
        mg-per-unit="500"
        units-per-day="1"
        kidney-disease="no"
      ></mg-dose-checker>`,
    );
    expect(text(el, '.total')).to.equal('301,5 mg magnesium om dagen fra tilskud');
    expect(text(el, '.verdict')).to.include('Over den øvre grænse');
    expect(text(el, '.verdict')).to.include('250 mg');
    expect(text(el, '.meter-row label')).to.equal('121 % af den øvre grænse');
    expect($<HTMLMeterElement>(el, 'meter')!.value).to.equal(100);
    expect(text(el, '.label-reference')).to.include('80 %');
    const above = text(el, '[data-warning="above-upper-limit"]');
    expect(above).to.include('diarré');
    expect(above).to.include('apotek');
    expect(above).to.include('ikke et mål');
  });

  it('shows 250,2 mg (not 250) above the limit, and exactly 250 mg as at the limit', async () => {
    // 125.1 × 2 = 250.2 mg > 250 → "250,2 mg", above; 125 × 2 = 250 mg = UL → at.
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="125.1" units-per-day="2" kidney-disease="no"></mg-dose-checker>`,
    );
    expect(text(el, '.total')).to.include('250,2 mg');
    expect(text(el, '.verdict')).to.include('Over');
    // 250.2 / 250 = 100.08 % → "100,1 %", never "100 %" next to "above".
    expect(text(el, '.meter-row label')).to.include('100,1');
    el.setAttribute('mg-per-unit', '125');
    await el.updateComplete;
    expect(text(el, '.total')).to.include('250 mg');
    expect(text(el, '.verdict')).to.include('Præcis på den øvre grænse');
    expect(warningIds(el)).to.not.include('above-upper-limit');
  });

  it('fires mg-result for the first result from presets, with the issue detail shape and unrounded numbers', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('mg-dose-checker');
    el.setAttribute('mg-per-unit', '62.5');
    el.setAttribute('units-per-day', '3');
    el.setAttribute('units-per-pack', '90');
    const heard = oneEvent(el, 'mg-result');
    wrapper.append(el);
    const event = (await heard) as CustomEvent<DoseReport>;
    // 62.5 × 3 = 187.5 mg < 250 → below; 187.5 / 250 = 75 %; 187.5 / 375 = 50 %; 90 / 3 = 30 days.
    expect(event.detail).to.include({
      ageGroup: '18+',
      totalElementalMg: 187.5,
      upperLimitMg: 250,
      percentOfUpperLimit: 75,
      percentOfLabelReference: 50,
      exceedsUpperLimit: false,
      verdict: 'below',
    });
    expect(event.detail.products).to.deep.equal([{ elementalMgPerDay: 187.5, daysOfSupply: 30 }]);
    // Not answered counts as unknown (the neutral line, not the urgent warning, until the reader answers).
    expect(event.detail.warnings).to.deep.equal(['kidney-disease-unanswered']);
    expect(event.detail.sourceIds).to.include('scf-2001-magnesium');
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('kidney disease unknown or yes: the warning comes first, before the total; "no" removes it', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="300" medicines="iron" kidney-disease="unknown"></mg-dose-checker>`,
    );
    expect(warningIds(el)).to.deep.equal(['kidney-disease', 'above-upper-limit', 'interaction']);
    const result = $(el, '.result')!;
    const kidney = $(el, '[data-warning="kidney-disease"]')!;
    expect(kidney.compareDocumentPosition($(el, '.total')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(result.contains(kidney)).to.equal(true);
    expect(text(el, '[data-warning="kidney-disease"]')).to.include('Vigtigt');
    $<HTMLInputElement>(el, 'input[name="kidney"][value="no"]')!.click();
    await el.updateComplete;
    expect(warningIds(el)).to.deep.equal(['above-upper-limit', 'interaction']);
    $<HTMLInputElement>(el, 'input[name="kidney"][value="yes"]')!.click();
    await el.updateComplete;
    expect(warningIds(el)[0]).to.equal('kidney-disease');
    expect(text(el, '[data-warning="kidney-disease"]')).to.include('Tal med din læge');
  });

  it('nothing alarming before an answer: kidneys start unanswered, a neutral line says so; "ved ikke" brings the warning', async () => {
    const el = await fixture<MgDoseChecker>(html`<mg-dose-checker mg-per-unit="100"></mg-dose-checker>`);
    const kidneyRadios = $$(el, 'input[name="kidney"]') as HTMLInputElement[];
    expect(kidneyRadios.map((radio) => radio.checked)).to.deep.equal([false, false, false]);
    expect(warningIds(el)).to.deep.equal(['kidney-disease-unanswered']);
    const neutral = $(el, '[data-warning="kidney-disease-unanswered"]')!;
    expect(neutral.classList.contains('urgent')).to.equal(false);
    expect(text(el, '.result')).not.to.include('Vigtigt');
    expect(text(el, '[data-warning="kidney-disease-unanswered"]')).to.include('ikke svaret');
    // The API still says unknown.
    expect(el.reader.kidneyDisease).to.equal('unknown');
    // The total comes first now (the neutral line is a normal warning, after it).
    expect($(el, '.total')!.compareDocumentPosition(neutral) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    $<HTMLInputElement>(el, 'input[name="kidney"][value="unknown"]')!.click();
    await el.updateComplete;
    expect(warningIds(el)).to.deep.equal(['kidney-disease']);
    expect(text(el, '[data-warning="kidney-disease"]')).to.include('Vigtigt');
    expect(el.reader.kidneyDisease).to.equal('unknown');
  });

  it('a site that sets the kidney answer (attribute or reader property) has answered it', async () => {
    const byAttribute = await fixture<MgDoseChecker>(
      html`<mg-dose-checker kidney-disease="unknown"></mg-dose-checker>`,
    );
    expect(warningIds(byAttribute)).to.deep.equal(['kidney-disease']);
    expect($<HTMLInputElement>(byAttribute, 'input[name="kidney"][value="unknown"]')!.checked).to.equal(true);
    const byProperty = await fixture<MgDoseChecker>(html`<mg-dose-checker></mg-dose-checker>`);
    byProperty.reader = { ...byProperty.reader, kidneyDisease: 'yes' };
    await byProperty.updateComplete;
    expect(warningIds(byProperty)).to.deep.equal(['kidney-disease']);
  });

  it('"Om dig" folds to one line naming every answer once answered by the site; open until then', async () => {
    const open = await fixture<MgDoseChecker>(html`<mg-dose-checker></mg-dose-checker>`);
    expect($<HTMLDetailsElement>(open, 'details.about')!.open).to.equal(true);
    const folded = await fixture<MgDoseChecker>(
      html`<mg-dose-checker sex="female" kidney-disease="no" medicines="iron levothyroxine"></mg-dose-checker>`,
    );
    const about = $<HTMLDetailsElement>(folded, 'details.about')!;
    expect(about.open).to.equal(false);
    const line = text(folded, '.about-line');
    expect(line).to.include('Kvinde');
    expect(line).to.include('Nyresygdom: Nej');
    expect(line).to.include('Jern');
    expect(line).to.include('Levothyroxin');
    // The reader's own toggling is kept across updates.
    about.querySelector('summary')!.click();
    await folded.updateComplete;
    folded.setAttribute('mg-per-unit', '100');
    await folded.updateComplete;
    expect(about.open).to.equal(true);
  });

  it('shows the kidney line even before a product is entered', async () => {
    const el = await fixture<MgDoseChecker>(html`<mg-dose-checker></mg-dose-checker>`);
    expect(warningIds(el)).to.deep.equal(['kidney-disease-unanswered']);
    expect($(el, '.total')).to.equal(null);
  });

  it('under 4 years: no EU limit, a doctor first, never "under the limit", no meter', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="50" age-group="1-3" kidney-disease="no"></mg-dose-checker>`,
    );
    expect(text(el, '.verdict')).to.equal('Ingen EU-grænse for denne alder.');
    expect(text(el, '.result')).to.not.include('Under den øvre grænse');
    expect($(el, 'meter')).to.equal(null);
    expect(text(el, '[data-warning="no-upper-limit-for-age"]')).to.include('lægen');
    // FVST's Danish guidance for 1–2 years appears only as a labelled comparison, as FVST states it (0c).
    expect(text(el, '.guidance').replace(/\u2060/g, '')).to.equal(
      'Til sammenligning vejleder Fødevarestyrelsen i Danmark om højst 58 mg pr. anbefalet daglig dosis af et kosttilskud til børn (1–2 år).',
    );
    // No pregnancy question for a child, and the hint for who answers for a child.
    expect(text(el, '.reader')).to.not.include('gravid');
    expect(text(el, '#age-group-hint')).to.equal('Svarer du for et barn, så vælg barnets alder.');
    expect(el.shadowRoot!.querySelector('mg-sources')!.sourceIds).to.include('fvst-kosttilskud-bilag-b');
  });

  it('medicines: the time gap in words per medicine, notes, and always the "not complete" line', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker
        mg-per-unit="100"
        kidney-disease="no"
        medicines="fluoroquinolones other-integrase-inhibitors"
      ></mg-dose-checker>`,
    );
    const interaction = text(el, '[data-warning="interaction"]');
    expect(interaction).to.include('mindst 4 timer før magnesium eller tidligst 8 timer efter');
    expect(interaction).to.include('Følg indlægssedlen');
    expect(interaction).to.include('Listen er ikke komplet');
    // The "not complete" line is also under the medicine checkboxes, chosen or not.
    expect(text(el, '.medicines .hint')).to.include('Listen er ikke komplet');
  });

  it('the reader edits products: results update, mg-change carries no product names, nothing is reflected', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker product-name="Min magnesium" mg-per-unit="100" kidney-disease="no"></mg-dose-checker>`,
    );
    const attributesBefore = el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`);
    const changes: Array<Record<string, unknown>> = [];
    el.addEventListener('mg-change', (event) => changes.push((event as CustomEvent).detail));
    const details = $<HTMLDetailsElement>(el, 'details.product')!;
    details.open = true;
    await type(el, $<HTMLInputElement>(el, '[id$="-unitsPerDay"]')!, '2,5');
    // 100 × 2.5 = 250 mg → at the limit.
    expect(text(el, '.total')).to.include('250 mg');
    expect(el.products).to.deep.equal([
      { name: 'Min magnesium', mgPerUnit: 100, mgBasis: 'elemental', unitsPerDay: 2.5 },
    ]);
    expect(changes.at(-1)).to.deep.equal({
      reader: { ageGroup: '18+', sex: null, lifeStage: 'none', kidneyDisease: 'no', medicines: [] },
      products: [{ mgPerUnit: 100, mgBasis: 'elemental', unitsPerDay: 2.5 }],
    });
    expect(JSON.stringify(changes)).to.not.include('Min magnesium');
    const select = $<HTMLSelectElement>(el, '#age-group')!;
    select.value = '11-17';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.reader.ageGroup).to.equal('11-17');
    expect(el.getAttributeNames().map((name) => `${name}=${el.getAttribute(name)}`)).to.deep.equal(attributesBefore);
  });

  it('a bad field shows its error, is left out of the total, and says so', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="100" kidney-disease="no"></mg-dose-checker>`,
    );
    $<HTMLButtonElement>(el, '.add')!.click();
    await el.updateComplete;
    const inputs = $$(el, 'details.product')[1]!;
    const mg = inputs.querySelector<HTMLInputElement>('[id$="-mgPerUnit"]')!;
    await type(el, mg, '6000');
    expect(mg.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(mg.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    // The message never shows a format the field refuses: "5.000" is read as 5000 on a Danish page.
    expect(error.textContent!.trim()).to.equal('Skriv et tal over 0 og højst 5.000, fx 150.');
    expect(text(el, '.total')).to.include('100 mg');
    expect(text(el, '.incomplete')).to.include('Produkt 2');
    // Another unit is named, never converted.
    await type(el, mg, '1 g');
    expect(el.shadowRoot!.getElementById(`${mg.id}-error`)!.textContent!.trim()).to.equal(
      'Skriv mængden i mg, ikke i g. Fx 150.',
    );
    expect(text(el, '.total')).to.include('100 mg');
  });

  it('numbers as Danish readers write them: "5.000" is five thousand, "150 mg" and "2 stk" are fine (issue 16)', async () => {
    const el = await fixture<MgDoseChecker>(html`<mg-dose-checker kidney-disease="no"></mg-dose-checker>`);
    await type(el, $<HTMLInputElement>(el, '[id$="-mgPerUnit"]')!, '5.000');
    expect(el.products[0]!.mgPerUnit).to.equal(5000);
    await type(el, $<HTMLInputElement>(el, '[id$="-mgPerUnit"]')!, '62,5 mg');
    await type(el, $<HTMLInputElement>(el, '[id$="-unitsPerDay"]')!, '2 stk');
    expect(el.products).to.deep.equal([{ mgPerUnit: 62.5, mgBasis: 'elemental', unitsPerDay: 2 }]);
    expect(text(el, '.total')).to.include('125 mg');
    // The field shows the number as the page writes it once the reader leaves it.
    expect($<HTMLInputElement>(el, '[id$="-mgPerUnit"]')!.value).to.equal('62,5');
  });

  it('a preset 1.125 mg survives a switch to English and back (the number is kept, not its Danish text)', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="1.125" units-per-day="2" kidney-disease="no"></mg-dose-checker>`,
    );
    expect(el.products[0]!.mgPerUnit).to.equal(1.125);
    await setLocale('en');
    await el.updateComplete;
    expect(el.products).to.deep.equal([{ mgPerUnit: 1.125, mgBasis: 'elemental', unitsPerDay: 2 }]);
    expect(text(el, '.product-summary')).to.not.include('Missing');
    await setLocale('da');
    await el.updateComplete;
    expect(el.products[0]!.mgPerUnit).to.equal(1.125);
  });

  it('exact totals (issue 16): 500 mg carbonate as salt weight + 106 mg is 250 mg, "at"; the product lines agree', async () => {
    const el = await fixture<MgDoseChecker>(html`<mg-dose-checker kidney-disease="no"></mg-dose-checker>`);
    el.products = [
      { mgPerUnit: 500, mgBasis: 'compound', salt: 'carbonate', unitsPerDay: 1 },
      { mgPerUnit: 106, unitsPerDay: 1 },
    ];
    await el.updateComplete;
    expect(text(el, '.total')).to.equal('250 mg magnesium om dagen fra tilskud');
    expect(text(el, '.verdict')).to.include('Præcis på den øvre grænse');
    // 249.96 mg is below: the product line shows 249,96, not a rounded 250 beside "under".
    el.products = [{ mgPerUnit: 124.98, unitsPerDay: 2 }];
    await el.updateComplete;
    expect(text(el, '.verdict')).to.include('Under');
    expect(text(el, '.product-lines')).to.include('249,96 mg');
  });

  it('above the limit: the prescribed-dose line, what too much feels like, and 112 as a tel: link', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="360" units-per-day="3" kidney-disease="no"></mg-dose-checker>`,
    );
    expect(text(el, '.note')).to.equal(
      'Har lægen ordineret magnesium, så følg lægens dosis – grænsen gælder kosttilskud.',
    );
    const tooMuch = text(el, '[part="too-much"]');
    expect(tooMuch).to.include('Diarré er det første tegn');
    expect(tooMuch).to.include('langsom puls');
    expect($<HTMLAnchorElement>(el, '[part="too-much"] a.tel')!.getAttribute('href')).to.equal('tel:112');
  });

  it('dolutegravir: at least 4 hours before or 6 hours after, with the brand names readers know', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="100" kidney-disease="no" medicines="dolutegravir"></mg-dose-checker>`,
    );
    const interaction = text(el, '[data-warning="interaction"]');
    expect(interaction).to.include('Tivicay, Triumeq, Dovato og Juluca');
    expect(interaction).to.include(
      'mindst 4 timer før magnesium eller tidligst 6 timer efter, at du har taget magnesium',
    );
  });

  it('compound basis asks for the salt form and converts with its fraction', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="1000" kidney-disease="no"></mg-dose-checker>`,
    );
    $<HTMLDetailsElement>(el, 'details.product')!.open = true;
    $<HTMLInputElement>(el, 'input[value="compound"]')!.click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '[id$="-salt"]')!;
    expect(select).to.exist;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '.total')).to.equal(null);
    select.value = 'citrate';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // 1000 × 0.162 = 162 mg.
    expect(text(el, '.total')).to.include('162 mg');
    expect(select.selectedOptions[0]!.textContent).to.include('16,2 %');
  });

  it('products and reader properties: read, set, last write wins against the preset attributes', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="100" units-per-day="1"></mg-dose-checker>`,
    );
    el.products = [
      { mgPerUnit: 50, unitsPerDay: 1 },
      { mgPerUnit: 400, mgBasis: 'compound', salt: 'threonate', unitsPerDay: 2, unitsPerPack: 60 },
    ];
    await el.updateComplete;
    expect(el.products).to.have.length(2);
    // 50 + 400 × 0.083 × 2 = 50 + 66.4 = 116.4 mg.
    expect(text(el, '.total')).to.include('116,4 mg');
    el.setAttribute('mg-per-unit', '200');
    await el.updateComplete;
    expect(el.products.map((product) => product.mgPerUnit)).to.deep.equal([200, 400]);
    el.setAttribute('units-per-day', '2');
    el.products = [{ mgPerUnit: 10, unitsPerDay: 1 }];
    await el.updateComplete;
    expect(el.products).to.deep.equal([{ mgPerUnit: 10, mgBasis: 'elemental', unitsPerDay: 1 }]);

    el.reader = { ageGroup: '4-10', sex: 'male', lifeStage: 'none', kidneyDisease: 'no', medicines: ['iron'] };
    await el.updateComplete;
    expect(el.reader).to.deep.equal({
      ageGroup: '4-10',
      sex: 'male',
      lifeStage: 'none',
      kidneyDisease: 'no',
      medicines: ['iron'],
    });
    expect($<HTMLSelectElement>(el, '#age-group')!.value).to.equal('4-10');
    el.setAttribute('age-group', '11-17');
    await el.updateComplete;
    expect(el.reader.ageGroup).to.equal('11-17');
  });

  it('bad preset values: one warning each, the widget keeps its defaults and works', async () => {
    const warn = spyOnWarn();
    try {
      const el = await fixture<MgDoseChecker>(
        html`<mg-dose-checker mg-per-unit="2,5" units-per-day="3" sex="male" life-stage="pregnant"></mg-dose-checker>`,
      );
      expect(warn.ours()).to.have.length(2);
      expect(el.invalidInputs.map((problem) => problem.name).sort()).to.deep.equal(['life-stage', 'mg-per-unit']);
      expect(el.reader.lifeStage).to.equal('none');
      expect($(el, '.total')).to.equal(null);
    } finally {
      warn.restore();
    }
  });

  it('adding moves focus to the new product; removing moves it to the previous product or the add button', async () => {
    const el = await fixture<MgDoseChecker>(html`<mg-dose-checker></mg-dose-checker>`);
    $<HTMLButtonElement>(el, '.add')!.click();
    await el.updateComplete;
    const products = $$(el, 'details.product');
    expect(products).to.have.length(2);
    expect(deepActiveElement()).to.equal(products[1]!.querySelector('input[type="text"]'));
    products[1]!.querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(products[0]!.querySelector('input[type="text"]'));
    products[0]!.querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    expect($$(el, 'details.product')).to.have.length(0);
    expect(deepActiveElement()).to.equal($(el, '.add'));
  });

  it('"Kopiér teksten til apoteket" copies a plain-text summary; without a clipboard it shows the text instead', async () => {
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker
        product-name="Magnesia"
        salt="oxide"
        mg-basis="compound"
        mg-per-unit="500"
        medicines="iron"
      ></mg-dose-checker>`,
    );
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    try {
      $<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(copied).to.include('Magnesia');
      expect(copied).to.match(/301,5\smg/); // number and unit joined by a no-break space
      expect(copied).to.include('Over den øvre grænse');
      expect(copied).to.include('Listen er ikke komplet');
      expect(copied.split('\n')[0]).to.equal('Mit magnesium fra tilskud');
      expect(text(el, '.copy-status')).to.include('Kopieret');

      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      $<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(text(el, '.copy-status')).to.include('Teksten er markeret');
      const box = $<HTMLTextAreaElement>(el, 'textarea')!;
      expect(box.value).to.match(/301,5\smg/);
      // The fallback box is focused and selected, so the reader only has to copy.
      expect(deepActiveElement()).to.equal(box);
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('speaks English when the page does', async () => {
    await setLocale('en');
    const el = await fixture<MgDoseChecker>(
      html`<mg-dose-checker mg-per-unit="62.5" units-per-day="2" kidney-disease="no"></mg-dose-checker>`,
    );
    // 62.5 × 2 = 125 mg → 50 % of the UL.
    expect(text(el, '.total')).to.equal('125 mg of magnesium a day from supplements');
    expect(text(el, '.verdict')).to.include('Below the upper limit');
    expect(text(el, '[part="copy-button"]')).to.equal('Copy the text for the pharmacy');
  });
});
