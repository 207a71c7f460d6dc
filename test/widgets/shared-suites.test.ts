// Every registered element (test/tables/index.ts) runs the shared suites.
import '../fixtures/mg-test-element.js';
import '../../components/sources/define.js';
import '../../components/dose-table/define.js';
import '../../components/symptom-checklist/define.js';
import '../../components/risk-quiz/define.js';
import '../../components/dose-checker/define.js';
import { allTables } from '../tables/index.js';
import { sharedSuites } from '../suites/shared-suites.js';
import '../support/fresh-page.js';

for (const table of allTables) sharedSuites(table);
