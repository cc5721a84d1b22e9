import { ModerationPhase } from '../types';

/** Evidence (log-odds) for each way the form token can look wrong. Not a refusal: people with old tabs exist. */
export const FORM_TIMING_LOG_ODDS = { tooFast: 2.5, missing: 1.5, expired: 0.5, invalid: 2.5 } as const;

export const formTiming: ModerationPhase = (_comment, { formToken, site }) => {
  switch (formToken.state) {
    case 'valid':
      if (formToken.secondsToSubmit >= site.minSubmitSeconds) return null;
      return signal(
        FORM_TIMING_LOG_ODDS.tooFast,
        `It was sent ${formToken.secondsToSubmit.toFixed(1)} s after the form was shown; people take at least ${site.minSubmitSeconds} s.`,
      );
    case 'missing':
      return signal(
        FORM_TIMING_LOG_ODDS.missing,
        'It came without the form token that the comment form carries.',
      );
    case 'expired':
      return signal(
        FORM_TIMING_LOG_ODDS.expired,
        'The form token had expired: the form was open for a long time.',
      );
    case 'not-applicable':
      return null;
    case 'invalid':
      return signal(FORM_TIMING_LOG_ODDS.invalid, 'The form token was forged or belongs to another thread.');
  }
};

function signal(score: number, reason: string) {
  return { checks: [{ name: 'form-timing', verdict: 'signal' as const, score, reason }] };
}
