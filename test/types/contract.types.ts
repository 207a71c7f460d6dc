// The typed contract, checked by `tsc` (npm test's type-check step), never run: each `@ts-expect-error` line must
// fail to compile, and every other line must compile. An unused `@ts-expect-error` is itself an error, so a
// contract that loosens (a setter taking `unknown` again, an event detail back to `Record<string, unknown>`)
// fails the type-check.
import type { DoseReport } from '../../src/rules/dose-checker.js';
import type { MgResultEvent, RiskQuizResult, SymptomChecklistResult } from '../../components/index.js';

export function contract(): void {
  const checker = document.createElement('mg-dose-checker');
  checker.products = [{ mgPerUnit: 100, unitsPerDay: 2 }];
  // @ts-expect-error products take product objects, not text
  checker.products = 'oops';
  checker.reader = { ageGroup: '18+', sex: 'female', lifeStage: 'none', kidneyDisease: 'no', medicines: ['iron'] };
  // @ts-expect-error reader is an object, not a number
  checker.reader = 42;
  // @ts-expect-error an age group id, not any text
  checker.reader = { ageGroup: 'adult', sex: null, lifeStage: 'none', kidneyDisease: 'no', medicines: [] };
  checker.addEventListener('mg-result', (event) => {
    const total: number = event.detail.totalElementalMg;
    // @ts-expect-error the dose checker's result has no quiz level
    void event.detail.level;
    void total;
  });
  checker.addEventListener('mg-change', (event) => {
    // @ts-expect-error names the reader typed never reach events
    void event.detail.products[0]?.name;
    void event.detail.reader.kidneyDisease;
  });

  const quiz = document.createElement('mg-risk-quiz');
  quiz.answers = { 'age-group': '18+', alcohol: 'yes' };
  quiz.addEventListener('mg-result', (event) => {
    const level: RiskQuizResult['level'] = event.detail.level;
    void level;
  });

  const checklist = document.createElement('mg-symptom-checklist');
  checklist.selected = ['muscle-cramps'];
  // @ts-expect-error selected is an array of ids (React and Vue set the property)
  checklist.selected = 'muscle-cramps fatigue';
  checklist.addEventListener('mg-result', (event) => {
    const result: SymptomChecklistResult = event.detail;
    void result;
  });

  const table = document.createElement('mg-dose-table');
  table.addEventListener('mg-change', (event) => void event.detail.nutrient);

  // A listener on the document gets every widget's detail: narrow by the element.
  document.addEventListener('mg-result', (event: MgResultEvent) => {
    if (event.target instanceof HTMLElement && event.target.localName === 'mg-dose-checker') {
      const report = event.detail as DoseReport;
      void report.verdict;
    }
  });
}
