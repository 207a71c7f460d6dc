// Fuzzing <mg-dose-checker> (test/suites/fuzz-suite.ts): ≥ 10,000 cases in Chromium, a sample in Firefox and WebKit.
import '../../components/dose-checker/define.js';
import { fuzzSuite } from '../suites/fuzz-suite.js';
import { doseCheckerTable as table } from '../dose-checker/table.js';

fuzzSuite(table);
