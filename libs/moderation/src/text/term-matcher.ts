import { MatchWord, matchWords, squeeze } from './match-form';

export interface TermMatch {
  term: string;
}

interface ListedTerm {
  term: string;
  words: string[];
  /** Entry ends in "*": its last word matches any word that starts with it ("chutiy*" → "chutiyapa"). */
  prefix: boolean;
}

const MIN_PREFIX_LENGTH = 3;

/**
 * Matches whole words or whole word sequences, never a piece of a longer word: "class" does not match "classic",
 * and "गधा" does not match inside "गधाप्रसाद"; "गधा।" matches, since the danda is not part of the word.
 * Both sides go through the same de-obfuscation (match-form.ts), so "f.u.c.k", "fuuuck", "sh1t" and "fυck" (Greek υ)
 * match "fuck". A text word masked with "*" ("f*ck") matches a listed word of the same length.
 */
export class TermMatcher {
  private readonly byFirstWord = new Map<string, ListedTerm[]>();
  private readonly bySqueezedFirstWord = new Map<string, ListedTerm[]>();
  private readonly prefixTerms: ListedTerm[] = [];
  /** Prefix terms by their first MIN_PREFIX_LENGTH letters (stem and squeezed stem), so a word probes one bucket. */
  private readonly prefixIndex = new Map<string, ListedTerm[]>();
  private readonly all: ListedTerm[] = [];

  constructor(terms: readonly string[]) {
    for (const term of terms) {
      const prefix = /\*\s*$/.test(term);
      const termWords = matchWords(term.replace(/\*\s*$/, '')).map((w) => w.word);
      if (termWords.length === 0) continue;
      const listed: ListedTerm = { term, words: termWords, prefix };
      this.all.push(listed);
      if (prefix && termWords.length === 1 && termWords[0].length >= MIN_PREFIX_LENGTH) {
        this.prefixTerms.push(listed);
        const stem = termWords[0];
        addTo(this.prefixIndex, stem.slice(0, MIN_PREFIX_LENGTH), listed);
        const squeezedStem = squeeze(stem);
        if (squeezedStem.slice(0, MIN_PREFIX_LENGTH) !== stem.slice(0, MIN_PREFIX_LENGTH)) {
          addTo(this.prefixIndex, squeezedStem.slice(0, MIN_PREFIX_LENGTH), listed);
        }
        continue;
      }
      addTo(this.byFirstWord, termWords[0], listed);
      addTo(this.bySqueezedFirstWord, squeeze(termWords[0]), listed);
    }
  }

  get size(): number {
    return this.all.length;
  }

  /** Every listed term that occurs in the text, each once, in order of discovery. */
  findAll(text: string): TermMatch[] {
    // Most sites list no terms: do not split the text for an empty list.
    if (this.all.length === 0) return [];
    return this.findInMatchWords(matchWords(text));
  }

  /** For callers that already split the text with matchWords (the abuse check shares one split between lists). */
  findInMatchWords(textWords: readonly MatchWord[]): TermMatch[] {
    if (this.all.length === 0) return [];
    const found = new Map<string, TermMatch>();
    const add = (listed: ListedTerm) => {
      if (!found.has(listed.term)) found.set(listed.term, { term: listed.term });
    };
    // Most lists have no prefix terms ("chutiy*"): their words need no prefix probe (a slice and a lookup each).
    const prefixes = this.prefixIndex.size > 0;
    for (let i = 0; i < textWords.length; i++) {
      const { word, squeezed } = textWords[i];
      const firsts = this.byFirstWord.get(word);
      if (firsts !== undefined) {
        for (const listed of firsts) if (sequenceAt(listed, textWords, i)) add(listed);
      }
      if (squeezed !== null) {
        for (const listed of this.bySqueezedFirstWord.get(squeezed) ?? []) {
          if (listed.words.length === 1) add(listed);
        }
      }
      if (prefixes) {
        this.matchPrefixes(word, squeezed, word, add);
        if (squeezed !== null) this.matchPrefixes(word, squeezed, squeezed, add);
      }
      if (word.includes('*')) this.matchMasked(word, add);
    }
    return [...found.values()];
  }

  /** The prefix terms filed under `key`'s first letters that the word, or its squeezed form, starts with. */
  private matchPrefixes(
    word: string,
    squeezed: string | null,
    key: string,
    add: (listed: ListedTerm) => void,
  ): void {
    for (const listed of this.prefixIndex.get(key.slice(0, MIN_PREFIX_LENGTH)) ?? []) {
      const stem = listed.words[0];
      if (word.startsWith(stem) || (squeezed !== null && squeezed.startsWith(squeeze(stem)))) add(listed);
    }
  }

  /** Plain folded words, kept for callers of the earlier API. */
  findInWords(textWords: readonly string[]): TermMatch[] {
    return this.findInMatchWords(textWords.map((word) => ({ word, squeezed: null })));
  }

  private matchMasked(word: string, add: (listed: ListedTerm) => void): void {
    const letters = word.replace(/\*/g, '');
    if (letters.length < 2) return;
    const pattern = new RegExp(`^${word.replace(/[^*]/g, escapeChar).replace(/\*/g, '\\p{L}')}$`, 'u');
    for (const listed of this.all) {
      if (listed.words.length === 1 && pattern.test(listed.words[0])) add(listed);
    }
  }
}

function sequenceAt(listed: ListedTerm, textWords: readonly MatchWord[], start: number): boolean {
  return listed.words.every((w, k) => {
    const textWord = textWords[start + k];
    if (!textWord) return false;
    if (textWord.word === w) return true;
    return listed.prefix && k === listed.words.length - 1 && textWord.word.startsWith(w);
  });
}

function addTo(map: Map<string, ListedTerm[]>, key: string, listed: ListedTerm): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(listed);
  else map.set(key, [listed]);
}

function escapeChar(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
