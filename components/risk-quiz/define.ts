// magnesium-widgets/mg-risk-quiz.js: registers <mg-risk-quiz> (and <mg-sources>, which it shows) and exports its class.
import '../sources/define.js';
import { define } from '../base/define.js';
import { MgRiskQuiz } from './risk-quiz.js';

define('mg-risk-quiz', MgRiskQuiz);

export { MgRiskQuiz };
export type { RiskQuizResult, RiskQuizChange, MgRiskQuizEvents } from './risk-quiz.js';
