// Fuzzing <mg-risk-quiz> (test/suites/fuzz-suite.ts): ≥ 10,000 cases in Chromium, a sample in Firefox and WebKit.
import '../../components/risk-quiz/define.js';
import { fuzzSuite } from '../suites/fuzz-suite.js';
import { riskQuizTable as table } from '../risk-quiz/table.js';

fuzzSuite(table);
