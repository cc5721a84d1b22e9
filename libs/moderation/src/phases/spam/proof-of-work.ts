import { ModerationPhase } from '../../types';
import { signal } from './links';

export const PROOF_OF_WORK_LOG_ODDS = {
  /** No solution from a site that asks: a form without JavaScript, or a script. A hint, never a verdict. */
  missing: 1.5,
  /** A solution that does not verify (forged, for another site, expired). */
  failed: 2.5,
  solved: -0.3,
} as const;

/** The site's optional proof-of-work, verified at intake: missing or failed is spam evidence, never a refusal. */
export const proofOfWorkSignals: ModerationPhase = (_comment, { proofOfWork }) => {
  switch (proofOfWork) {
    case 'missing':
      return {
        checks: [
          signal(
            'proof-of-work',
            PROOF_OF_WORK_LOG_ODDS.missing,
            'The site asks for a proof-of-work and none came (a page without JavaScript, or a script).',
          ),
        ],
      };
    case 'failed':
      return {
        checks: [
          signal('proof-of-work', PROOF_OF_WORK_LOG_ODDS.failed, 'Its proof-of-work does not check out.'),
        ],
      };
    case 'solved':
      return {
        checks: [
          {
            name: 'proof-of-work',
            verdict: 'pass',
            score: PROOF_OF_WORK_LOG_ODDS.solved,
            reason: 'Its browser solved the proof-of-work.',
          },
        ],
      };
    default:
      return null;
  }
};
