/**
 * Sparse text features for the learned models (spam, aggression): word unigrams and bigrams, and character n-grams
 * taken inside each word (padded with a space at both ends, like scikit-learn's `char_wb`), so they never straddle two
 * words. Words come from `foldedWords`/`matchForm`, which keep Devanagari vowel signs and conjuncts intact; n-grams
 * are over UTF-16 code units, which for Devanagari (all in the BMP) are its letters and signs.
 */
export interface FeatureOptions {
  /** Shortest and longest character n-gram; 0 for none. */
  charMin: number;
  charMax: number;
  /** Word bigrams ("my channel", "check out"). */
  bigrams: boolean;
  /** Only the first words of a long text count: it says what it is early, and the cost stays bounded. */
  maxWords: number;
  /** Longer words (URLs' remains, hashes) add no character n-grams. */
  maxCharWordLength: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  charMin: 3,
  charMax: 5,
  bigrams: true,
  maxWords: 120,
  maxCharWordLength: 24,
};

/**
 * The distinct features of a list of words, plus any extra features the caller adds (shapes like "<url>").
 * Prefixes keep the kinds apart: "w:" word, "b:" bigram, "c:" character n-gram.
 */
export function textFeatures(
  words: readonly string[],
  extra: readonly string[] = [],
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): string[] {
  const out = new Set<string>(extra);
  const count = Math.min(words.length, options.maxWords);
  let previous = '';
  for (let i = 0; i < count; i++) {
    const word = words[i];
    out.add(`w:${word}`);
    if (options.bigrams && i > 0) out.add(`b:${previous} ${word}`);
    previous = word;
    if (options.charMin > 0 && word.length <= options.maxCharWordLength) {
      const padded = ` ${word} `;
      for (let n = options.charMin; n <= options.charMax; n++) {
        if (n > padded.length) break;
        for (let start = 0; start + n <= padded.length; start++)
          out.add(`c:${padded.slice(start, start + n)}`);
      }
    }
  }
  return [...out];
}

/** Features a moderator can read in a reason: words, bigrams and shapes, not character n-grams. */
export function readableFeature(feature: string): string | null {
  if (feature.startsWith('w:') || feature.startsWith('b:')) return feature.slice(2);
  if (feature.startsWith('c:')) return null;
  return feature;
}
