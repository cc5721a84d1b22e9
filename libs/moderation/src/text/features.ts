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
 * The features of a list of words, as a multiset (a word said twice counts twice), after the caller's extra features
 * (shapes like "<url>"). Prefixes keep the kinds apart: "w:" word, "b:" bigram, "c:" character n-gram. Training uses
 * this list; scoring adds up the same features through `wordFeatures`, memoised per word (see logistic.ts).
 */
export function textFeatures(
  words: readonly string[],
  extra: readonly string[] = [],
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): string[] {
  const out: string[] = [...extra];
  const count = Math.min(words.length, options.maxWords);
  for (let i = 0; i < count; i++) {
    out.push(...wordFeatures(words[i], options));
    if (options.bigrams && i > 0) out.push(bigram(words[i - 1], words[i]));
  }
  return out;
}

/** One word's own features: the word and its character n-grams (padded with a space at both ends). */
export function wordFeatures(word: string, options: FeatureOptions): string[] {
  const out = [`w:${word}`];
  if (options.charMin > 0 && word.length <= options.maxCharWordLength) {
    const padded = ` ${word} `;
    for (let n = options.charMin; n <= options.charMax && n <= padded.length; n++) {
      for (let start = 0; start + n <= padded.length; start++)
        out.push(`c:${padded.slice(start, start + n)}`);
    }
  }
  return out;
}

export const BIGRAM_PREFIX = 'b:';

export function bigram(first: string, second: string): string {
  return `${BIGRAM_PREFIX}${first} ${second}`;
}

/** Features a moderator can read in a reason: words, bigrams and shapes, not character n-grams. */
export function readableFeature(feature: string): string | null {
  if (feature.startsWith('w:') || feature.startsWith('b:')) return feature.slice(2);
  if (feature.startsWith('c:')) return null;
  return feature;
}
