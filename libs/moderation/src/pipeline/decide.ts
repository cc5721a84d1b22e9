import { ABUSE_CATEGORIES, AbuseCategory, AbusePolicy, CheckResult, SpamThresholds, Verdict } from '../types';

/** Prior log-odds of spam before any evidence: most comments on a news site are real. */
export const SPAM_PRIOR_LOG_ODDS = -2.5;

export function spamScoreOf(checks: readonly CheckResult[]): number {
  const logOdds = checks.reduce((sum, check) => sum + check.score, SPAM_PRIOR_LOG_ODDS);
  return 1 / (1 + Math.exp(-logOdds));
}

const SEVERITY: Record<Verdict, number> = { publish: 0, hold: 1, spam: 2, reject: 3 };

const ABUSE_CHECK = /^abuse\.(.+)$/;

/**
 * The most severe of what the checks demand and what the spam score says. An `abuse.<category>` check does what the
 * site's abusePolicy says for its category (publish, hold or reject), whatever verdict it was stored with.
 */
export function decide(
  checks: readonly CheckResult[],
  spamScore: number,
  thresholds: SpamThresholds,
  abusePolicy?: AbusePolicy,
): Verdict {
  let verdict: Verdict = 'publish';
  const raise = (to: Verdict) => {
    if (SEVERITY[to] > SEVERITY[verdict]) verdict = to;
  };
  for (const check of checks) {
    const category = ABUSE_CHECK.exec(check.name)?.[1] as AbuseCategory | undefined;
    if (abusePolicy && category && ABUSE_CATEGORIES.includes(category)) {
      // The policy is the most a category can do; a check may ask for less (the learned model alone only holds).
      if (check.verdict === 'hold' || check.verdict === 'reject') {
        const policy = abusePolicy[category];
        raise(SEVERITY[check.verdict] < SEVERITY[policy] ? check.verdict : policy);
      }
      continue;
    }
    if (check.verdict === 'hold' || check.verdict === 'spam' || check.verdict === 'reject')
      raise(check.verdict);
  }
  if (spamScore >= thresholds.spam) raise('spam');
  else if (spamScore >= thresholds.hold) raise('hold');
  return verdict;
}
