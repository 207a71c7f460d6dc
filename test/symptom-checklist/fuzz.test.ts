// Fuzzing <mg-symptom-checklist> (test/suites/fuzz-suite.ts): ≥ 10,000 cases in Chromium, a sample in Firefox and WebKit.
// The element comes from its built CDN file (npm run build first).
import { fuzzSuite } from '../suites/fuzz-suite.js';
import { symptomChecklistTable as table } from './table.js';

fuzzSuite(table);
