import { findLinks } from '../../text/links';
import { ModerationPhase } from '../../types';

/** WordPress semantics: a comment with at least `maxLinks` links waits for a moderator (0 turns the check off). */
export const linkLimit: ModerationPhase = (comment, { site }) => {
  if (site.maxLinks <= 0) return null;
  const count = findLinks(comment.body).length;
  if (count < site.maxLinks) return null;
  return {
    checks: [
      {
        name: 'links',
        verdict: 'hold',
        score: 0,
        reason: `It has ${count} link${count === 1 ? '' : 's'}; this site's link limit holds at ${site.maxLinks} or more.`,
      },
    ],
  };
};
