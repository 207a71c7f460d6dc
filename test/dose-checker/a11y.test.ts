// Axe on every fixture of <mg-dose-checker> in every locale (test/suites/a11y-sweep.ts).
import '../../components/dose-checker/define.js';
import { doseCheckerFixtures } from '../../components/dose-checker/dose-checker.fixtures.js';
import { axeSweep } from '../suites/a11y-sweep.js';
import '../support/fresh-page.js';

axeSweep(doseCheckerFixtures);
