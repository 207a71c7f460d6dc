// <mg-symptom-checklist>: tick symptoms by body system; see the public guidance that belongs to them.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { MgElement } from '../base/mg-element.js';
import type { MgEvents } from '../base/events.js';
import { messages as ownMessages } from '../locales/parts/symptom-checklist.js';
import { tokens } from '../base/tokens.styles.js';
import { disclaimer } from '../base/messages.js';
import { emergencyNumberWords } from '../base/words.js';
import { CopyController } from '../base/copy-controller.js';
import { PageContactsController } from '../base/page-contacts.js';
import { Announcer } from '../base/announcer.js';
import { SummaryBar } from './summary-bar.js';
import { msg } from '@lit/localize';
import { symptomChecklistStyles } from './symptom-checklist.styles.js';
import {
  emergencyAlert,
  emergencyTitle,
  intro,
  labels,
  levelTitle,
  nextLine,
  systemNames,
  undocumentedLegend,
  urgentContactWords,
  urgentTitle,
  whyLine,
} from './symptom-checklist.words.js';
import {
  plainText,
  renderEmergencyBox,
  renderOption,
  renderResult,
  type Guidance,
} from './symptom-checklist.templates.js';
import { assessSymptoms, emergencySigns, type SymptomAssessment } from '../../src/rules/symptom-checklist.js';
import { bodySystemIds, symptomsInSystem, undocumentedSymptomIds } from '../../src/data/symptoms.js';
import {
  emergencyNumberInput,
  selectedInput,
  symptomChecklistInputs,
  urgentContactInput,
} from '../../src/checks/symptom-checklist-inputs.js';

/** `mg-change` detail: the ticked symptom ids. */
export interface SymptomChecklistChange {
  selected: string[];
}

/** `mg-result` detail: ids only (health data: handle as such). */
export type SymptomChecklistResult = Pick<
  SymptomAssessment,
  'selected' | 'systems' | 'redFlags' | 'undocumented' | 'level'
>;

/** The events `<mg-symptom-checklist>` fires: `mg-change` with `SymptomChecklistChange`, `mg-result` with `SymptomChecklistResult`. */
export type MgSymptomChecklistEvents = MgEvents<SymptomChecklistChange, SymptomChecklistResult>;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * A symptom checklist grouped by body system. It shows the general public guidance that belongs to
 * the ticked signs — above all which signs always need help now — and never a likelihood of deficiency.
 *
 * @tagname mg-symptom-checklist
 * @summary Tick symptoms by body system; see the level (112 now, doctor today, own doctor, keep an eye), why and next steps.
 *
 * @attr selected - Preset: space-separated symptom ids from the dataset, e.g. `muscle-cramps fatigue`. Unknown ids are reported and left out. The reader's ticks are never written back. A script (or React/Vue) sets the property to an array of ids.
 * @attr emergency-number - Overrides the emergency number of the page's country (112; 113 in Norway; "999 or 112" in the UK; "144 or 112" in Austria) with one number. Digits and spaces only.
 * @attr urgent-contact - Overrides the same-day contact of the page's country (e.g. `Lægevagten 1813`). Short plain text (at most 80 characters, no `<` or `>`), shown as text.
 * @attr heading-level - Heading level (2–6) of the result's heading, to fit the page's outline. Default 2.
 *
 * @fires {MgChangeEvent<SymptomChecklistChange>} mg-change - The reader ticked or unticked a sign. `detail: { selected: string[] }`.
 * @fires {MgResultEvent<SymptomChecklistResult>} mg-result - The shown result changed, including the first one from a preset. `detail: { selected: string[], systems: string[], redFlags: string[], undocumented: string[], level: 'emergency' | 'urgent' | 'doctor' | 'self-care' | 'none' }` (`undocumented`: ticked signs that are often mentioned but not documented; they never raise the level).
 *
 * @csspart emergency-box - The always-visible "Ring 112 ved …" box listing the emergency signs (numbers are `tel:` links).
 * @csspart intro - The instruction above the checklist.
 * @csspart groups - The wrapper around the body-system groups.
 * @csspart group - One body system: a fieldset (also the group of signs that are often mentioned but not documented).
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
 * @csspart heading - The widget's heading(s) (`role="heading"`, level from `heading-level`).
 * @csspart announcer - The hidden polite live region (what a screen reader is told once input settles).
 * @csspart summary-bar - The compact level bar at the bottom of the screen after the reader's first tick.
 * @csspart summary-button - "Se rådene" in that bar.
 *
 * @cssprop --mg-symptom-checklist-group-min-width - Narrowest width of a body-system column before the groups wrap (default 16rem).
 * @cssprop --mg-danger - Emergency box and emergency alert accent.
 * @cssprop --mg-warning - Urgent alert accent and rejected-input message border.
 * @cssprop --mg-accent - Checkbox ticks, the copy button's fill, focus ring (default: blue mixed with the text colour).
 * @cssprop --mg-on-accent - Text on the accent-filled copy button (default: white or black, whichever contrasts more).
 * @cssprop --mg-border-color - Borders of groups and the result.
 * @cssprop --mg-surface - Background of the boxes (transparent by default, mixed from the text colour).
 * @cssprop --mg-radius - Corner radius.
 * @cssprop --mg-gap - Space between blocks.
 * @cssprop --mg-focus-color - Focus outline colour.
 */
export class MgSymptomChecklist extends MgElement<MgSymptomChecklistEvents> {
  static override properties = {
    headingLevel: { attribute: 'heading-level' },
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
  static override inputs = symptomChecklistInputs;
  /** Heading level 2–6 of the result's heading (attribute `heading-level`), to fit the page's outline; anything else is reported and 2 is used. */
  headingLevel: number | string | null = null;

  /** Overrides the emergency number (digits and spaces); `null` uses the page country's. */
  emergencyNumber: string | null = null;
  /** Overrides the same-day contact (short plain text); `null` uses the page country's. */
  urgentContact: string | null = null;

  #ticked: string[] = [];
  #assessment: SymptomAssessment = assessSymptoms([]);
  #lastResultKey = JSON.stringify(this.#resultDetail());
  protected static override showsContacts = true;
  readonly #page = new PageContactsController(this);
  readonly #announcer = new Announcer(this);
  readonly #summaryBar = new SummaryBar(this, () => this.renderRoot.querySelector('[part="result"]'));
  readonly #copy = new CopyController(this, () => this.renderRoot.querySelector('textarea'));

  /**
   * The ticked symptom ids (dataset order). Set an array of ids to tick them; unknown ids are reported and left
   * out (also checked at run time: scripts are not type-checked).
   */
  get selected(): string[] {
    return [...this.#ticked];
  }

  set selected(value: readonly string[] | null) {
    const old = this.#ticked;
    const ids = this.checkInput(selectedInput, value);
    // Not an array at all: reported, and the reader's ticks stay (a list with unknown ids keeps its known ones).
    if (value !== null && value !== undefined && !Array.isArray(value)) return;
    this.#ticked = assessSymptoms(ids).selected;
    this.requestUpdate('selected', old);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected' as keyof MgSymptomChecklist)) this.#assessment = assessSymptoms(this.#ticked);
    // What a screen reader hears on a tick: the new level only, never the whole guidance again.
    const { number, urgent } = this.#contacts();
    const { level } = this.#assessment;
    const title = levelTitle(this.#assessment, number, urgent);
    const red = level === 'emergency' || level === 'urgent';
    this.#announcer.urgent(new Map(red ? [[level, title]] : []));
    this.#announcer.settle(red ? '' : title);
  }

  protected override updated(): void {
    const detail = this.#resultDetail();
    const key = JSON.stringify(detail);
    if (key !== this.#lastResultKey) {
      this.#lastResultKey = key;
      this.emit('mg-result', detail);
    }
  }

  #resultDetail(): SymptomChecklistResult {
    const { selected, systems, redFlags, undocumented, level } = this.#assessment;
    return {
      selected: [...selected],
      systems: [...systems],
      redFlags: [...redFlags],
      undocumented: [...undocumented],
      level,
    };
  }

  #onToggle = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.#ticked);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    // Dataset order, so the same ticks always give the same list.
    const selected = assessSymptoms([...next]).selected;
    if (sameIds(selected, this.#ticked)) return;
    const old = this.#ticked;
    this.#ticked = selected;
    this.#copy.reset();
    this.#summaryBar.active = true;
    this.requestUpdate('selected', old);
    this.emit('mg-change', { selected: [...selected] });
  };

  /** Emergency number and same-day contact: the site's override, else the page country's. */
  #contacts() {
    const page = this.#page.contacts;
    const override = this.input(emergencyNumberInput);
    const contacts =
      override === null ? page : { ...page, emergencyNumber: override, alternativeEmergencyNumber: null };
    const contact = this.input(urgentContactInput);
    return {
      number: emergencyNumberWords(contacts),
      known: override !== null || page.emergencyNumberKnown,
      urgent: contact ?? urgentContactWords(page),
      // Numbers that become tel: links wherever they appear (not in a site's own contact text).
      telNumbers: [
        contacts.emergencyNumber,
        contacts.alternativeEmergencyNumber,
        contact === null ? page.urgentNumber : null,
      ].filter((number): number is string => number !== null),
    };
  }

  /** The guidance for the current selection as plain sentences: rendered, announced and copied alike. */
  #guidance(number: string, urgent: string): Guidance {
    const assessment = this.#assessment;
    return {
      title: levelTitle(assessment, number, urgent),
      alert: assessment.level === 'emergency' ? [emergencyAlert()] : [],
      // Labels stay as written (German nouns keep their capitals), so they are listed, not run into a sentence.
      flags: assessment.redFlags.map((id) => labels[id]?.() ?? id),
      why: assessment.why.map((id) => whyLine(id, assessment)),
      next: assessment.next.map((id) => nextLine(id, number)),
    };
  }

  #onCopy = (): void => {
    const { number, urgent } = this.#contacts();
    const ticked = this.#assessment.selected.map((id) => labels[id]?.() ?? id);
    const sourceIds = [...new Set([...emergencySigns().sourceIds, ...this.#assessment.sourceIds])];
    void this.#copy.copy(plainText(ticked, this.#guidance(number, urgent), sourceIds));
  };

  protected override render(): TemplateResult {
    const { number, known, urgent, telNumbers } = this.#contacts();
    const emergency = emergencySigns();
    const assessment = this.#assessment;
    // Beside a ticked red flag: the instruction the rules give it (src/rules/symptom-checklist.ts, flagNotes).
    const flag = (id: string) => {
      const note = assessment.flagNotes.find((each) => each.id === id);
      return note === undefined ? null : note.level === 'emergency' ? emergencyTitle(number) : urgentTitle(urgent);
    };
    const option = (id: string) => renderOption(id, this.#ticked.includes(id), flag(id), telNumbers, this.#onToggle);
    const sourceIds = [...new Set([...emergency.sourceIds, ...assessment.sourceIds])];
    return html`${this.renderInputProblems()} ${renderEmergencyBox(number, known, telNumbers, emergency)}
      <p class="intro" part="intro">${intro()}</p>
      <div class="groups" part="groups">
        ${bodySystemIds().map(
          (system) =>
            html`<fieldset part="group">
              <legend part="legend">${systemNames[system]?.() ?? system}</legend>
              ${symptomsInSystem(system).map(option)}
            </fieldset>`,
        )}
        <fieldset part="group" class="undocumented">
          <legend part="legend">${undocumentedLegend()}</legend>
          ${undocumentedSymptomIds().map(option)}
        </fieldset>
      </div>
      ${this.#summaryBar.render(this.#ticked.length > 0, assessment.level, levelTitle(assessment, number, urgent))}
      ${renderResult(
        this.heading(msg('Råd ud fra dine tegn', { id: 'symptoms.result-title' }), { id: 'result-heading' }),
        assessment,
        this.#guidance(number, urgent),
        telNumbers,
        this.#copy,
        this.#onCopy,
      )}
      ${this.#announcer.render()}
      <p class="disclaimer" part="disclaimer">${disclaimer()}</p>
      <mg-sources part="sources" .sourceIds=${sourceIds}></mg-sources>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mg-symptom-checklist': MgSymptomChecklist;
  }
}
