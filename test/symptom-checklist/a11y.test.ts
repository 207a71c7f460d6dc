// Axe on every fixture of <mg-symptom-checklist> in every locale (test/suites/a11y-sweep.ts).
import '../../components/symptom-checklist/define.js';
import { symptomChecklistFixtures } from '../../components/symptom-checklist/symptom-checklist.fixtures.js';
import { axeSweep } from '../suites/a11y-sweep.js';
import '../support/fresh-page.js';

axeSweep(symptomChecklistFixtures);
