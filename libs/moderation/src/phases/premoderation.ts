import { ModerationPhase } from '../types';

/** `all` holds everything; `first-time` holds until the author has an approved comment; trusted authors skip both. */
export const premoderation: ModerationPhase = (_comment, { site, author }) => {
  if (site.premoderation === 'none' || author.trusted) return null;
  if (site.premoderation === 'all') {
    return {
      checks: [
        {
          name: 'premoderation',
          verdict: 'hold',
          score: 0,
          reason: 'This site reviews every comment before it appears.',
        },
      ],
    };
  }
  if (author.approvedCount > 0) return null;
  return {
    checks: [
      {
        name: 'premoderation',
        verdict: 'hold',
        score: 0,
        reason: "This is the author's first comment here; this site reviews first comments.",
      },
    ],
  };
};
