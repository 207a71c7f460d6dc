// Every test starts on a page where the reader has answered nothing: the answers the widgets share (issue 22) are
// forgotten before each test (they live as long as a widget that uses them is on the page, and a test may leave one).
// Imported for its root-level hook by the test files that render widgets.
import { forgetSharedAnswers } from '../../components/base/shared-reader.js';

beforeEach(() => forgetSharedAnswers());
