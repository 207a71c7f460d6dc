// <mg-symptom-checklist>: groups, the always-visible 112 box, levels from the rules, contacts, events, copy, bad input.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/symptom-checklist/define.js';
import type { MgSymptomChecklist } from '../../components/symptom-checklist/symptom-checklist.js';
import { setLocale } from '../../components/localization.js';
import { bodySystemIds, symptomIds } from '../../src/data/symptoms.js';
import { spyOnWarn, type WarnSpy } from '../support/console.js';
import { deepActiveElement, press } from '../support/keyboard.js';
import '../support/fresh-page.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: MgSymptomChecklist) => el.shadowRoot!;
const box = (el: MgSymptomChecklist) => shadow(el).querySelector('[part="emergency-box"]')!;
const alertRegion = (el: MgSymptomChecklist) => shadow(el).querySelector('[part="alert"]')!;
const result = (el: MgSymptomChecklist) => shadow(el).querySelector('[part="result"]')!;
const checkbox = (el: MgSymptomChecklist, id: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`)!;

/** Creates the element with listeners attached before it connects (so the first mg-result is heard). */
async function create(attributes: Record<string, string> = {}, listen: string[] = []) {
  const events: Record<string, CustomEvent[]> = {};
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('mg-symptom-checklist');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const type of listen) {
    events[type] = [];
    el.addEventListener(type, (event) => events[type]!.push(event as CustomEvent));
  }
  wrapper.append(el);
  await el.updateComplete;
  return { el, events };
}

async function tick(el: MgSymptomChecklist, id: string) {
  checkbox(el, id).click();
  await el.updateComplete;
}

describe('<mg-symptom-checklist>', () => {
  let warn: WarnSpy;
  beforeEach(() => {
    warn = spyOnWarn();
  });
  afterEach(async () => {
    warn.restore();
    // The page language first, so "auto" resolves to da rather than racing a pending locale load.
    document.documentElement.removeAttribute('lang');
    await setLocale('auto');
  });

  describe('structure', () => {
    it('a fieldset per body system and one for the signs that are not documented, a labelled checkbox per sign', async () => {
      const { el } = await create();
      const fieldsets = [...shadow(el).querySelectorAll('fieldset')];
      expect(fieldsets).to.have.length(bodySystemIds().length + 1);
      expect(fieldsets.map((set) => text(set.querySelector('legend')))).to.deep.equal([
        'Muskler og nerver',
        'Hjerte, kredsløb og vejrtrækning',
        'Mave og almen tilstand',
        'Nævnes ofte, men er ikke dokumenterede tegn på magnesiummangel',
      ]);
      const undocumented = [...fieldsets.at(-1)!.querySelectorAll<HTMLInputElement>('input')].map(
        (input) => input.value,
      );
      expect(undocumented).to.deep.equal([
        'headache',
        'sleep-problems',
        'restless-legs',
        'irritability',
        'poor-concentration',
      ]);
      const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
      expect(boxes.map((input) => input.value).sort()).to.deep.equal([...symptomIds()].sort());
      for (const input of boxes) {
        expect(text(shadow(el).querySelector(`label[for="${input.id}"]`)), input.value).not.to.equal('');
      }
    });

    it('labels carry the qualifiers the rules assume; "muskelkramper" and "krampeanfald" are kept apart', async () => {
      const { el } = await create();
      const label = (id: string) => text(shadow(el).querySelector(`label[for="${checkbox(el, id).id}"]`));
      expect(label('fainting')).to.include('uden kendt årsag');
      expect(label('vomiting')).to.include('kan ikke holde væske');
      expect(label('confusion')).to.include('Pludselig');
      expect(label('sudden-severe-headache')).to.include('den værste');
      expect(label('stroke-signs')).to.include('den ene side');
      expect(label('tetany')).to.equal('Smertefulde muskelkramper i hænder eller fødder, der ikke slipper');
      expect(label('muscle-cramps')).to.equal('Muskelkramper');
      expect(label('seizure')).to.equal('Krampeanfald');
      expect(label('near-fainting')).to.equal('Du er ved at besvime');
    });

    it('a hint describes the checkbox where it helps', async () => {
      const { el } = await create();
      const input = checkbox(el, 'twitching');
      const hint = shadow(el).getElementById(input.getAttribute('aria-describedby')!);
      expect(text(hint)).to.include('øjenlåget');
    });
  });

  describe('the emergency box', () => {
    for (const selected of ['', 'fatigue', 'chest-pain tetany', 'vomiting']) {
      it(`is shown with all seven emergency signs and the near-fainting combination when ${selected || 'nothing'} is ticked`, async () => {
        const { el } = await create(selected ? { selected } : {});
        expect(text(box(el))).to.match(/^Ring 112 /);
        expect(box(el).querySelectorAll('li')).to.have.length(8);
        expect(text(box(el))).to.include('Smerter eller trykken i brystet');
        expect(text(box(el))).to.include('Krampeanfald');
        expect(text(box(el))).to.include('Du er ved at besvime og har samtidig hjertebanken eller uregelmæssig puls');
        // The number is a tel: link.
        expect(box(el).querySelector('a.tel')!.getAttribute('href')).to.equal('tel:112');
        expect(box(el).checkVisibility?.() ?? true).to.be.true;
      });
    }
  });

  describe('levels and guidance', () => {
    it('nothing ticked: no alert, an invitation, no copy button', async () => {
      const { el } = await create();
      expect(text(alertRegion(el))).to.equal('');
      expect(text(result(el))).to.include('Sæt kryds ved et eller flere tegn');
      expect(shadow(el).querySelector('[part="copy-button"]')).to.equal(null);
    });

    it('self-care: systems, other causes, night cramps, the blood test (P-magnesium, 0,70 mmol/l, when to ask)', async () => {
      const { el } = await create({ selected: 'muscle-cramps fatigue' });
      const shown = text(result(el));
      expect(shown).to.include('Hold øje med');
      // Lower case after the colon: no full sentence follows.
      expect(shown).to.include('kropssystemer: muskler og nerver; mave og almen tilstand.');
      expect(shown).to.include('kan have mange andre årsager end for lidt magnesium');
      expect(shown).to.include('Almindelige lægkramper om natten hos ældre bliver sjældent bedre af magnesium');
      expect(shown).to.include('(den hedder P-magnesium)');
      expect(shown).to.include('syrehæmmende medicin (fx omeprazol) sammen med digoxin eller vanddrivende medicin');
      // 0.7 from data/thresholds.json, formatted in da with two decimals.
      expect(shown).to.include('0,70 mmol/l');
      expect(shown).to.include('En normal værdi udelukker ikke');
      expect(text(alertRegion(el))).to.equal('');
    });

    it('3 signs in 2 body systems stay self-care; the "weigh more" sentence is gone (issue 16)', async () => {
      const { el } = await create({ selected: 'muscle-cramps nausea twitching' });
      expect(text(result(el))).to.include('Hold øje med');
      expect(text(result(el))).to.not.include('vejer tungere');
    });

    it('signs that are not documented never raise the level, and the result says why (issue 16)', async () => {
      const { el } = await create({ selected: 'headache sleep-problems restless-legs' });
      const shown = text(result(el));
      expect(shown).to.include('Du har ikke sat kryds ved dokumenterede tegn på magnesiummangel');
      expect(shown).to.include('De tæller ikke med i rådene');
      expect(shown).to.include('Varer tegnene ved, eller generer de dig, så tal med din egen læge om dem.');
      expect(text(alertRegion(el))).to.equal('');
    });

    it('palpitations alone: usually harmless, see a doctor if they keep coming back — no unticked signs named', async () => {
      const { el } = await create({ selected: 'palpitations' });
      const shown = text(result(el));
      expect(shown).to.include('Hjertebanken er oftest ufarlig. Gå til lægen, hvis den bliver ved med at komme igen');
      expect(shown).to.not.include('bør altid');
      expect(shown).to.not.include('muskelsvaghed');
    });

    it('near-fainting: alone a doctor the same day; with palpitations 112 (issue 16)', async () => {
      const { el } = await create({ selected: 'near-fainting' });
      expect(text(alertRegion(el))).to.match(/^Søg læge i dag/);
      await tick(el, 'palpitations');
      expect(text(alertRegion(el))).to.match(/^Ring 112 nu/);
      expect(text(result(el))).to.include('Er du ved at besvime og har samtidig hjertebanken');
    });

    it('urgent in Denmark: own doctor, lægevagten or 1813, first (announced by the announcer, not re-read)', async () => {
      document.documentElement.lang = 'da-DK';
      const { el } = await create({ selected: 'fatigue tetany' });
      const region = alertRegion(el);
      expect(region.closest('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
      expect(text(region)).to.include('Søg læge i dag: din egen læge, lægevagten eller 1813 i Region Hovedstaden');
      // 1813 and 112 can be called with one tap.
      expect([...region.querySelectorAll('a.tel')].map((a) => a.getAttribute('href'))).to.include('tel:1813');
      expect(text(region)).to.include('Smertefulde muskelkramper i hænder eller fødder');
      expect(text(region)).not.to.include('Træthed');
      // The alert comes first in the result, after its heading.
      expect(result(el).firstElementChild!.nextElementSibling === region, 'alert after the heading').to.equal(true);
    });

    it('emergency: "Ring 112 nu" with the ticked sign, first; then other red flags too', async () => {
      const { el } = await create({ selected: 'palpitations dizziness' });
      expect(text(alertRegion(el))).to.include('Søg læge i dag');
      await tick(el, 'chest-pain');
      const shown = text(alertRegion(el));
      expect(shown).to.match(/^Ring 112 nu/);
      expect(shown).to.include('Smerter eller trykken i brystet');
      expect(shown).to.include('Hjertebanken');
      expect(shown).to.include('Svimmelhed');
      // The doctor-level reasons step back once the level is higher.
      expect(text(result(el))).not.to.include('oftest ufarlig');
      expect(alertRegion(el).querySelector('a.tel')!.getAttribute('href')).to.equal('tel:112');
      expect(text(box(el))).to.match(/^Ring 112 /);
    });

    it('a ticked red flag says what it calls for right beside it', async () => {
      const { el } = await create({ selected: 'tetany' });
      const flag = (id: string) => text(checkbox(el, id).parentElement!.querySelector('[part="flag"]'));
      expect(flag('tetany')).to.match(/^Søg læge i dag/);
      await tick(el, 'confusion');
      expect(flag('confusion')).to.equal('Ring 112 nu');
      // At emergency level the urgent note steps back: one instruction to follow.
      expect(flag('tetany')).to.equal('');
      expect(shadow(el).querySelectorAll('[part="flag"]')).to.have.length(1);
    });

    it('says once that it gives no likelihood of deficiency, and shows the disclaimer', async () => {
      const { el } = await create({ selected: 'fatigue' });
      expect(shadow(el).querySelectorAll('[part="not-likelihood"]')).to.have.length(1);
      expect(text(shadow(el).querySelector('[part="not-likelihood"]'))).to.include('hvor sandsynligt');
      expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.include('erstatter ikke en samtale med læge');
      expect(text(shadow(el))).not.to.match(/\d+ ?%/);
    });

    it('cites the sources behind the ticked signs and the 112 box', async () => {
      const { el } = await create({ selected: 'vomiting' });
      const sources = shadow(el).querySelector('mg-sources')!;
      expect(sources.sourceIds).to.include.members([
        'rm-alarm-112',
        'region-hovedstaden-1813',
        'rn-pri-hypomagnesiaemi',
        'des-nbv-hypomagnesiaemi',
      ]);
    });
  });

  describe('contacts', () => {
    it('Norway (lang=nb): 113 in the box and the alert', async () => {
      document.documentElement.lang = 'nb';
      const { el } = await create({ selected: 'seizure' });
      await waitUntil(() => text(alertRegion(el)).includes('Ring 113 nå'), 'Norwegian alert with 113', {
        timeout: 5000,
      });
      expect(text(box(el))).to.match(/^Ring 113 ved/);
    });

    it('United Kingdom (en-GB): "999 or 112", both numbers tel: links (NHS guidance says 999)', async () => {
      document.documentElement.lang = 'en-GB';
      const { el } = await create({ selected: 'chest-pain' });
      await waitUntil(() => text(box(el)).startsWith('Call 999 or 112'), 'English box with 999 or 112', {
        timeout: 5000,
      });
      expect([...box(el).querySelectorAll('a.tel')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:999',
        'tel:112',
      ]);
      expect(text(alertRegion(el))).to.include('999 or 112');
    });

    it('Austria (de-AT): "144 oder 112" (Rettung first)', async () => {
      document.documentElement.lang = 'de-AT';
      const { el } = await create({ selected: 'chest-pain' });
      await waitUntil(() => text(box(el)).includes('144 oder 112'), 'German box with 144 oder 112', { timeout: 5000 });
      expect(box(el).querySelector('a.tel')!.getAttribute('href')).to.equal('tel:144');
    });

    it('follows a lang change that keeps the locale (sv → sv-FI: 1177 → 116 117)', async () => {
      document.documentElement.lang = 'sv';
      const { el } = await create({ selected: 'vomiting' });
      await waitUntil(() => text(alertRegion(el)).includes('ring 1177'), 'Sweden: 1177', { timeout: 5000 });
      document.documentElement.lang = 'sv-FI';
      await waitUntil(() => text(alertRegion(el)).includes('ring 116 117'), 'Finland: 116 117', { timeout: 5000 });
    });

    it('a page without a country (lang=en) says "or your local emergency number"', async () => {
      document.documentElement.lang = 'en';
      const { el } = await create();
      await waitUntil(() => text(box(el)).includes('or your local emergency number'), 'English, no country', {
        timeout: 5000,
      });
    });

    it('emergency-number and urgent-contact override the defaults; the contact renders as text', async () => {
      document.documentElement.lang = 'da-DK';
      const { el } = await create({
        selected: 'vomiting chest-pain',
        'emergency-number': '1 1 2',
        'urgent-contact': 'Apoteket & lægevagten',
      });
      expect(text(box(el))).to.match(/^Ring 1 1 2 ved/);
      el.selected = ['vomiting'];
      await el.updateComplete;
      expect(text(alertRegion(el))).to.include('Søg læge i dag: Apoteket & lægevagten');
      expect(warn.ours()).to.deep.equal([]);
    });
  });

  describe('public API and events', () => {
    it('mg-result fires for the preset, with ids only', async () => {
      const { events } = await create({ selected: 'tetany fatigue' }, ['mg-result', 'mg-change']);
      expect(events['mg-result']).to.have.length(1);
      expect(events['mg-result']![0]!.detail).to.deep.equal({
        selected: ['tetany', 'fatigue'],
        systems: ['muscles-nerves', 'stomach-general'],
        redFlags: ['tetany'],
        undocumented: [],
        level: 'urgent',
      });
      expect(events['mg-change']).to.have.length(0);
    });

    it('no mg-result for an empty start; mg-change then mg-result when the reader ticks', async () => {
      const { el, events } = await create({}, ['mg-result', 'mg-change']);
      expect(events['mg-result']).to.have.length(0);
      const change = oneEvent(el, 'mg-change');
      checkbox(el, 'chest-pain').click();
      const event = await change;
      expect(event.detail).to.deep.equal({ selected: ['chest-pain'] });
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(events['mg-result']!.at(-1)!.detail).to.deep.include({ level: 'emergency', redFlags: ['chest-pain'] });
    });

    it('the reader’s ticks are readable from .selected and never written to the attribute', async () => {
      const { el } = await create({ selected: 'fatigue' });
      await tick(el, 'muscle-cramps');
      expect(el.selected).to.deep.equal(['muscle-cramps', 'fatigue']);
      expect(el.getAttribute('selected')).to.equal('fatigue');
      await tick(el, 'fatigue');
      expect(el.selected).to.deep.equal(['muscle-cramps']);
    });

    it('setting .selected ticks the boxes and fires mg-result (not mg-change)', async () => {
      const { el, events } = await create({}, ['mg-result', 'mg-change']);
      el.selected = ['confusion', 'nausea'];
      await el.updateComplete;
      expect(checkbox(el, 'confusion').checked).to.be.true;
      expect(checkbox(el, 'nausea').checked).to.be.true;
      // Dataset order (the emergency signs come first), whatever order the script gave.
      expect(el.selected).to.deep.equal(['confusion', 'nausea']);
      expect(events['mg-result']!.at(-1)!.detail).to.deep.include({ level: 'emergency' });
      expect(events['mg-change']).to.have.length(0);
    });

    it('a list with unknown ids keeps the valid ones and warns once', async () => {
      const { el } = await create({ selected: 'fatigue nope <b>x</b>' });
      expect(el.selected).to.deep.equal(['fatigue']);
      expect(warn.ours()).to.have.length(1);
      expect(warn.ours()[0]).to.include(' selected: ');
      expect(shadow(el).querySelector('b')).to.equal(null);
    });

    it('a bad .selected keeps the current ticks; a good one clears the message', async () => {
      const { el } = await create({ selected: 'fatigue' });
      (el as unknown as { selected: unknown }).selected = 'fatigue tetany';
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['fatigue']);
      expect(el.invalidInputs.map((problem) => problem.name)).to.deep.equal(['selected']);
      el.selected = ['tetany'];
      await el.updateComplete;
      expect(el.invalidInputs).to.deep.equal([]);
    });

    it('bad emergency-number and urgent-contact fall back to the country defaults', async () => {
      document.documentElement.lang = 'da';
      const { el } = await create({
        selected: 'tetany',
        'emergency-number': '+45 112',
        'urgent-contact': '<b>ring</b>',
      });
      expect(warn.ours()).to.have.length(2);
      expect(text(box(el))).to.match(/^Ring 112 ved/);
      expect(text(alertRegion(el))).to.include('1813 i Region Hovedstaden');
      expect(shadow(el).querySelector('b')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the emergency number (a tel: link), then the first checkbox; the space bar ticks it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button></div>`);
      const el = document.createElement('mg-symptom-checklist');
      wrapper.append(el);
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await press('Tab');
      // Compared by attribute: a failing chai equality on two elements formats their whole object graphs.
      expect(deepActiveElement()?.getAttribute('href')).to.equal('tel:112');
      await press('Tab');
      expect(deepActiveElement() === checkbox(el, 'muscle-cramps'), 'first checkbox focused').to.be.true;
      // ' ' rather than 'Space': Firefox's WebDriver BiDi keyboard knows only the character.
      await press(' ');
      await el.updateComplete;
      expect(checkbox(el, 'muscle-cramps').checked).to.be.true;
      expect(el.selected).to.deep.equal(['muscle-cramps']);
      expect(text(result(el))).to.include('Hold øje med');
    });
  });

  describe('copy as text', () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    });

    it('writes a plain-text summary with the ticked signs and the guidance, and announces "Kopieret"', async () => {
      let written = '';
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void (written = value) },
      });
      const { el } = await create({ selected: 'muscle-cramps tetany' });
      shadow(el).querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await waitUntil(() => text(shadow(el).querySelector('[role="status"]')) === 'Kopieret', 'announced', {
        timeout: 5000,
      });
      expect(written).to.include('- Muskelkramper\n- Smertefulde muskelkramper');
      expect(written).to.include('Søg læge i dag');
      expect(written).to.include('P-magnesium');
      expect(written).to.include('hvor sandsynligt');
      expect(written).not.to.match(/<[a-z]/);
    });

    it('without the clipboard API it selects a read-only text area and never throws', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const { el } = await create({ selected: 'fatigue' });
      shadow(el).querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await waitUntil(() => shadow(el).querySelector('textarea'), 'fallback text area', { timeout: 5000 });
      const area = shadow(el).querySelector('textarea')!;
      expect(area.readOnly).to.be.true;
      expect(area.value).to.include('- Træthed og mangel på energi');
      expect(shadow(el).querySelector(`label[for="${area.id}"]`)).to.exist;
      await waitUntil(() => text(shadow(el).querySelector('[role="status"]')) !== '', 'announced', { timeout: 5000 });
      expect(text(shadow(el).querySelector('[role="status"]'))).to.match(/^(Kopieret|Teksten er markeret)/);
    });

    it('a rejected clipboard write falls back too', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const { el } = await create({ selected: 'fatigue' });
      shadow(el).querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await waitUntil(() => shadow(el).querySelector('textarea'), 'fallback text area', { timeout: 5000 });
    });
  });

  describe('locales', () => {
    it('English labels and guidance', async () => {
      await setLocale('en');
      const { el } = await create({ selected: 'muscle-cramps tetany' });
      await waitUntil(() => text(box(el)).includes('for any of these'), 'English box', { timeout: 5000 });
      expect(text(alertRegion(el))).to.include('See a doctor today');
      expect(text(shadow(el).querySelector('legend'))).to.equal('Muscles and nerves');
    });
  });
});
