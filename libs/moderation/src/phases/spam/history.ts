import { CheckResult, ModerationPhase } from '../../types';
import { SPAM_PRIOR_LOG_ODDS } from '../../pipeline/decide';
import { signal } from './links';

export const HISTORY_LOG_ODDS = {
  /** Per published comment, on a log scale: trust grows fast at first, then slowly. */
  approvedTrustPerDoubling: -0.8,
  maxTrust: -3,
  /** A moderator's spam decision on this author. */
  perSpam: 1.5,
  /** The checks' own spam verdict on this author: weaker, since the checks can be wrong and nobody confirmed it. */
  perCaughtSpam: 0.75,
  maxHistorySpam: 4,
  /** Per moderator-marked comment from another author at the same address (after its decay). */
  perIpSpam: 1,
  perIpCaughtSpam: 0.3,
  /** Many Indian mobile readers share a carrier's address (CGNAT): a neighbour's spam is a hint, never a verdict. */
  maxIpOnlySpam: 1.5,
} as const;

/** What this author did before (email HMAC or reader id): evidence about a person, so it may add up to spam. */
export const authorHistorySignals: ModerationPhase = (_comment, { author }) => {
  const checks: CheckResult[] = [];
  const caught = author.caughtSpamCount ?? 0;
  const spamEvidence = Math.min(
    HISTORY_LOG_ODDS.maxHistorySpam,
    author.spamCount * HISTORY_LOG_ODDS.perSpam + caught * HISTORY_LOG_ODDS.perCaughtSpam,
  );
  if (author.spamCount > 0 || caught > 0) {
    const told = [
      author.spamCount > 0
        ? `Moderators marked ${plural(author.spamCount, 'earlier comment')} by this author as spam.`
        : null,
      caught > 0
        ? `${plural(caught, 'earlier comment')} by this author ${caught === 1 ? 'was' : 'were'} caught as spam by the checks.`
        : null,
    ];
    checks.push(signal('author-history', spamEvidence, told.filter(Boolean).join(' ')));
  }
  if (author.approvedCount > 0) {
    const trust = Math.max(
      HISTORY_LOG_ODDS.maxTrust,
      HISTORY_LOG_ODDS.approvedTrustPerDoubling * Math.log2(1 + author.approvedCount),
    );
    checks.push({
      name: 'author-trust',
      verdict: 'pass',
      score: trust,
      reason: `${plural(author.approvedCount, 'earlier comment')} by this author ${author.approvedCount === 1 ? 'was' : 'were'} published.`,
    });
  }
  return checks.length > 0 ? { checks } : null;
};

/**
 * Spam from other people at the same network address. It runs after every other scoring phase, because it may
 * help hold a comment but must never be what silences it: its evidence is cut to stay below the spam threshold.
 */
export const networkHistorySignals: ModerationPhase = (_comment, { author, site }, state) => {
  // A moderator vouched for this author: other people's spam at a shared address says nothing about them.
  if (author.trusted) return null;
  const marked = author.ipSpamCount;
  const caught = author.ipCaughtSpamCount ?? 0;
  if (marked === 0 && caught === 0) return null;
  const weight = author.ipSpamWeight ?? marked;
  const evidence = Math.min(
    HISTORY_LOG_ODDS.maxIpOnlySpam,
    weight * HISTORY_LOG_ODDS.perIpSpam + caught * HISTORY_LOG_ODDS.perIpCaughtSpam,
  );
  const logOddsSoFar = state.checks.reduce((sum, check) => sum + check.score, SPAM_PRIOR_LOG_ODDS);
  const room = logit(site.spamThresholds.spam) - logOddsSoFar - 0.05;
  const score = round(Math.max(0, Math.min(evidence, room)));
  const told = [
    marked > 0
      ? `Moderators marked ${plural(marked, 'comment')} from the same network address as spam recently.`
      : null,
    caught > 0
      ? `${plural(caught, 'earlier comment')} from the same network address ${caught === 1 ? 'was' : 'were'} caught as spam by the checks.`
      : null,
    'A shared address is a hint about other people, so it may hold a comment but never silences it.',
  ];
  return { checks: [signal('network-history', score, told.filter(Boolean).join(' '))] };
};

const logit = (p: number) => Math.log(p / (1 - p));
const round = (x: number) => Math.round(x * 1000) / 1000;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
