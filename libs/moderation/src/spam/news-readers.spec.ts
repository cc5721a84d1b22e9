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
});
