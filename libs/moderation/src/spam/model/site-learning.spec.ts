import { siteSettingsWithDefaults } from '../../site-settings';
import { aComment, aContext, NO_HISTORY, stateFor } from '../../testing/check-fixtures';
import { CheckContext, CommentUnderCheck } from '../../types';
import { learnFromDecision } from '../learning';
import { authorHistorySignals, networkHistorySignals } from '../../phases/spam/history';
import { emptySpamCounts, siteEvidence } from './naive-bayes';
import { spamTokensOf } from '../tokens';
import { spamViewOfText } from '../spam-view';

const comment = (body: string): CommentUnderCheck => aComment({ id: 'c', body, authorName: 'पाठक' });
const pitch = (i: number) => `गुलाबी कछुआ योजना से जुड़िए, सुनहरा बगीचा परिवार आपका स्वागत करता है। सदस्य ${i}`;
const evidenceAfter = (decisions: number, probe: string) => {
  let counts = emptySpamCounts();
  for (let i = 0; i < decisions; i++) counts = learnFromDecision(counts, comment(pitch(i)), 'spam');
  return siteEvidence(counts, spamTokensOf(spamViewOfText(comment(probe).body))).logOdds;
};

describe('site learning strength', () => {
  it('reaches full weight for a near-copy after about twenty spam decisions, even with no approvals yet', () => {
    expect(evidenceAfter(20, pitch(200))).toBeGreaterThanOrEqual(5);
  });

  it('treats three decisions as an anecdote, not a verdict', () => {
    expect(evidenceAfter(3, pitch(200))).toBeLessThan(2);
    expect(evidenceAfter(3, pitch(200))).toBeGreaterThan(0);
  });

  it('barely moves an ordinary comment that shares a word or two with the learned spam', () => {
    expect(evidenceAfter(20, 'सरकार को इस योजना पर फिर से सोचना चाहिए, आपका लेख अच्छा है।')).toBeLessThan(1);
    expect(evidenceAfter(20, 'बहुत अच्छा लेख है, धन्यवाद।')).toBe(0);
  });
});

describe('network history', () => {
  const context = (ipSpamCount: number, spamCount = 0): CheckContext =>
    aContext({
      site: siteSettingsWithDefaults({ id: 's' }),
      author: { ...NO_HISTORY, spamCount, ipSpamCount },
    });
  const historyScore = (ctx: CheckContext) =>
    [authorHistorySignals, networkHistorySignals]
      .flatMap(
        (phase) => phase(comment('ठीक है'), ctx, stateFor(comment('ठीक है'), { language: 'hi' }))?.checks ?? [],
      )
      .reduce((sum, c) => sum + c.score, 0);

  it("caps a shared address's spam so carrier-NAT neighbours are not silenced", () => {
    expect(historyScore(context(10))).toBeLessThanOrEqual(1.5);
    expect(historyScore(context(1))).toBeGreaterThan(0);
  });

  it("still weighs the author's own spam history fully", () => {
    expect(historyScore(context(0, 3))).toBeGreaterThanOrEqual(4);
  });
});
