import { CommentUnderCheck } from '../types';
import { addLabelledTokens, SiteSpamCounts, SpamLabel } from './model/naive-bayes';
import { tokensForLearning } from './tokens';

/** Only these moderator actions teach the model; "reject" is about civility, not spam, so it teaches nothing. */
export type LearningAction = 'approve' | 'spam';

/** Pure: the site's counts after a moderator approved (ham) or marked spam one comment. */
export function learnFromDecision(
  counts: SiteSpamCounts,
  comment: CommentUnderCheck,
  action: LearningAction,
): SiteSpamCounts {
  const label: SpamLabel = action === 'spam' ? 'spam' : 'ham';
  return addLabelledTokens(counts, tokensForLearning(comment), label);
}
