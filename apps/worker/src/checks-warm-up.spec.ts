import { warmUpChecks } from './checks-warm-up';

describe('warmUpChecks', () => {
  it('runs the real pipeline over every sample, so the language, spam, link and shouting checks all compile', () => {
    const outcomes = warmUpChecks();
    expect(outcomes).toHaveLength(6);
    const [hindi, hindiLong, hinglish, english, moneyLink, shout] = outcomes;
    expect([hindi.language, hindiLong.language, hinglish.language, english.language]).toEqual([
      'hi',
      'hi',
      'hi-Latn',
      'en',
    ]);
    expect([hindi.verdict, hindiLong.verdict, english.verdict]).toEqual(['publish', 'publish', 'publish']);
    // The link sample reaches the link checks and the spam model, and is caught.
    expect(moneyLink.verdict).not.toBe('publish');
    expect(moneyLink.reasons.join(' ')).toMatch(/link/);
    expect(shout.reasons.join(' ')).toMatch(/capital/);
  });

  it('keeps nothing from one run to the next: the same outcomes every time', () => {
    expect(warmUpChecks()).toEqual(warmUpChecks());
  });
});
