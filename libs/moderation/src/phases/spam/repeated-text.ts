import { ModerationPhase } from '../../types';
import { signal } from './links';

/** The same text in several threads within the hour is a campaign; two threads can be a person replying twice. */
export const REPEATED_TEXT_LOG_ODDS = { perThread: 1.5, max: 4.5 } as const;

export const repeatedTextSignals: ModerationPhase = (_comment, { sameTextElsewhere }) => {
  if (sameTextElsewhere <= 0) return null;
  const score = Math.min(REPEATED_TEXT_LOG_ODDS.max, REPEATED_TEXT_LOG_ODDS.perThread * sameTextElsewhere);
  const threads = sameTextElsewhere === 1 ? 'another thread' : `${sameTextElsewhere} other threads`;
  return {
    checks: [
      signal('same-text-elsewhere', score, `The same text was posted in ${threads} within the last hour.`),
    ],
  };
};
