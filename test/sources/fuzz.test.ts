// Fuzzing <mg-sources> (test/suites/fuzz-suite.ts): ≥ 10,000 cases in Chromium, a sample in Firefox and WebKit.
import '../../components/sources/define.js';
import { fuzzSuite } from '../suites/fuzz-suite.js';
import { sourcesTable as table } from '../sources/table.js';

fuzzSuite(table);
