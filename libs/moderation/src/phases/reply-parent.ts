import { ModerationPhase } from '../types';

/** A reply to a comment that has since been unpublished would appear under nothing; a moderator decides. */
export const replyParent: ModerationPhase = (comment, { parentStatus }) => {
  if (!comment.parentId || parentStatus === 'published') return null;
  return {
    checks: [
      {
        name: 'reply-parent',
        verdict: 'hold',
        score: 0,
        reason: 'It replies to a comment that is no longer published.',
      },
    ],
  };
};
