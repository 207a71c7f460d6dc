// Every element that runs the shared suites: one line each.
import { testElementTable } from './mg-test-element.js';
import { sourcesTable } from './mg-sources.js';

export const allTables = [testElementTable, sourcesTable];
