export { SPAM_PHASES } from './spam-phases';
export { spamClassifierPhase } from './classifier-phase';
export { tokensForLearning } from './tokens';
export { spamViewOfText } from './spam-view';
export {
  addLabelledTokens,
  createSpamClassifier,
  emptySpamCounts,
  SITE_DECISION_WEIGHT,
  type BaseSpamModel,
  type SiteSpamCounts,
  type SpamLabel,
} from './model/naive-bayes';
export { loadBaseSpamModel } from './model/base-model';
export { learnFromDecision } from './learning';
