// Axe on every fixture of <mg-sources> in every locale (test/suites/a11y-sweep.ts).
import '../../components/sources/define.js';
import { sourcesFixtures } from '../../components/sources/sources.fixtures.js';
import { axeSweep } from '../suites/a11y-sweep.js';
import '../support/fresh-page.js';

axeSweep(sourcesFixtures);
