/**
 * Word segmentation that is correct for Devanagari. A word is a run of letters, combining marks (matras, virama,
 * nukta, anusvara: \p{M}) and digits, with ZWJ/ZWNJ allowed inside (they shape conjuncts). `\b` and `[^\p{L}]`
 * would cut "हिंदी" after "ह" because the vowel sign is a mark, not a letter; this never does.
 */
const WORD = /[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}\u200c\u200d]*[\p{L}\p{M}\p{Nd}])?/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower-case, NFC-normalised words: the form term lists and tokenisers compare. */
export function foldedWords(text: string): string[] {
  // toLowerCase() is the root locale's mapping, the same as en-US's (which tailors nothing) and faster.
  return words(text.normalize('NFC').toLowerCase());
}
