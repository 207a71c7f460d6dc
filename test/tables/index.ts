// Every element that runs the shared suites: one line each.
import { testElementTable } from './mg-test-element.js';
import { sourcesTable } from './mg-sources.js';
import { doseTableTable } from './mg-dose-table.js';
import { symptomChecklistTable } from './mg-symptom-checklist.js';
import { riskQuizTable } from './mg-risk-quiz.js';
import { doseCheckerTable } from './mg-dose-checker.js';

export const allTables = [
  testElementTable,
  sourcesTable,
  doseTableTable,
  symptomChecklistTable,
  riskQuizTable,
  doseCheckerTable,
];
