import { moderate } from '../../pipeline/pipeline';
import { learnFromDecision } from '../learning';
import { aComment, aContext } from '../test-fixtures';
import { loadBaseSpamModel } from './base-model';
import { addLabelledTokens, createSpamClassifier, emptySpamCounts, SiteSpamCounts } from './naive-bayes';
import { trainBaseSpamModel } from './train';

const base = loadBaseSpamModel();
const classify = (body: string, site: SiteSpamCounts | null = null) =>
  createSpamClassifier(base, site).classify(aComment({ body }));

describe('the spam classifier', () => {
  it('reads typical comment spam as spam and ordinary comments as not', () => {
    expect(classify('check out my channel and subscribe, free gift cards here').logOdds).toBeGreaterThan(2);
    expect(classify('Great song, I still listen to it every morning').logOdds).toBeLessThan(0);
  });

  it('names the tokens that weighed most, in the direction of its opinion', () => {
    const { logOdds, topTokens } = classify('subscribe to my channel please');
    expect(logOdds).toBeGreaterThan(0);
    expect(topTokens).toContain('subscribe');
  });

  it('is not fooled by tokens that are Object.prototype names', () => {
    expect(Number.isFinite(classify('constructor toString __proto__ hasOwnProperty').logOdds)).toBe(true);
  });

  it('trains deterministically and prunes tokens seen once', () => {
    const examples = [
      { text: 'win cash now', label: 'spam' as const },
      { text: 'win a prize now', label: 'spam' as const },
      { text: 'nice article', label: 'ham' as const },
    ];
    const model = trainBaseSpamModel(examples);
    expect(model).toEqual(trainBaseSpamModel(examples));
    expect(Object.keys(model.tokens)).toEqual(['now', 'win']);
    expect(model.docs).toEqual({ spam: 2, ham: 1 });
  });
});

describe('site learning', () => {
  it('adds a labelled comment without changing the counts it was given', () => {
    const empty = emptySpamCounts();
    const learned = addLabelledTokens(empty, ['satta', 'satta', 'king'], 'spam');
    expect(empty.docs.spam).toBe(0);
    expect(learned.docs).toEqual({ spam: 1, ham: 0 });
    expect(learned.tokens).toEqual({ satta: [1, 0], king: [1, 0] });
    expect(addLabelledTokens(learned, ['king'], 'ham').tokens.king).toEqual([1, 1]);
  });

  it('learns a site’s own spam style within about 20 moderator decisions', () => {
    const style = (n: number) =>
      `Rajdhani night chart dekho aur aaj ka lucky ank ${n % 10} pakka samjho, guru ji ka aashirwad`;
    const realTalk = (n: number) =>
      `Aaj ke match me ${n} overs ke baad bhi team ne himmat nahi haari, shandaar khel`;
    const probe = aComment({
      body: 'Kalyan night chart dekho aur aaj ka lucky ank pakka samjho, guru ji ka aashirwad',
    });
    const before = moderate(probe, aContext({ spamClassifier: createSpamClassifier(base, null) }));
    expect(before.verdict).toBe('publish');

    let counts = emptySpamCounts();
    for (let i = 0; i < 10; i++) {
      counts = learnFromDecision(counts, aComment({ body: style(i) }), 'spam');
      counts = learnFromDecision(counts, aComment({ body: realTalk(i) }), 'approve');
    }
    const after = moderate(probe, aContext({ spamClassifier: createSpamClassifier(base, counts) }));
    expect(after.verdict).toBe('spam');
    expect(after.reasons.join(' ')).toMatch(/wording resembles spam/);
    // The approved style stays published: learning is not a general drift towards spam.
    const ham = aComment({ body: 'Kal ke match me 20 overs ke baad bhi team ne himmat nahi haari' });
    expect(moderate(ham, aContext({ spamClassifier: createSpamClassifier(base, counts) })).verdict).toBe(
      'publish',
    );
  });
});

describe('robustness', () => {
  const classifier = createSpamClassifier(base, null);
  const cases = {
    'a 10,000-character text': 'अच्छा लेख bahut badhiya '.repeat(420).slice(0, 10000),
    'emoji only': '😀🔥🙏🏽👍🏻❤️‍🔥',
    'mixed scripts': 'Привет नमस्ते hello مرحبا 你好 ☎ 98765 43210',
    'zero-width characters everywhere': 'w\u200bh\u200ba\u200bt\u200bs\u200ba\u200bp\u200bp karo',
  };
  it.each(Object.entries(cases))('moderates %s without crashing', (_name, body) => {
    const outcome = moderate(aComment({ body }), aContext({ spamClassifier: classifier }));
    expect(['publish', 'hold', 'spam', 'reject']).toContain(outcome.verdict);
    expect(Number.isFinite(outcome.spamScore)).toBe(true);
  });

  it('sees through zero-width characters that split a messenger name', () => {
    const outcome = moderate(aComment({ body: cases['zero-width characters everywhere'] }), aContext());
    expect(outcome.checks.map((c) => c.name)).toContain('messenger-invite');
  });
});
