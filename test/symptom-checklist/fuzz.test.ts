// Fuzzing <mg-symptom-checklist> (test/suites/fuzz-suite.ts): ≥ 10,000 cases in Chromium, a sample in Firefox and WebKit.
import '../../components/symptom-checklist/define.js';
import { fuzzSuite } from '../suites/fuzz-suite.js';
import { symptomChecklistTable as table } from '../symptom-checklist/table.js';

fuzzSuite(table);
