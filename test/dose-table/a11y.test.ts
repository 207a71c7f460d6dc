// Axe on every fixture of <mg-dose-table> in every locale (test/suites/a11y-sweep.ts).
import '../../components/dose-table/define.js';
import { doseTableFixtures } from '../../components/dose-table/dose-table.fixtures.js';
import { axeSweep } from '../suites/a11y-sweep.js';
import '../support/fresh-page.js';

axeSweep(doseTableFixtures);
