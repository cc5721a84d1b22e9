/**
 * A case-insensitive test for any of `alternatives` (a regex alternation) as whole words. Not `\b`, which splits a
 * Devanagari vowel sign off its word: a neighbour that is a letter or a mark means the match is inside a word.
 */
export const wholeWord = (alternatives: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'iu');
