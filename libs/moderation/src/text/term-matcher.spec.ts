import { TermMatcher } from './term-matcher';
import { words } from './words';

describe('words', () => {
  it('keeps Devanagari vowel signs, virama and anusvara inside the word and drops the danda', () => {
    expect(words('हिंदी में लिखी गई टिप्पणी बहुत अच्छी है।')).toEqual([
      'हिंदी',
      'में',
      'लिखी',
      'गई',
      'टिप्पणी',
      'बहुत',
      'अच्छी',
      'है',
    ]);
  });

  it('splits romanised Hindi and English on spaces and punctuation', () => {
    expect(words('bahut badhiya article hai, thanks!')).toEqual([
      'bahut',
      'badhiya',
      'article',
      'hai',
      'thanks',
    ]);
  });
});

describe('TermMatcher', () => {
  const matcher = new TermMatcher(['गधा', 'free money', 'कमीना']);

  it('finds a Hindi term followed by the danda', () => {
    expect(matcher.findAll('तुम पूरे गधा।').map((m) => m.term)).toEqual(['गधा']);
  });

  it('does not match a term inside a longer word, whether the extra part is a letter or a vowel sign', () => {
    expect(matcher.findAll('गधापन और गधे की बात')).toEqual([]);
    expect(matcher.findAll('कमीनापन')).toEqual([]);
  });

  it('matches multi-word terms case-insensitively and only as a sequence', () => {
    expect(matcher.findAll('Get FREE   Money now').map((m) => m.term)).toEqual(['free money']);
    expect(matcher.findAll('free of money')).toEqual([]);
  });

  it('treats NFC and decomposed forms the same (nukta)', () => {
    const composed = new TermMatcher(['\u095b']); // ज़ as one code point
    expect(composed.findAll('\u091c\u093c').length).toBe(1); // ज + nukta
  });
});

describe('TermMatcher with obfuscated text', () => {
  const matcher = new TermMatcher(['chutiya', 'गधा', 'spam link', 'bakwas*']);

  it('matches site terms through spacing, dots, stretching, zero-width and lookalike letters', () => {
    for (const text of [
      'c h u t i y a',
      'c.h.u.t.i.y.a',
      'chuuuutiya',
      'chu\u200btiya',
      'CHUTIYA',
      '\u0441hutiya',
    ]) {
      expect(matcher.findAll(text).map((m) => m.term)).toEqual(['chutiya']);
    }
  });

  it('keeps Devanagari intact: the danda ends a word, a matra continues it', () => {
    expect(matcher.findAll('वह गधा।').map((m) => m.term)).toEqual(['गधा']);
    expect(matcher.findAll('वह गधी है और गधों की बात')).toEqual([]);
  });

  it('treats a trailing "*" as "words starting with", and masked letters as any letter', () => {
    expect(matcher.findAll('bakwasbaazi band karo').map((m) => m.term)).toEqual(['bakwas*']);
    expect(matcher.findAll('ch*tiya').map((m) => m.term)).toEqual(['chutiya']);
    expect(matcher.findAll('spam   LINK').map((m) => m.term)).toEqual(['spam link']);
  });
});
