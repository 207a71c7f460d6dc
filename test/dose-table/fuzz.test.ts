// Fuzzing <mg-dose-table> (test/suites/fuzz-suite.ts): ≥ 10,000 cases in Chromium, a sample in Firefox and WebKit.
import '../../components/dose-table/define.js';
import { fuzzSuite } from '../suites/fuzz-suite.js';
import { doseTableTable as table } from '../dose-table/table.js';

fuzzSuite(table);
