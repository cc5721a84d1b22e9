import { ModerationPhase } from '../types';

/** Intake already refuses empty and over-long bodies; this re-checks for the CLI and catches settings lowered later. */
export const bodyLength: ModerationPhase = (comment, { site }) => {
  const length = [...comment.body].length;
  if (length === 0)
    return { checks: [{ name: 'length', verdict: 'reject', score: 0, reason: 'The comment is empty.' }] };
  if (length > site.maxBodyLength) {
    return {
      checks: [
        {
          name: 'length',
          verdict: 'reject',
          score: 0,
          reason: `The comment is ${length} characters long; this site allows ${site.maxBodyLength}.`,
        },
      ],
    };
  }
  return null;
};
