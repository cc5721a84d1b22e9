export { SPAM_PHASES } from './spam-phases';
export { spamClassifierPhase } from './classifier-phase';
export { tokensForLearning } from './tokens';
export { spamViewOfText } from './spam-view';
export {
  addLabelledTokens,
  emptySpamCounts,
  readSiteSpamCounts,
  type SiteSpamCounts,
  type SpamLabel,
} from './model/naive-bayes';
export { createSpamClassifier, type BaseSpamModel } from './model/spam-model';
export { loadBaseSpamModel } from './model/base-model';
export { learnFromDecision } from './learning';
export type { LearningAction } from './learning';
export { linkKeysOf } from './link-keys';
export { isNewsOrReferenceHost } from './news-domains';
