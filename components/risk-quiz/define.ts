// magnesium-widgets/mg-risk-quiz.js: registers <mg-risk-quiz> (and <mg-sources>, which it shows) and exports its class.
import '../sources/define.js';
import { define } from '../base/define.js';
import { MgRiskQuiz } from './risk-quiz.js';

define('mg-risk-quiz', MgRiskQuiz);

export { MgRiskQuiz };
export type { RiskQuizResult, RiskQuizChange } from './risk-quiz.js';

declare global {
  interface HTMLElementTagNameMap {
    'mg-risk-quiz': MgRiskQuiz;
  }
}
