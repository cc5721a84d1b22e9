export { SPAM_PHASES } from '../phases/spam-phases';
export { spamClassifierPhase } from '../phases/spam-classifier';
export { tokensForLearning } from './tokens';
export { spamViewOfText } from './spam-view';
export {
  addLabelledTokens,
  emptySpamCounts,
  readSiteSpamCounts,
  type SiteSpamCounts,
  type SpamLabel,
} from './model/naive-bayes';
export {
  compileSpamModel,
  createSpamClassifier,
  type BaseSpamModel,
  type SpamModel,
} from './model/spam-model';
export { loadBaseSpamModel, loadSpamModel } from './model/base-model';
export { learnFromDecision } from './learning';
export type { LearningAction } from './learning';
export { linkKeysOf } from './link-keys';
export { isNewsOrReferenceHost } from './news-domains';
