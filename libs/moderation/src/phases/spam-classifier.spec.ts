import { aComment, aContext, checksOf } from '../testing/check-fixtures';
import { SpamClassifier } from '../types';
import { describeToken, spamClassifierPhase } from './spam-classifier';

/** A classifier that answers fixed log-odds, so the phase's own rules are what is tested. */
const answering = (logOdds: number, topTokens: string[] = []): SpamClassifier => ({
  classify: () => ({ logOdds, topTokens }),
});

describe('spamClassifierPhase', () => {
  it('has no opinion without a classifier', () => {
    expect(checksOf(spamClassifierPhase, aComment(), aContext({ spamClassifier: null }))).toEqual([]);
  });

  it('reports a low score as a pass and a high one as a signal that names its words', () => {
    const [low] = checksOf(
      spamClassifierPhase,
      aComment(),
      aContext({ spamClassifier: answering(-2.34567) }),
    );
    expect(low).toEqual({
      name: 'spam-model',
      verdict: 'pass',
      score: -2.346,
      reason: 'Its wording reads like ordinary comments.',
    });
    const [high] = checksOf(
      spamClassifierPhase,
      aComment(),
      aContext({ spamClassifier: answering(3.2, ['<phone>', 'host:bit.ly', 'kamai']) }),
    );
    expect(high).toMatchObject({ name: 'spam-model', verdict: 'signal', score: 3.2 });
    expect(high.reason).toBe(
      'Its wording resembles spam this site has seen (a phone number, a link to bit.ly, "kamai").',
    );
  });

  it('hands the classifier the spam view the pipeline read', () => {
    let seen: string | undefined;
    const spy: SpamClassifier = {
      classify: (_comment, view) => {
        seen = view?.text;
        return { logOdds: 0, topTokens: [] };
      },
    };
    checksOf(spamClassifierPhase, aComment({ body: 'ｆｒｅｅ पैसे' }), aContext({ spamClassifier: spy }));
    expect(seen).toBe('free पैसे');
  });

  it('describes tokens as a moderator reads them', () => {
    expect(describeToken('<num10>')).toBe('a 10-digit number');
    expect(describeToken('tld:xyz')).toBe('a xyz address');
    expect(describeToken('<pay-after>')).toBe('payment promised only after the result');
    expect(describeToken('<link:fundraiser>')).toBe('a link to a fundraiser');
    expect(describeToken('<new-creator>')).toBe('a newcomer presenting their own work');
  });
});
