import { decide, spamScoreOf } from '../../pipeline/decide';
import { moderate } from '../../pipeline/pipeline';
import { AuthorHistory } from '../../types';
import { aComment, aContext, NO_HISTORY, stateFor } from '../../testing/check-fixtures';
import { authorHistorySignals, networkHistorySignals } from './history';
import { signal } from './links';

const history = (over: Partial<AuthorHistory>): AuthorHistory => ({ ...NO_HISTORY, ...over });
const state = stateFor(aComment(), { language: 'hi' });
// Published on its own (one link of its own), so the author's history decides.
const withOwnLink = aComment({ body: 'Nice info, kamai ke bare me www.kamai-plus.in', authorName: 'Rohit' });

describe('honest history evidence (issue 13)', () => {
  it('says "moderators marked" only for moderator decisions and tells the checks\' own verdicts apart', () => {
    const byModerators = authorHistorySignals(
      aComment(),
      aContext({ author: history({ spamCount: 2 }) }),
      state,
    );
    expect(byModerators?.checks?.[0].reason).toBe(
      'Moderators marked 2 earlier comments by this author as spam.',
    );
    const byChecks = authorHistorySignals(
      aComment(),
      aContext({ author: history({ caughtSpamCount: 2 }) }),
      state,
    );
    expect(byChecks?.checks?.[0].reason).toBe(
      '2 earlier comments by this author were caught as spam by the checks.',
    );
    expect(byChecks!.checks![0].score).toBeLessThan(byModerators!.checks![0].score);
    const network = networkHistorySignals(
      aComment(),
      aContext({ author: history({ ipCaughtSpamCount: 2 }) }),
      state,
    );
    expect(network?.checks?.[0].reason).toMatch(
      /^2 earlier comments from the same network address were caught as spam by the checks\./,
    );
    expect(network?.checks?.[0].reason).not.toMatch(/Moderators/);
  });

  it('never lets a shared address silence a comment, however much spam came from it', () => {
    const site = aContext().site;
    // Other evidence already at 0.45, just under the default spam threshold 0.6.
    const nearlySpam = stateFor(aComment(), {
      checks: [signal('link-count', 2.3, 'It contains a link.')],
      language: 'hi',
    });
    const behindCarrierNat = aContext({
      author: history({ ipSpamCount: 40, ipSpamWeight: 40, ipCaughtSpamCount: 200 }),
    });
    const network = networkHistorySignals(aComment(), behindCarrierNat, nearlySpam)!.checks![0];
    const score = spamScoreOf([...nearlySpam.checks, network]);
    expect(network.score).toBeGreaterThan(0);
    expect(score).toBeGreaterThan(spamScoreOf(nearlySpam.checks));
    expect(decide([...nearlySpam.checks, network], score, site.spamThresholds)).toBe('hold');
    expect(network.reason).toMatch(/never silences/);
    // Alone it stays a hint: an ordinary comment from that address is published.
    expect(moderate(aComment(), behindCarrierNat).verdict).toBe('publish');
  });

  it('does not weigh the address against an author a moderator trusts', () => {
    const nearlySpam = stateFor(aComment(), {
      checks: [signal('link-count', 2.3, 'It contains a link.')],
      language: 'hi',
    });
    const trustedBehindNat = aContext({
      author: history({ ipSpamCount: 40, ipSpamWeight: 40, ipCaughtSpamCount: 200, trusted: true }),
    });
    expect(networkHistorySignals(aComment(), trustedBehindNat, nearlySpam)).toBeNull();
  });

  it('weighs an old decision at the address less than a fresh one (the loader decays it)', () => {
    const fresh = networkHistorySignals(
      aComment(),
      aContext({ author: history({ ipSpamCount: 1, ipSpamWeight: 1 }) }),
      state,
    )!.checks![0].score;
    const old = networkHistorySignals(
      aComment(),
      aContext({ author: history({ ipSpamCount: 1, ipSpamWeight: 0.1 }) }),
      state,
    )!.checks![0].score;
    expect(old).toBeLessThan(fresh);
  });

  it("still lets the author's own moderator-marked spam silence them", () => {
    expect(moderate(withOwnLink, aContext()).verdict).toBe('publish');
    const outcome = moderate(withOwnLink, aContext({ author: history({ spamCount: 3 }) }));
    expect(outcome.verdict).toBe('spam');
  });

  it('says published, not "approved by moderators", for earlier comments that were published', () => {
    const trust = authorHistorySignals(
      aComment(),
      aContext({ author: history({ approvedCount: 3 }) }),
      state,
    );
    expect(trust?.checks?.[0]).toMatchObject({
      name: 'author-trust',
      reason: '3 earlier comments by this author were published.',
    });
  });
});
