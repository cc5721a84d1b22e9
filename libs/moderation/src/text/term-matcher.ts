import { foldedWords } from './words';

export interface TermMatch {
  term: string;
}

/**
 * Matches whole words or whole word sequences, never a piece of a longer word: "class" does not match "classic",
 * and "गधा" does not match inside "गधाप्रसाद"; "गधा।" matches, since the danda is not part of the word.
 */
export class TermMatcher {
  private readonly byFirstWord = new Map<string, { term: string; words: string[] }[]>();

  constructor(terms: readonly string[]) {
    for (const term of terms) {
      const termWords = foldedWords(term);
      if (termWords.length === 0) continue;
      const bucket = this.byFirstWord.get(termWords[0]) ?? [];
      bucket.push({ term, words: termWords });
      this.byFirstWord.set(termWords[0], bucket);
    }
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** Every listed term that occurs in the text, each once, in list order of discovery. */
  findAll(text: string): TermMatch[] {
    return this.findInWords(foldedWords(text));
  }

  findInWords(textWords: readonly string[]): TermMatch[] {
    const found = new Map<string, TermMatch>();
    for (let i = 0; i < textWords.length; i++) {
      const candidates = this.byFirstWord.get(textWords[i]);
      if (!candidates) continue;
      for (const candidate of candidates) {
        if (found.has(candidate.term)) continue;
        if (candidate.words.every((w, k) => textWords[i + k] === w)) found.set(candidate.term, { term: candidate.term });
      }
    }
    return [...found.values()];
  }
}
