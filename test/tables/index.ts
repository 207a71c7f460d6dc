// Every element that runs the shared suites: one line each.
import { testElementTable } from './mg-test-element.js';
import { sourcesTable } from '../sources/table.js';
import { doseTableTable } from '../dose-table/table.js';
import { symptomChecklistTable } from '../symptom-checklist/table.js';
import { riskQuizTable } from '../risk-quiz/table.js';
import { doseCheckerTable } from '../dose-checker/table.js';

export const allTables = [
  testElementTable,
  sourcesTable,
  doseTableTable,
  symptomChecklistTable,
  riskQuizTable,
  doseCheckerTable,
];
