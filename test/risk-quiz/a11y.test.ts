// Axe on every fixture of <mg-risk-quiz> in every locale (test/suites/a11y-sweep.ts).
import '../../components/risk-quiz/define.js';
import { riskQuizFixtures } from '../../components/risk-quiz/risk-quiz.fixtures.js';
import { axeSweep } from '../suites/a11y-sweep.js';
import '../support/fresh-page.js';

axeSweep(riskQuizFixtures);
