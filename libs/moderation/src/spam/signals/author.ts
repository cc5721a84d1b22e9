import { CheckResult, ModerationPhase } from '../../types';
import { COMMERCIAL_NAME_WORDS } from '../lexicon';
import { foldedHost, spamViewOf, spamViewOfText } from '../spam-view';
import { PHONE_NUMBER } from '../tokens';
import { signal } from './links';

export const AUTHOR_LOG_ODDS = {
  nameIsLink: 2.5,
  nameIsPitch: 1.8,
  authorUrlMatchesBody: 1.5,
  /** Per approved comment, on a log scale: trust grows fast at first, then slowly. */
  approvedTrustPerDoubling: -0.8,
  maxTrust: -3,
  perSpam: 1.5,
  perIpSpam: 1,
  /** Many Indian mobile readers share a carrier's address (CGNAT): a neighbour's spam is a hint, never a verdict. */
  maxIpOnlySpam: 1.5,
  maxHistorySpam: 4,
} as const;

/** Compiled once: a non-global copy, since a /g regex's test() keeps state between calls. */
const ONE_PHONE_NUMBER = new RegExp(PHONE_NUMBER.source, 'u');
const SCHEME = /https?:\/\//i;

/** A name that is a link, a phone number or a string of sales words is advertising, not a person. */
export const authorNameSignals: ModerationPhase = (comment) => {
  const view = spamViewOfText(comment.authorName);
  const name = view.text;
  if (!name) return null;
  if (view.hosts.length > 0 || SCHEME.test(name)) {
    return {
      checks: [signal('author-name', AUTHOR_LOG_ODDS.nameIsLink, 'The author name is a web address.')],
    };
  }
  if (ONE_PHONE_NUMBER.test(name)) {
    return {
      checks: [signal('author-name', AUTHOR_LOG_ODDS.nameIsLink, 'The author name is a phone number.')],
    };
  }
  const nameWords = view.words;
  const pitch = nameWords.filter((word) => COMMERCIAL_NAME_WORDS.has(word));
  if (pitch.length >= 2 || (pitch.length === 1 && nameWords.length >= 3)) {
    return {
      checks: [
        signal(
          'author-name',
          AUTHOR_LOG_ODDS.nameIsPitch,
          `The author name reads like an advert ("${name.slice(0, 60)}").`,
        ),
      ],
    };
  }
  return null;
};

/** The author's own website linked again from the body is promotion of that site. */
export const authorUrlSignals: ModerationPhase = (comment) => {
  if (!comment.authorUrl) return null;
  const { host } = foldedHost(comment.authorUrl);
  if (!host) return null;
  const sameSite = (other: string) =>
    other === host || other.endsWith(`.${host}`) || host.endsWith(`.${other}`);
  if (!spamViewOf(comment).hosts.some(sameSite)) return null;
  return {
    checks: [
      signal(
        'author-url',
        AUTHOR_LOG_ODDS.authorUrlMatchesBody,
        `The body links to the author's own website (${host}).`,
      ),
    ],
  };
};

/** Past moderator decisions on this author (email HMAC) and on their IP. Trust is negative evidence, so it passes. */
export const authorHistorySignals: ModerationPhase = (_comment, { author }) => {
  const checks: CheckResult[] = [];
  const fromNetwork = Math.min(AUTHOR_LOG_ODDS.maxIpOnlySpam, author.ipSpamCount * AUTHOR_LOG_ODDS.perIpSpam);
  const spamEvidence = Math.min(
    AUTHOR_LOG_ODDS.maxHistorySpam,
    author.spamCount * AUTHOR_LOG_ODDS.perSpam + fromNetwork,
  );
  if (author.spamCount > 0) {
    checks.push(
      signal(
        'author-history',
        spamEvidence,
        `Moderators marked ${plural(author.spamCount, 'earlier comment')} by this author as spam.`,
      ),
    );
  } else if (author.ipSpamCount > 0) {
    checks.push(
      signal(
        'author-history',
        spamEvidence,
        `Moderators marked ${plural(author.ipSpamCount, 'comment')} from the same network address as spam.`,
      ),
    );
  }
  if (author.approvedCount > 0) {
    const trust = Math.max(
      AUTHOR_LOG_ODDS.maxTrust,
      AUTHOR_LOG_ODDS.approvedTrustPerDoubling * Math.log2(1 + author.approvedCount),
    );
    checks.push({
      name: 'author-trust',
      verdict: 'pass',
      score: trust,
      reason: `Moderators approved ${plural(author.approvedCount, 'earlier comment')} by this author.`,
    });
  }
  return checks.length > 0 ? { checks } : null;
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
