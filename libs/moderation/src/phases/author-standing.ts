import { ModerationPhase } from '../types';

/** A banned author's comments go to spam without telling them (they read "not published", like any spam). */
export const authorStanding: ModerationPhase = (_comment, { author }) => {
  if (!author.banned) return null;
  return {
    checks: [{ name: 'banned-author', verdict: 'spam', score: 0, reason: 'A moderator banned this author.' }],
  };
};
