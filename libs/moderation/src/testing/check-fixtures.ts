import { loadAbuseModel } from '../abuse/abuse-model';
import { textViewOf } from '../pipeline/text-view';
import { siteSettingsWithDefaults } from '../site-settings';
import { AuthorHistory, CheckContext, CommentUnderCheck, ModerationPhase, PipelineState } from '../types';

/**
 * The one builder of hand-made comments, check contexts and pipeline states, for the specs, the benches and the
 * evaluation scripts: a plain reader on a site with default settings, no history, no classifier. Pass what differs.
 */
export const aComment = (over: Partial<CommentUnderCheck> = {}): CommentUnderCheck => ({
  id: 'c1',
  body: 'बहुत अच्छा लेख है, धन्यवाद।',
  authorName: 'रीना',
  authorUrl: null,
  honeypot: null,
  parentId: null,
  ...over,
});

/** An author the store knows nothing about. */
export const NO_HISTORY: AuthorHistory = {
  approvedCount: 0,
  spamCount: 0,
  ipSpamCount: 0,
  trusted: false,
  banned: false,
};

export const aContext = (over: Partial<CheckContext> = {}): CheckContext => ({
  site: siteSettingsWithDefaults({ id: 'demo' }),
  formToken: { state: 'valid', secondsToSubmit: 20 },
  author: NO_HISTORY,
  parentStatus: null,
  sameTextElsewhere: 0,
  spamClassifier: null,
  abuseModel: loadAbuseModel(),
  ...over,
});

/** What a phase sees when it runs first on this comment (or after `over`'s checks and language). */
export const stateFor = (comment: CommentUnderCheck, over: Partial<PipelineState> = {}): PipelineState => ({
  text: textViewOf(comment),
  checks: [],
  language: 'und',
  ...over,
});

/** The checks one phase returns for a comment, by name. */
export function checksOf(phase: ModerationPhase, comment: CommentUnderCheck, context = aContext()) {
  return phase(comment, context, stateFor(comment))?.checks ?? [];
}
