// <mg-dose-table>: the rendered table in da and en holds the dataset's values and none of the article's wrong ones;
// highlight rules, reader input (never reflected), events, narrow containers and print.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/dose-table/define.js';
import type { MgDoseTable } from '../../components/dose-table/dose-table.js';
import { setLocale } from '../../components/localization.js';
import { doseTableRows } from '../../src/rules/dose-table.js';
import { intakeFor, upperLimitFor } from '../../src/data/index.js';
import { spyOnWarn } from '../support/console.js';
import '../support/fresh-page.js';

const isChromium = navigator.userAgent.includes('Chrome');
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const bodyRows = (el: MgDoseTable) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => text(cell));
/** "300 mg" with the locale's number format (the space Intl and our unit message put in). */
const mg = (value: number, locale: string) => `${new Intl.NumberFormat(locale).format(value)} mg`;

async function render(template: ReturnType<typeof html>): Promise<MgDoseTable> {
  const el = await fixture<MgDoseTable>(template);
  await el.updateComplete;
  return el;
}

describe('<mg-dose-table>', () => {
  afterEach(() => setLocale('auto'));

  for (const locale of ['da', 'en'] as const) {
    describe(`the rendered table in ${locale}`, () => {
      const labels = {
        da: {
          noLimit: 'Ingen EU-grænse',
          rows: [
            '7–11 måneder',
            '1–3 år',
            '4–10 år',
            'Piger 11–17 år',
            'Drenge 11–17 år',
            'Kvinder fra 18 år',
            'Mænd fra 18 år',
            'Gravide',
            'Ammende',
          ],
        },
        en: {
          noLimit: 'No EU limit',
          rows: [
            '7–11 months',
            '1–3 years',
            '4–10 years',
            'Girls 11–17 years',
            'Boys 11–17 years',
            'Women 18 and over',
            'Men 18 and over',
            'Pregnant women',
            'Breastfeeding women',
          ],
        },
      }[locale];

      beforeEach(() => setLocale(locale));

      it('is a real table with a caption and scoped headers, one row per group', async () => {
        const el = await render(html`<mg-dose-table></mg-dose-table>`);
        const table = el.shadowRoot!.querySelector('table')!;
        expect(text(table.querySelector('caption'))).to.equal(
          locale === 'da'
            ? 'Magnesium: hvor meget har du brug for om dagen?'
            : 'Magnesium: how much do you need a day?',
        );
        expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(4);
        expect(bodyRows(el).map((row) => text(row.querySelector('th[scope="row"]')))).to.deep.equal(labels.rows);
      });

      it('each row holds the dataset’s intake and upper limit', async () => {
        const el = await render(html`<mg-dose-table></mg-dose-table>`);
        const rows = doseTableRows('magnesium').rows;
        expect(bodyRows(el)).to.have.length(rows.length);
        for (const [index, tr] of bodyRows(el).entries()) {
          const row = rows[index]!;
          const [, intakeCell, limitCell] = cells(tr);
          const expectedIntake = intakeFor(row.ageGroup, row.sex, row.lifeStage).valueMg;
          expect(intakeCell, `${row.id} intake`).to.equal(`${mg(expectedIntake, locale)} (AI)`);
          const limit = upperLimitFor(row.ageGroup).valueMg;
          if (limit === null) {
            expect(limitCell, `${row.id} limit`).to.include(labels.noLimit);
            expect(limitCell, `${row.id}: no number as if it were a limit`).not.to.match(/\d/);
          } else {
            expect(limitCell, `${row.id} limit`).to.equal(mg(limit, locale));
          }
        }
      });

      it('none of the article’s wrong values: no 280 mg for adult women, no 230 or 110 mg as a limit', async () => {
        for (const compare of [false, true]) {
          const el = await render(html`<mg-dose-table ?compare=${compare}></mg-dose-table>`);
          const [women] = bodyRows(el).filter((tr) => text(tr.querySelector('th')) === labels.rows[5]);
          const [, womenIntake, womenLimit] = cells(women!);
          expect(womenIntake).to.equal(`${mg(300, locale)} (AI)`);
          expect(womenIntake).not.to.include('280');
          expect(womenLimit).to.equal(mg(250, locale));
          for (const tr of bodyRows(el)) {
            const limitCell = cells(tr)[2]!;
            expect(limitCell).not.to.include('230');
            expect(limitCell).not.to.include('110');
            expect(limitCell).not.to.include('65');
          }
          const everything = text(el.shadowRoot!.querySelector('table'));
          if (!compare) {
            expect(everything).not.to.include(mg(280, locale));
            expect(everything).not.to.include(mg(110, locale));
          } else {
            // With compare, every other authority's value sits in its own labelled item; the women's 280 mg is NNR 2012.
            const items = [...el.shadowRoot!.querySelectorAll('tbody td li')].map((li) => text(li));
            expect(items.length).to.be.greaterThan(0);
            for (const item of items) expect(item).to.match(/^(NNR 2012|USA|Norway|Norge) \(/);
            const womenItems = [...women!.querySelectorAll('li')].map((li) => text(li));
            expect(womenItems.filter((item) => item.includes(mg(280, locale)))).to.have.length(1);
            expect(womenItems.find((item) => item.includes(mg(280, locale)))).to.match(/^NNR 2012/);
            const childItems = [...bodyRows(el)[2]!.querySelectorAll('li')].map((li) => text(li));
            expect(childItems.find((item) => item.includes(mg(110, locale)))).to.match(/^USA \(IOM 1997\)/);
          }
        }
      });

      it('the rows under 4 years say there is no EU limit, with the FVST 1–2 y guidance as a labelled note', async () => {
        const el = await render(html`<mg-dose-table></mg-dose-table>`);
        const [infants, toddlers] = bodyRows(el).map(cells);
        expect(infants![2]).to.equal(labels.noLimit);
        expect(toddlers![2]).to.include(labels.noLimit);
        // As FVST states it (0c): 58 mg per recommended daily dose of a supplement, 65 mg the tolerable level it cites.
        const note = toddlers![3]!;
        expect(note).to.include(mg(58, locale));
        expect(note).to.include(mg(65, locale));
        expect(note).to.include(locale === 'da' ? 'ikke en EU-grænse' : 'not an EU limit');
        expect(note).to.include(locale === 'da' ? '1–2 år' : '1–2 years');
      });
    });
  }

  it('below the table: what the 375 mg behind "% RI" is, and what the limit covers', async () => {
    const el = await render(html`<mg-dose-table></mg-dose-table>`);
    const about = text(el.shadowRoot!.querySelector('[part="notes"]'));
    expect(about).to.include('375 mg');
    expect(about).to.include('ikke et anbefalet indtag');
    expect(about).to.include('RI står her for referenceindtag');
    // 0c: the limit covers supplements whatever the form, and water and fortified foods, not food.
    expect(about).to.include('uanset form – fx citrat, oxid, chlorid, lactat, bisglycinat og threonat');
    expect(about).to.include('ikke det magnesium, der findes naturligt i maden');
    expect(about).to.include('360–365 mg');
    // Above the table, where "AI" first appears: what it means, and that the intake is food and drink.
    const legend = text(el.shadowRoot!.querySelector('[part="legend"]'));
    expect(legend).to.include('AI = tilstrækkeligt indtag');
    expect(legend).to.include('Indtaget gælder alt, hvad du spiser og drikker');
    expect(legend).to.include('Det er ikke en dosis for kosttilskud');
    // What too much magnesium feels like, with 112 as a tel: link.
    const tooMuch = el.shadowRoot!.querySelector('[part="too-much"]')!;
    expect(text(tooMuch)).to.include('Diarré er det første tegn på for meget magnesium');
    expect(tooMuch.querySelector('a.tel')!.getAttribute('href')).to.equal('tel:112');
  });

  it('in the United Kingdom the emergency number is "999 or 112", both tel: links', async () => {
    document.documentElement.lang = 'en-GB';
    try {
      const el = await render(html`<mg-dose-table></mg-dose-table>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="too-much"] a.tel').length === 2, 'two numbers');
      const links = [...el.shadowRoot!.querySelectorAll('[part="too-much"] a.tel')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:999', 'tel:112']);
    } finally {
      document.documentElement.lang = 'da';
    }
  });

  it('marks the reader’s row in text and for assistive technology', async () => {
    const el = await render(html`<mg-dose-table age-group="18+" sex="female"></mg-dose-table>`);
    const current = [...el.shadowRoot!.querySelectorAll('tbody tr[aria-current="true"]')];
    expect(current.map((tr) => text(tr.querySelector('th')))).to.deep.equal(['Kvinder fra 18 år Din række']);
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Markeret: Kvinder fra 18 år.');
  });

  it('pregnant at 11–17 marks the girls’ row with the EFSA note; no bad input', async () => {
    const warn = spyOnWarn();
    try {
      const el = await render(html`<mg-dose-table age-group="11-17" life-stage="pregnant"></mg-dose-table>`);
      const current = el.shadowRoot!.querySelectorAll('tbody tr[aria-current="true"]');
      expect(current).to.have.length(1);
      expect(text(current[0]!.querySelector('th'))).to.include('Piger 11–17 år');
      expect(text(current[0])).to.include('EFSA: intet ekstra behov under graviditet og amning.');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.include('rækken for piger 11–17 år gælder');
      expect(warn.ours()).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  for (const [attrs, name] of [
    [{ 'age-group': '18+', sex: 'male', 'life-stage': 'pregnant' }, 'with sex="male"'],
    [{ 'age-group': '4-10', 'life-stage': 'lactating' }, 'under 11'],
  ] as const) {
    it(`a life stage ${name} is bad input: one warning, a message, the row without the life stage is marked`, async () => {
      const warn = spyOnWarn();
      try {
        const el = document.createElement('mg-dose-table');
        for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
        await fixture(el);
        await el.updateComplete;
        expect(warn.ours()).to.have.length(1);
        expect(warn.ours()[0]).to.include(' life-stage: ');
        expect(text(el.shadowRoot!.querySelector('[part="input-problem"]'))).to.include('»life-stage«');
        expect(el.shadowRoot!.querySelectorAll('tbody tr[aria-current="true"]')).to.have.length(1);
        expect(text(el.shadowRoot!.querySelector('tr[aria-current="true"] th'))).not.to.match(/Gravide|Ammende/);
      } finally {
        warn.restore();
      }
    });
  }

  it('without a sex, both rows of a sex-split age group are marked', async () => {
    const el = await render(html`<mg-dose-table age-group="11-17"></mg-dose-table>`);
    expect(el.shadowRoot!.querySelectorAll('tbody tr[aria-current="true"]')).to.have.length(2);
  });

  it('reader input: fires mg-change with the ids, never reflects into attributes, never fires mg-result', async () => {
    const el = await render(html`<mg-dose-table nutrient="magnesium"></mg-dose-table>`);
    const changes: unknown[] = [];
    let results = 0;
    el.addEventListener('mg-change', (event) => changes.push(event.detail));
    el.addEventListener('mg-result', () => results++);
    const choose = async (name: string, value: string) => {
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await choose('age-group', '18+');
    await choose('life-stage', 'pregnant');
    await choose('sex', 'male');
    await choose('nutrient', 'vitamin-d');
    expect(changes).to.deep.equal([
      { ageGroup: '18+', sex: null, lifeStage: 'none', nutrient: 'magnesium' },
      { ageGroup: '18+', sex: null, lifeStage: 'pregnant', nutrient: 'magnesium' },
      // Choosing male drops the life stage (never bad input from the reader's own choices).
      { ageGroup: '18+', sex: 'male', lifeStage: 'none', nutrient: 'magnesium' },
      { ageGroup: '18+', sex: 'male', lifeStage: 'none', nutrient: 'vitamin-d' },
    ]);
    expect(results).to.equal(0);
    expect(el.getAttribute('nutrient')).to.equal('magnesium');
    expect(['age-group', 'sex', 'life-stage'].filter((name) => el.hasAttribute(name))).to.deep.equal([]);
    expect(el.invalidInputs).to.deep.equal([]);
    const pregnant = el.shadowRoot!.querySelector<HTMLOptionElement>(
      'select[name="life-stage"] option[value="pregnant"]',
    )!;
    expect(pregnant.disabled).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('caption'))).to.equal('D-vitamin: hvor meget har du brug for om dagen?');
  });

  it('no mg-result even for preset attributes', async () => {
    let results = 0;
    const listener = () => results++;
    document.addEventListener('mg-result', listener);
    try {
      await render(html`<mg-dose-table age-group="18+" sex="male" compare></mg-dose-table>`);
      expect(results).to.equal(0);
    } finally {
      document.removeEventListener('mg-result', listener);
    }
  });

  it('vitamin D in µg, its limit for total intake, a value in every row and the Danish advice; potassium says no limit is set', async () => {
    const el = await render(html`<mg-dose-table nutrient="vitamin-d"></mg-dose-table>`);
    const header = [...el.shadowRoot!.querySelectorAll('thead th')].map(text);
    expect(header[2]).to.equal('Øvre grænse pr. dag for det samlede indtag (EFSA)');
    const rows = bodyRows(el).map(cells);
    for (const row of rows) expect(row[1], row[0]).to.not.include('Ikke med her');
    expect(rows[0]![1]).to.equal('10 µg (RI)');
    const adults = rows.at(-1)!;
    expect(adults[1]).to.include('10 µg (RI) 18–74 år');
    expect(adults[1]).to.include('20 µg (RI) fra 75 år');
    expect(adults[1]).to.include('7,5 µg (AR)');
    expect(adults[2]).to.equal('100 µg');
    expect(text(el.shadowRoot!.querySelector('[part="notes"]'))).to.not.include('Spørg lægen');
    const advice = text(el.shadowRoot!.querySelector('[part="national-advice"]'));
    expect(advice).to.include('Sundhedsstyrelsen og Fødevarestyrelsen');
    expect(advice).to.include('10 µg hele året til børn fra 2 uger, til de fylder 4 år.');
    expect(advice).to.include('5–10 µg i vinterhalvåret (oktober–april) til alle fra 4 år.');
    expect(advice).to.include('20 µg sammen med 800–1.000 mg calcium hele året til alle over 70 år');
    el.nutrient = 'potassium';
    await el.updateComplete;
    expect(cells(bodyRows(el).find((row) => text(row.querySelector('th')) === '4–10 år')!)).to.deep.equal([
      '4–10 år',
      '1.100 mg (AI) 4–6 år1.800 mg (AI) 7–10 år',
      'Ingen EU-grænse',
      '',
    ]);
    expect(text(el.shadowRoot!.querySelector('[part="notes"]'))).to.include('EFSA har ikke fastsat en øvre grænse.');
  });

  it('compare adds a labelled column of other authorities', async () => {
    const el = await render(html`<mg-dose-table compare></mg-dose-table>`);
    const header = [...el.shadowRoot!.querySelectorAll('thead th')].map(text);
    expect(header.at(-1)).to.equal('Andre myndigheder (kun til sammenligning)');
    const women = cells(bodyRows(el)[5]!);
    expect(women[4]).to.include('NNR 2012 (afløst), anbefalet indtag fra 18 år: 280 mg');
    expect(women[4]).to.include('USA (IOM 1997), RDA 19–30 år: 310 mg');
  });

  it('in a 320 px container the rows stack as labelled cards and nothing widens the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><mg-dose-table compare age-group="18+"></mg-dose-table></div>`,
    );
    const el = wrapper.querySelector('mg-dose-table')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const firstRow = bodyRows(el)[0]!;
    expect(getComputedStyle(firstRow).display).to.equal('block');
    const limitCell = firstRow.querySelectorAll('td')[1]!;
    // Each cell shows its column name (Firefox reports the unresolved attr() as the computed value).
    expect(limitCell.dataset['label']).to.equal('Øvre grænse pr. dag for tilskud (EFSA)');
    expect(getComputedStyle(limitCell, '::before').content).to.be.oneOf([
      '"Øvre grænse pr. dag for tilskud (EFSA)"',
      'attr(data-label)',
    ]);
    // The semantics stay: explicit roles on the restyled table.
    expect(firstRow.getAttribute('role')).to.equal('row');
    expect(limitCell.getAttribute('role')).to.equal('cell');
  });

  it('between narrow and wide the table scrolls inside its own box, reachable by keyboard', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 700px"><mg-dose-table compare></mg-dose-table></div>`,
    );
    const el = wrapper.querySelector('mg-dose-table')!;
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(700);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!;
    expect(getComputedStyle(bodyRows(el)[0]!).display).to.equal('table-row');
    expect(getComputedStyle(box).overflowX).to.equal('auto');
    expect(box.tabIndex).to.equal(0);
    expect(box.getAttribute('aria-labelledby')).to.equal('caption');
  });

  if (isChromium) {
    it('prints cleanly: no form, the table unclipped', async () => {
      const el = await render(html`<mg-dose-table age-group="18+"></mg-dose-table>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part="picker"]')!).display).to.equal('none');
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part="scroll"]')!).overflowX).to.equal('visible');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('shows its sources and the disclaimer', async () => {
    const el = await render(html`<mg-dose-table age-group="1-3"></mg-dose-table>`);
    const sources = el.shadowRoot!.querySelector('mg-sources')!;
    expect(sources.sourceIds).to.include.members([
      'efsa-2015-magnesium',
      'nnr-2023',
      'fvst-kosttilskud-bilag-b',
      'eu-reg-1169-2011',
    ]);
    expect(text(el.shadowRoot!.querySelector('[part="disclaimer"]'))).to.include('erstatter ikke en samtale med læge');
  });
});
