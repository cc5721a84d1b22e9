import { spamViewOfText } from './spam-view';
import { spamTokensOf, tokensForLearning } from './tokens';
import { aComment } from '../testing/check-fixtures';

const tokensOf = (text: string) => spamTokensOf(spamViewOfText(text));

describe('spam tokens', () => {
  it('keeps Hindi words whole, with matras, virama, anusvara and nukta; drops the danda and function words', () => {
    expect(tokensOf('ज़रूरी ख़बर: प्रधानमंत्री ने किसानों से मुलाक़ात की।')).toEqual([
      'ज़रूरी',
      'ख़बर',
      'प्रधानमंत्री',
      'ने',
      'किसानों',
      'मुलाक़ात',
    ]);
  });

  it('treats a composed and a decomposed nukta as the same token', () => {
    expect(tokensOf('\u095b\u0930\u0942\u0930')).toEqual(tokensOf('\u091c\u093c\u0930\u0942\u0930'));
  });

  it('lower-cases romanised Hindi and squeezes stretched letters', () => {
    expect(tokensOf('Bahut BADHIYA yaarrrr, sahi baat hai!')).toEqual([
      'bahut',
      'badhiya',
      'yaarr',
      'sahi',
      'baat',
    ]);
  });

  it('turns Indian phone numbers in any spacing, and Devanagari digits, into one phone shape', () => {
    for (const text of ['call 9876543210', 'call +91 98765 43210', 'call 098765-43210', 'call ९८७६५४३२१०']) {
      expect(tokensOf(text)).toEqual(['<phone>', 'call']);
    }
  });

  it('gives numbers a shape by length, not their value', () => {
    expect(tokensOf('text WIN to 87121, 2 prizes')).toEqual([
      'text',
      'win',
      'to',
      '<num5>',
      '<num>',
      'prizes',
    ]);
  });

  it('turns links into host and TLD tokens instead of words', () => {
    expect(tokensOf('visit https://www.cheap-loans.xyz/apply now')).toEqual([
      '<link>',
      'host:cheap-loans.xyz',
      'tld:.xyz',
      'visit',
      'apply',
      'now',
    ]);
  });

  it('folds look-alike Cyrillic letters in a Latin host and removes zero-width characters', () => {
    const view = spamViewOfText('login at p\u0430yp\u0430l.com and fr\u200bee m\u200conеy');
    expect(view.hosts).toEqual(['paypal.com']);
    expect(view.disguisedHosts).toEqual(['paypal.com']);
    expect(view.words).toContain('free');
  });

  it('leaves a Russian sentence alone: only runs that mix alphabets are folded', () => {
    expect(spamViewOfText('Привет, это хорошая статья').text).toBe('Привет, это хорошая статья');
  });

  it('adds the author link host for site learning', () => {
    expect(tokensForLearning(aComment({ body: 'nice', authorUrl: 'https://seo-guru.in/x' }))).toEqual([
      'nice',
      'author-host:seo-guru.in',
    ]);
  });
});
