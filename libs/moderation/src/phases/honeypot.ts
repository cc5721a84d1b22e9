import { ModerationPhase } from '../types';

/** A hidden field that people never see; a filled one is a bot. Strong spam evidence, not a verdict on its own. */
export const HONEYPOT_LOG_ODDS = 6;

export const honeypot: ModerationPhase = (comment) => {
  if (!comment.honeypot) return null;
  return {
    checks: [
      {
        name: 'honeypot',
        verdict: 'signal',
        score: HONEYPOT_LOG_ODDS,
        reason: 'A hidden field that people never see was filled in, as bots do.',
      },
    ],
  };
};
