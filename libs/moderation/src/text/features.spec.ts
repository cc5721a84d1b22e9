import { foldedWords } from './words';
import { DEFAULT_FEATURE_OPTIONS, readableFeature, textFeatures } from './features';

describe('textFeatures', () => {
  it('gives words, bigrams and character n-grams inside word boundaries, a repeated word twice', () => {
    const features = textFeatures(['my', 'channel', 'my']);
    expect(features).toEqual(expect.arrayContaining(['w:my', 'w:channel', 'b:my channel', 'b:channel my']));
    expect(features).toContain('c: my');
    expect(features).toContain('c:chan');
    expect(features).toContain('c:nnel ');
    expect(features.filter((f) => f === 'w:my')).toHaveLength(2);
    // Never across two words.
    expect(features).not.toContain('c:y c');
  });

  it('keeps Devanagari vowel signs and conjuncts inside its n-grams', () => {
    const features = textFeatures(foldedWords('हिंदी में लिखें'));
    expect(features).toContain('w:हिंदी');
    expect(features).toContain('c: हिं');
    expect(features).not.toContain('c:ह');
  });

  it('adds the caller’s shapes, bounds long texts and can drop n-grams', () => {
    expect(textFeatures(['a'], ['<url>'])).toContain('<url>');
    const long = Array.from({ length: 500 }, (_, i) => `w${i}`);
    expect(textFeatures(long).filter((f) => f.startsWith('w:'))).toHaveLength(
      DEFAULT_FEATURE_OPTIONS.maxWords,
    );
    expect(
      textFeatures(['hello'], [], { ...DEFAULT_FEATURE_OPTIONS, charMin: 0 }).some((f) => f.startsWith('c:')),
    ).toBe(false);
  });

  it('shows moderators words and shapes, not n-grams', () => {
    expect(readableFeature('b:my channel')).toBe('my channel');
    expect(readableFeature('<phone>')).toBe('<phone>');
    expect(readableFeature('c:chan')).toBeNull();
  });
});
