// Id checks for what sites pass in; each reads only its own data slice.
export { isAgeGroup, isSex, isLifeStage } from '../data/age-groups.js';
export { isSaltId } from '../data/salts.js';
export { isSymptomId } from '../data/symptoms.js';
export { isMedicineId } from '../data/interactions.js';
export { isRiskFactorId } from '../data/risk-factors.js';
export { isSourceId } from '../data/source-ids.js';
export { isNutrientId } from '../data/nutrients.js';
