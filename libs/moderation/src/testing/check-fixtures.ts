import { siteSettingsWithDefaults } from '../site-settings';
import { CheckContext, CommentUnderCheck, ModerationPhase, PipelineState } from '../types';

/** Hand-built comments and contexts for the spam specs. */
export const aComment = (over: Partial<CommentUnderCheck> = {}): CommentUnderCheck => ({
  id: 'c1',
  body: 'बहुत अच्छा लेख है, धन्यवाद।',
  authorName: 'रीना',
  authorUrl: null,
  honeypot: null,
  parentId: null,
  ...over,
});

export const aContext = (over: Partial<CheckContext> = {}): CheckContext => ({
  site: siteSettingsWithDefaults({ id: 'demo' }),
  formToken: { state: 'valid', secondsToSubmit: 20 },
  author: { approvedCount: 0, spamCount: 0, ipSpamCount: 0, trusted: false, banned: false },
  parentStatus: null,
  sameTextElsewhere: 0,
  spamClassifier: null,
  ...over,
});

const EMPTY_STATE: PipelineState = { checks: [], language: 'und' };

/** The checks one phase returns for a comment, by name. */
export function checksOf(phase: ModerationPhase, comment: CommentUnderCheck, context = aContext()) {
  return phase(comment, context, EMPTY_STATE)?.checks ?? [];
}
