import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { moderate } from '../pipeline/pipeline';
import { siteSettingsWithDefaults } from '../site-settings';
import { aContext } from '../testing/check-fixtures';
import { CheckContext } from '../types';
import { createSpamClassifier, loadSpamModel } from '.';

const fixture = join(__dirname, '../../fixtures/news-readers-with-links.team.jsonl');
const comments = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { body: string });

/**
 * The public spam data is YouTube and SMS, where nearly every link is spam. On a news site readers cite sources:
 * a silenced reader is the worst outcome, so links alone must never make a comment spam.
 */
describe('readers who cite sources', () => {
  const context: CheckContext = aContext({
    site: siteSettingsWithDefaults({ id: 'news' }),
    formToken: { state: 'valid', secondsToSubmit: 40 },
    spamClassifier: createSpamClassifier(loadSpamModel(), null),
  });
  const outcomes = comments.map((c, i) =>
    moderate(
      { id: `r${i}`, body: c.body, authorName: 'पाठक', authorUrl: null, honeypot: null, parentId: null },
      context,
    ),
  );

  it('has a real set to judge', () => {
    expect(comments.length).toBeGreaterThanOrEqual(30);
  });

  it('never silences one as spam', () => {
    const silenced = outcomes.flatMap((o, i) =>
      o.verdict === 'spam' ? [`${o.spamScore} ${comments[i].body}`] : [],
    );
    expect(silenced).toEqual([]);
  });

  it('publishes most single-link comments (the link limit holds two or more)', () => {
    const single = outcomes.filter((o) => !o.reasons.some((r) => /link limit holds at/.test(r)));
    const published = single.filter((o) => o.verdict === 'publish').length;
    expect(published / single.length).toBeGreaterThanOrEqual(0.8);
  });

  it('does not silence a reader whose citation is little more than the link', () => {
    const short = [
      'Source: https://www.bbc.com/news/world-asia-india-12345',
      'Read it yourself https://www.thehindu.com/news/national/article123.ece',
      'पूरी खबर: https://www.bhaskar.com/national/news/story-123',
    ];
    const verdicts = short.map(
      (body, i) =>
        moderate(
          { id: `s${i}`, body, authorName: 'Reader', authorUrl: null, honeypot: null, parentId: null },
          context,
        ).verdict,
    );
    expect(verdicts).not.toContain('spam');
  });

  it('does not silence a reader pointing to a post, a video or an account on a social platform', () => {
    // Team-written: a promoter's destination (an account page) is evidence the model learns, never a verdict alone.
    const pointing = [
      'PIB ने खुद ट्वीट करके बताया था, ये देखिए https://twitter.com/PIB_India/status/1790012345678901',
      'मंत्री जी का पूरा भाषण यहाँ है https://www.youtube.com/watch?v=Xy12abCD — 20वें मिनट से किसानों की बात है।',
      'kal ki press conference ka video: https://youtu.be/Ab3dEf9 , sawal ka jawab 14 minute pe hai',
      'Check this video, the minister said the exact opposite in 2019 https://youtu.be/Qw7rT2',
      'लेखक का फेसबुक पेज https://www.facebook.com/ravishkumar.official',
      'Rahul ji ka twitter dekho https://twitter.com/RahulGandhi, wahan sab clear likha hai',
      'The book the author quotes is on sale here https://www.amazon.in/dp/B09XYZ1234 , worth reading',
      'उन्होंने इंस्टाग्राम पर माफ़ी माँगी थी https://www.instagram.com/p/Cx12abYz/',
      'बहुत अच्छा लेख। धन्यवाद लिंक: https://example.org/x',
    ];
    const silenced = pointing.filter(
      (body, i) =>
        moderate(
          { id: `p${i}`, body, authorName: 'पाठक', authorUrl: null, honeypot: null, parentId: null },
          context,
        ).verdict === 'spam',
    );
    expect(silenced).toEqual([]);
  });
});
