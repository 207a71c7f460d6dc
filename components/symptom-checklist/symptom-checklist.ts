// <mg-symptom-checklist>: tick symptoms by body system; see the public guidance that belongs to them.
import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/symptom-checklist.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { formatMmolPerL } from '../base/format.js';
import { getLocale, pageLanguageTag } from '../localization.js';
import { symptomChecklistStyles } from './symptom-checklist.styles.js';
import { assessSymptoms, bloodTestFacts, emergencySigns, type SymptomAssessment } from '../../src/rules/symptoms.js';
import { bodySystemIds, isSymptomId, symptomsInSystem } from '../../src/data/symptoms.js';
import { parseIdList } from '../../src/checks/parse.js';
import { contactsFor } from '../../src/contacts.js';

/** `mg-change` detail: the ticked symptom ids. */
export interface SymptomChecklistChange {
  selected: string[];
}

/** `mg-result` detail: ids only (health data: handle as such). */
export type SymptomChecklistResult = Pick<SymptomAssessment, 'selected' | 'systems' | 'redFlags' | 'level'>;

/** The events `<mg-symptom-checklist>` fires: `mg-change` with `SymptomChecklistChange`, `mg-result` with `SymptomChecklistResult`. */
export type MgSymptomChecklistEvents = MgEvents<SymptomChecklistChange, SymptomChecklistResult>;

/** Words for ids; a function each so they follow the locale at render time. */
type Words = Readonly<Partial<Record<string, () => string>>>;

const systemNames: Words = {
  'muscles-nerves': () => msg('Muskler og nerver', { id: 'symptoms.system.muscles-nerves' }),
  'heart-circulation': () => msg('Hjerte, kredsløb og vejrtrækning', { id: 'symptoms.system.heart-circulation' }),
  'stomach-general': () => msg('Mave og almen tilstand', { id: 'symptoms.system.stomach-general' }),
  'sleep-mood': () => msg('Søvn, humør og tanker', { id: 'symptoms.system.sleep-mood' }),
};

// Labels carry the qualifier each triage rule assumes (REFERENCE-FACTS 0b).
const labels: Words = {
  'muscle-cramps': () => msg('Muskelkramper', { id: 'symptoms.label.muscle-cramps' }),
  twitching: () => msg('Muskeltrækninger', { id: 'symptoms.label.twitching' }),
  tremor: () => msg('Rysten', { id: 'symptoms.label.tremor' }),
  tingling: () => msg('Prikken, snurren eller følelsesløshed', { id: 'symptoms.label.tingling' }),
  'muscle-weakness': () => msg('Muskelsvaghed', { id: 'symptoms.label.muscle-weakness' }),
  tetany: () =>
    msg('Smertefulde muskelkramper i hænder eller fødder, der ikke slipper', { id: 'symptoms.label.tetany' }),
  seizure: () => msg('Krampeanfald', { id: 'symptoms.label.seizure' }),
  'stroke-signs': () =>
    msg('Pludselig lammelse eller følelsesløshed i den ene side, skæv mund eller sløret tale', {
      id: 'symptoms.label.stroke-signs',
    }),
  headache: () => msg('Hovedpine', { id: 'symptoms.label.headache' }),
  'sudden-severe-headache': () =>
    msg('Pludselig, voldsom hovedpine – den værste, du nogensinde har haft', {
      id: 'symptoms.label.sudden-severe-headache',
    }),
  palpitations: () => msg('Hjertebanken', { id: 'symptoms.label.palpitations' }),
  'irregular-pulse': () => msg('Uregelmæssig puls', { id: 'symptoms.label.irregular-pulse' }),
  'chest-pain': () => msg('Smerter eller trykken i brystet', { id: 'symptoms.label.chest-pain' }),
  fainting: () => msg('Besvimelse uden kendt årsag', { id: 'symptoms.label.fainting' }),
  dizziness: () => msg('Svimmelhed', { id: 'symptoms.label.dizziness' }),
  'breathing-difficulty': () => msg('Svært ved at få vejret', { id: 'symptoms.label.breathing-difficulty' }),
  nausea: () => msg('Kvalme', { id: 'symptoms.label.nausea' }),
  vomiting: () => msg('Opkastninger – du kan ikke holde væske i dig', { id: 'symptoms.label.vomiting' }),
  'poor-appetite': () => msg('Dårlig appetit', { id: 'symptoms.label.poor-appetite' }),
  constipation: () => msg('Forstoppelse', { id: 'symptoms.label.constipation' }),
  fatigue: () => msg('Træthed og mangel på energi', { id: 'symptoms.label.fatigue' }),
  'sleep-problems': () => msg('Søvnproblemer', { id: 'symptoms.label.sleep-problems' }),
  'restless-legs': () => msg('Uro i benene', { id: 'symptoms.label.restless-legs' }),
  irritability: () => msg('Irritabilitet', { id: 'symptoms.label.irritability' }),
  'poor-concentration': () => msg('Koncentrationsbesvær', { id: 'symptoms.label.poor-concentration' }),
  confusion: () => msg('Pludselig forvirring', { id: 'symptoms.label.confusion' }),
};

/** "What this can feel like", only where it helps. */
const hints: Words = {
  'muscle-cramps': () =>
    msg('Pludselige, smertefulde sammentrækninger, fx i læggen om natten, som går over igen', {
      id: 'symptoms.hint.muscle-cramps',
    }),
  twitching: () => msg('Små trækninger, du ikke styrer, fx i øjenlåget', { id: 'symptoms.hint.twitching' }),
  tremor: () => msg('Hænderne ryster, uden at du fryser eller er nervøs', { id: 'symptoms.hint.tremor' }),
  tingling: () => msg('Fx i fingre, tæer eller omkring munden', { id: 'symptoms.hint.tingling' }),
  'muscle-weakness': () =>
    msg('Musklerne føles kraftesløse, fx når du går på trapper', { id: 'symptoms.hint.muscle-weakness' }),
  tetany: () => msg('Fingre eller tæer trækker sig sammen og låser (tetani)', { id: 'symptoms.hint.tetany' }),
  seizure: () =>
    msg('Bevidstløs med rykvise trækninger i hele kroppen – ikke det samme som muskelkramper', {
      id: 'symptoms.hint.seizure',
    }),
  palpitations: () =>
    msg('Hjertet hamrer, slår hurtigt eller springer et slag over', { id: 'symptoms.hint.palpitations' }),
  'irregular-pulse': () =>
    msg('Pulsen slår ujævnt, når du mærker efter på håndleddet', { id: 'symptoms.hint.irregular-pulse' }),
  'restless-legs': () =>
    msg('Trang til at bevæge benene, især om aftenen og natten', { id: 'symptoms.hint.restless-legs' }),
  confusion: () =>
    msg('Ved ikke, hvor man er, eller taler usammenhængende – ofte er det de nærmeste, der opdager det', {
      id: 'symptoms.hint.confusion',
    }),
};

const redFlagsIntro = () => msg('Det gælder disse tegn, du har sat kryds ved:', { id: 'symptoms.alert.ticked' });

const emergencyTitle = (number: string) => msg(str`Ring ${number} nu`, { id: 'symptoms.level.emergency' });
const urgentTitle = (contact: string) => msg(str`Søg læge i dag: ${contact}`, { id: 'symptoms.level.urgent' });

const wordFor = (words: Words, id: string): string => words[id]?.() ?? id;

const DIGITS_AND_SPACES = /^\d[\d ]*$/;
const maxContactLength = 80;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * A symptom checklist grouped by body system. It shows the general public guidance that belongs to
 * the ticked signs — above all which signs always need help now — and never a likelihood of deficiency.
 *
 * @tagname mg-symptom-checklist
 * @summary Tick symptoms by body system; see the level (112 now, doctor today, own doctor, keep an eye), why and next steps.
 *
 * @attr selected - Preset: space-separated symptom ids from the dataset, e.g. `muscle-cramps fatigue`. Unknown ids are reported and left out. The reader's ticks are never written back.
 * @attr emergency-number - Overrides the emergency number of the page's country (112; 113 in Norway). Digits and spaces only.
 * @attr urgent-contact - Overrides the same-day contact of the page's country (e.g. `Lægevagten 1813`). Short plain text (at most 80 characters, no `<` or `>`), shown as text.
 *
 * @fires {MgChangeEvent<SymptomChecklistChange>} mg-change - The reader ticked or unticked a sign. `detail: { selected: string[] }`.
 * @fires {MgResultEvent<SymptomChecklistResult>} mg-result - The shown result changed, including the first one from a preset. `detail: { selected: string[], systems: string[], redFlags: string[], level: 'emergency' | 'urgent' | 'doctor' | 'self-care' | 'none' }`.
 *
 * @csspart emergency-box - The always-visible "Ring 112 ved …" box listing the emergency signs.
 * @csspart intro - The instruction above the checklist.
 * @csspart groups - The wrapper around the body-system groups.
 * @csspart group - One body system: a fieldset.
 * @csspart legend - The body system's name.
 * @csspart option - One checkbox with its label and hint.
 * @csspart hint - "What this can feel like" under a label.
 * @csspart flag - Beside a ticked emergency or urgent sign: "Ring 112 nu" or "Søg læge i dag: …".
 * @csspart result - The result section.
 * @csspart alert - The emergency or urgent guidance for ticked red flags (assertive live region).
 * @csspart level - The level heading line of the result.
 * @csspart copy-button - The "Copy as text" button.
 * @csspart copy-text - The read-only text area shown when the clipboard is not available.
 * @csspart not-likelihood - The line saying the list gives no likelihood of deficiency.
 * @csspart disclaimer - The line saying the widget informs and does not diagnose.
 * @csspart sources - The `<mg-sources>` citation list.
 * @csspart input-problem - The message shown for rejected attribute values.
 *
 * @cssprop --mg-symptom-checklist-group-min-width - Narrowest width of a body-system column before the groups wrap (default 16rem).
 * @cssprop --mg-danger - Emergency box and emergency alert accent.
 * @cssprop --mg-warning - Urgent alert accent and rejected-input message border.
 * @cssprop --mg-accent - Checkbox and button accent.
 * @cssprop --mg-border-color - Borders of groups and the result.
 * @cssprop --mg-surface - Background of the boxes (transparent by default, mixed from the text colour).
 * @cssprop --mg-radius - Corner radius.
 * @cssprop --mg-gap - Space between blocks.
 * @cssprop --mg-focus-color - Focus outline colour.
 */
export class MgSymptomChecklist extends MgElement<MgSymptomChecklistEvents> {
  static override properties = {
    // `selected` is a preset from the attribute and a read/write array property; see the accessor below.
    selected: {
      attribute: 'selected',
      noAccessor: true,
      converter: { fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean) },
    },
    emergencyNumber: { attribute: 'emergency-number' },
    urgentContact: { attribute: 'urgent-contact' },
  };
  static override styles = [tokens, symptomChecklistStyles];
  static override messages = ownMessages;

  /** Server-rendered DOM is kept only where the server's contacts are this page's (MgElement.renderStamp). */
  static override renderStamp(): string {
    const contacts = { ...contactsFor(pageLanguageTag() || getLocale()), country: undefined };
    return `${super.renderStamp()} ${JSON.stringify(contacts)}`;
  }

  /** Overrides the emergency number (digits and spaces); `null` uses the page country's. */
  declare emergencyNumber: string | null;
  /** Overrides the same-day contact (short plain text); `null` uses the page country's. */
  declare urgentContact: string | null;
  /** The copy button's announcement; set with `requestUpdate()` (internal state, no attribute). */
  private copyStatus: 'copied' | 'select' | null = null;
  /** The text shown in the fallback text area when the clipboard API is missing or refused. */
  private fallbackText: string | null = null;

  private ticked: string[] = [];
  private assessment: SymptomAssessment = assessSymptoms([]);
  private lastResultKey = JSON.stringify(this.resultDetail());
  private effectiveNumber: string | null = null;
  private effectiveContact: string | null = null;
  private langObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.emergencyNumber = null;
    this.urgentContact = null;
  }

  /**
   * The ticked symptom ids (dataset order). Set an array of ids to tick them; unknown ids are reported and left
   * out (also checked at run time: scripts are not type-checked).
   */
  get selected(): string[] {
    return [...this.ticked];
  }

  set selected(value: readonly string[] | null) {
    const old = this.ticked;
    if (value === null || value === undefined) {
      this.ticked = [];
      this.clearInvalid('selected');
    } else {
      // The attribute arrives as an array too (see the converter); a script must pass an array.
      const { valid, invalid } = Array.isArray(value)
        ? parseIdList(value, isSymptomId)
        : { valid: this.ticked, invalid: [value] };
      this.ticked = assessSymptoms(valid).selected;
      if (invalid.length > 0) {
        this.reportInvalid(
          'selected',
          Array.isArray(value) ? invalid.join(' ') : value,
          'space-separated symptom ids from the dataset (data/symptoms.json); the property takes an array of them',
          msg('symptom-id’er fra datasættet, adskilt af mellemrum', { id: 'symptoms.accepted-ids' }),
        );
      } else {
        this.clearInvalid('selected');
      }
    }
    this.requestUpdate('selected', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Contacts follow the page's country, which can change without the widget locale changing (sv → sv-FI).
    this.langObserver ??= new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected' as keyof MgSymptomChecklist)) {
      this.assessment = assessSymptoms(this.ticked);
    }
    if (changed.has('emergencyNumber')) {
      const value = this.emergencyNumber;
      const valid = typeof value === 'string' && DIGITS_AND_SPACES.test(value.trim());
      this.effectiveNumber = valid ? value.trim().replace(/ +/g, ' ') : null;
      if (value === null || value === undefined || valid) this.clearInvalid('emergency-number');
      else
        this.reportInvalid(
          'emergency-number',
          value,
          'digits and spaces only, e.g. 112',
          msg('kun cifre og mellemrum, fx 112', { id: 'symptoms.accepted-number' }),
        );
    }
    if (changed.has('urgentContact')) {
      const value = this.urgentContact;
      const text = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
      const valid = text !== '' && text.length <= maxContactLength && !/[<>]/.test(text);
      this.effectiveContact = valid ? text : null;
      if (value === null || value === undefined || valid) this.clearInvalid('urgent-contact');
      else
        this.reportInvalid(
          'urgent-contact',
          value,
          `short plain text (1-${maxContactLength} characters, no < or >)`,
          msg(str`kort tekst på højst ${maxContactLength} tegn uden < og >`, { id: 'symptoms.accepted-contact' }),
        );
    }
  }

  protected override updated(): void {
    const detail = this.resultDetail();
    const key = JSON.stringify(detail);
    if (key !== this.lastResultKey) {
      this.lastResultKey = key;
      this.emit('mg-result', detail);
    }
  }

  private resultDetail(): SymptomChecklistResult {
    const { selected, systems, redFlags, level } = this.assessment;
    return { selected: [...selected], systems: [...systems], redFlags: [...redFlags], level };
  }

  private onToggle = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.ticked);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    // Dataset order, so the same ticks always give the same list.
    const selected = assessSymptoms([...next]).selected;
    if (sameIds(selected, this.ticked)) return;
    const old = this.ticked;
    this.ticked = selected;
    this.fallbackText = null;
    this.copyStatus = null;
    this.requestUpdate('selected', old);
    this.emit('mg-change', { selected: [...selected] });
  };

  /** Emergency number and same-day contact: the site's override, else the page country's. */
  private contacts() {
    const page = contactsFor(pageLanguageTag() || getLocale());
    const number = this.effectiveNumber ?? page.emergencyNumber;
    const known = this.effectiveNumber !== null || page.emergencyNumberKnown;
    let urgent: string;
    if (this.effectiveContact !== null) urgent = this.effectiveContact;
    else if (page.urgent === 'dk-doctor-or-1813')
      urgent = msg('egen læge, lægevagten eller 1813 i Region Hovedstaden', { id: 'symptoms.urgent.dk' });
    else if (page.urgent === 'number' && page.urgentNumber)
      urgent = msg(str`ring ${page.urgentNumber}`, { id: 'symptoms.urgent.number' });
    else urgent = msg('din egen læge eller den lokale lægevagt', { id: 'symptoms.urgent.local' });
    return { number, known, urgent };
  }

  /** The guidance for the current selection as plain sentences: rendered, and copied as text. */
  private guidance() {
    const a = this.assessment;
    const { number, urgent } = this.contacts();
    const alert: string[] = [];
    let title: string;
    if (a.level === 'emergency') {
      title = emergencyTitle(number);
      alert.push(msg('Vent ikke på, at det går over af sig selv.', { id: 'symptoms.alert.emergency' }));
    } else if (a.level === 'urgent') {
      title = urgentTitle(urgent);
    } else if (a.level === 'doctor') {
      title = msg('Tal med din egen læge', { id: 'symptoms.level.doctor' });
    } else if (a.level === 'self-care') {
      title = msg('Hold øje med, hvordan det udvikler sig', { id: 'symptoms.level.self-care' });
    } else {
      title = msg('Sæt kryds ved et eller flere tegn for at se de almindelige råd, der hører til.', {
        id: 'symptoms.level.none',
      });
    }
    // Labels stay as written (German nouns keep their capitals), so they are listed, not run into a sentence.
    const flags = a.redFlags.map((id) => wordFor(labels, id));
    const why: string[] = [];
    const next: string[] = [];
    if (a.level !== 'none') {
      // Joined with semicolons: the system names contain "og" themselves.
      const systems = a.systems.map((id) => wordFor(systemNames, id)).join('; ');
      why.push(msg(str`Tegnene hører til disse kropssystemer: ${systems}.`, { id: 'symptoms.why.systems' }));
    }
    if (a.ruleIds.includes('urgent-dizziness-with-heart-signs')) {
      why.push(
        msg('Svimmelhed sammen med hjertebanken eller uregelmæssig puls skal en læge se på samme dag.', {
          id: 'symptoms.why.dizziness-with-heart-signs',
        }),
      );
    }
    // Above the doctor level the urgent or emergency guidance says what matters; these would only add noise.
    if (a.level === 'doctor' && a.ruleIds.includes('doctor-heart-or-weakness')) {
      why.push(
        msg('Hjertebanken, uregelmæssig puls og muskelsvaghed bør altid undersøges af en læge.', {
          id: 'symptoms.why.heart-or-weakness',
        }),
      );
    }
    if (a.level === 'doctor' && a.ruleIds.includes('doctor-several-systems')) {
      why.push(
        msg(
          str`Du har sat kryds ved ${a.selected.length} tegn fra ${a.systems.length} kropssystemer. Flere tegn på tværs af kropssystemer vejer tungere end ét tegn alene.`,
          { id: 'symptoms.why.several-systems' },
        ),
      );
    }
    if (a.level === 'self-care' || a.level === 'doctor') {
      why.push(
        msg('De fleste af tegnene er uspecifikke: de kan have mange andre årsager end for lidt magnesium.', {
          id: 'symptoms.why.unspecific',
        }),
      );
    }
    if (a.level === 'self-care') {
      next.push(
        msg('Gå til din egen læge, hvis tegnene varer ved, kommer igen eller bliver værre.', {
          id: 'symptoms.next.self-care',
        }),
      );
    } else if (a.level === 'doctor') {
      next.push(
        msg('Bestil tid hos din egen læge, og fortæl om alle de tegn, du har sat kryds ved.', {
          id: 'symptoms.next.doctor',
        }),
      );
    }
    if (a.level === 'self-care' || a.level === 'doctor' || a.level === 'urgent') {
      const low = formatMmolPerL(bloodTestFacts().lowBelowMmolPerL);
      next.push(
        msg(
          str`Lægen kan måle magnesium i en blodprøve (P-magnesium). En værdi under ${low} er for lav. En normal værdi udelukker ikke, at kroppens lagre er lave, for blodet rummer kun en lille del af kroppens magnesium.`,
          { id: 'symptoms.next.blood-test' },
        ),
      );
      next.push(
        msg(
          'Indtil da: skriv ned, hvornår tegnene kommer, og tag listen med til lægen. Tal med lægen eller apoteket, før du tager magnesiumtilskud, især hvis du har nedsat nyrefunktion eller tager medicin.',
          { id: 'symptoms.next.meanwhile' },
        ),
      );
      next.push(
        msg(str`Får du et af tegnene på ${number}-listen, så ring ${number} med det samme.`, {
          id: 'symptoms.next.watch',
        }),
      );
    }
    return { alert, flags, title, why, next };
  }

  /** The plain-text summary the reader can take to the doctor. */
  private plainText(): string {
    const { alert, flags, title, why, next } = this.guidance();
    const lines = [
      msg('Symptomer, jeg har sat kryds ved:', { id: 'symptoms.copy.ticked' }),
      ...this.assessment.selected.map((id) => `- ${wordFor(labels, id)}`),
      '',
      msg('Almindelige råd:', { id: 'symptoms.copy.guidance' }),
      title,
      ...alert,
      ...(flags.length > 0 ? [redFlagsIntro(), ...flags.map((label) => `- ${label}`)] : []),
      ...why,
      ...next,
      '',
      msg('Listen siger ikke, hvor sandsynligt det er, at du mangler magnesium.', { id: 'symptoms.not-likelihood' }),
      disclaimer(),
    ];
    return lines.join('\n');
  }

  private copy = async (): Promise<void> => {
    try {
      const text = this.plainText();
      let copied = false;
      try {
        // Missing in insecure contexts and older engines.
        const clipboard = navigator.clipboard as Partial<Clipboard> | undefined;
        if (clipboard?.writeText) {
          await clipboard.writeText(text);
          copied = true;
        }
      } catch {
        // Permission denied or not focused: fall back to a text area the reader copies from.
      }
      if (!copied) {
        this.fallbackText = text;
        this.requestUpdate();
        await this.updateComplete;
        const area = this.renderRoot.querySelector('textarea');
        area?.focus();
        area?.select();
        try {
          // Deprecated, but the only copy path left where the async clipboard is missing.
          copied = document.execCommand('copy');
        } catch {
          copied = false;
        }
      }
      this.copyStatus = copied ? 'copied' : 'select';
      this.requestUpdate();
    } catch (error) {
      console.error('[magnesium-widgets] <mg-symptom-checklist> could not prepare the text', error);
    }
  };

  /** `note`: what a ticked red flag calls for, shown beside it (the full guidance is in the result). */
  private renderOption(id: string, note: string | null) {
    const hint = hints[id];
    const ticked = this.ticked.includes(id);
    return html`<div class="option" part="option">
      <input
        type="checkbox"
        id="symptom-${id}"
        value=${id}
        .checked=${ticked}
        aria-describedby=${hint ? `hint-${id}` : nothing}
        @change=${this.onToggle}
      />
      <label for="symptom-${id}">${wordFor(labels, id)}</label>
      ${hint ? html`<span class="hint" part="hint" id="hint-${id}">${hint()}</span>` : nothing}
      ${note === null ? nothing : html`<strong class="flag" part="flag">${note}</strong>`}
    </div>`;
  }

  private renderResult() {
    const a = this.assessment;
    const { alert, flags, title, why, next } = this.guidance();
    const red = a.level === 'emergency' || a.level === 'urgent';
    return html`<section class="result" part="result" aria-label=${msg('Resultat', { id: 'symptoms.result-label' })}>
      <div class="alert ${red ? `alert-${a.level}` : ''}" part="alert" aria-live="assertive">
        ${
          red
            ? html`<p class="level"><strong>${title}</strong></p>
                ${alert.map((line) => html`<p>${line}</p>`)}
                <p>${redFlagsIntro()}</p>
                <ul>
                  ${flags.map((label) => html`<li>${label}</li>`)}
                </ul>`
            : nothing
        }
      </div>
      <div aria-live="polite">
        ${red ? nothing : html`<p class="level" part="level"><strong>${title}</strong></p>`}
        ${why.map((line) => html`<p>${line}</p>`)}
        ${
          next.length > 0
            ? html`<p class="next-heading">
                  <strong>${msg('Det kan du gøre', { id: 'symptoms.next-heading' })}</strong>
                </p>
                <ul>
                  ${next.map((line) => html`<li>${line}</li>`)}
                </ul>`
            : nothing
        }
      </div>
      <p class="not-likelihood" part="not-likelihood">
        ${msg('Listen siger ikke, hvor sandsynligt det er, at du mangler magnesium.', { id: 'symptoms.not-likelihood' })}
      </p>
      ${
        a.level === 'none'
          ? nothing
          : html`<div class="copy">
              <button type="button" part="copy-button" @click=${this.copy}>
                ${msg('Kopiér som tekst', { id: 'symptoms.copy.button' })}
              </button>
              <span role="status"
                >${
                  this.copyStatus === 'copied'
                    ? msg('Kopieret', { id: 'symptoms.copy.done' })
                    : this.copyStatus === 'select'
                      ? msg('Teksten er markeret. Kopiér den med Ctrl+C (⌘+C på Mac).', { id: 'symptoms.copy.select' })
                      : nothing
                }</span
              >
              ${
                this.fallbackText === null
                  ? nothing
                  : html`<label class="copy-label" for="copy-text"
                        >${msg('Tekst til lægen', { id: 'symptoms.copy.text-label' })}</label
                      ><textarea
                        id="copy-text"
                        part="copy-text"
                        readonly
                        rows="8"
                        .value=${this.fallbackText}
                      ></textarea>`
              }
            </div>`
      }
    </section>`;
  }

  protected override render() {
    const { number, known, urgent } = this.contacts();
    const emergency = emergencySigns();
    const note = (id: string) =>
      !this.assessment.redFlags.includes(id)
        ? null
        : emergency.symptomIds.includes(id)
          ? emergencyTitle(number)
          : // An urgent sign beside an emergency one: the emergency guidance is the one to follow.
            this.assessment.level === 'urgent'
            ? urgentTitle(urgent)
            : null;
    const sourceIds = [
      ...new Set([
        ...emergency.sourceIds,
        ...this.assessment.sourceIds,
        ...(['self-care', 'doctor', 'urgent'].includes(this.assessment.level) ? bloodTestFacts().sourceIds : []),
      ]),
    ];
    return html`${this.renderInputProblems()}
      <div class="emergency" part="emergency-box">
        <p>
          <strong
            >${
              known
                ? msg(str`Ring ${number} ved:`, { id: 'symptoms.emergency.title' })
                : msg(str`Ring ${number} eller det lokale alarmnummer ved:`, {
                    id: 'symptoms.emergency.title-unknown',
                  })
            }</strong
          >
        </p>
        <ul>
          ${emergency.symptomIds.map((id) => html`<li>${wordFor(labels, id)}</li>`)}
        </ul>
      </div>
      <p class="intro" part="intro">
        ${msg('Sæt kryds ved det, du mærker. Rådene nedenfor følger med, mens du sætter kryds.', {
          id: 'symptoms.intro',
        })}
      </p>
      <div class="groups" part="groups">
        ${bodySystemIds().map(
          (system) =>
            html`<fieldset part="group">
              <legend part="legend">${wordFor(systemNames, system)}</legend>
              ${symptomsInSystem(system).map((id) => this.renderOption(id, note(id)))}
            </fieldset>`,
        )}
      </div>
      ${this.renderResult()}
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>
      <mg-sources part="sources" .sourceIds=${sourceIds}></mg-sources>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-symptom-checklist': MgSymptomChecklist;
  }
}
