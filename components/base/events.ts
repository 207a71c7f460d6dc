// Typed public events: `mg-change` (the reader's input changed) and `mg-result` (the shown result changed).
import type { DoseReport } from '../../src/rules/dose-checker.js';
import type { DoseCheckerChange } from '../dose-checker/dose-checker.js';
import type { DoseTableChangeDetail } from '../dose-table/dose-table.js';
import type { RiskQuizChange, RiskQuizResult } from '../risk-quiz/risk-quiz.js';
import type { SymptomChecklistChange, SymptomChecklistResult } from '../symptom-checklist/symptom-checklist.js';

/** `mg-change`: the reader changed an input. Details carry ids and numbers only, never text a reader typed. */
export type MgChangeEvent<Detail = MgChangeDetail> = CustomEvent<Detail>;
/** `mg-result`: the widget shows a new result (also the first one from presets). */
export type MgResultEvent<Detail = MgResultDetail> = CustomEvent<Detail>;

/** Every `mg-change` detail; on one element, its own event map narrows it (`MgDoseCheckerEvents`, …). */
export type MgChangeDetail = DoseCheckerChange | DoseTableChangeDetail | RiskQuizChange | SymptomChecklistChange;
/** Every `mg-result` detail; on one element, its own event map narrows it. */
export type MgResultDetail = DoseReport | RiskQuizResult | SymptomChecklistResult;

/** The public events of one widget: its `mg-change` and (where it has one) `mg-result` detail. */
export interface MgEvents<Change = never, Result = never> {
  'mg-change': MgChangeEvent<Change>;
  'mg-result': MgResultEvent<Result>;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Fired when the reader's input in a magnesium widget changes. Health data: handle as such (GDPR art. 9). */
    'mg-change': MgChangeEvent;
    /** Fired when a magnesium widget shows a new result, including the first one from presets. */
    'mg-result': MgResultEvent;
  }
}
