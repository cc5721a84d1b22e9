import { MatchWord } from './match-form';
import { matchWords } from './match-form';
import { WordKey, wordKey } from './phonetic-key';

/**
 * Whole-word lexicon matching that sees through spelling: a Devanagari or romanised Hindi entry matches a text word
 * with the same phonetic key, or an inflected form of its stem ("चूतिया" ↔ "chutiye", "चूतियो"); an English entry
 * (after '|en|' in a list) matches as spelt, stretched ("fuuuck"), masked ("f*ck") or inflected (-s/-ed/-ing/-er).
 * Entry syntax: "=word" exact (no inflections), "~word" Devanagari text only. Never a piece of a longer word.
 */
export interface LexiconHit<T> {
  value: T;
  term: string;
  start: number;
  /** Exclusive. */
  end: number;
}

interface EntryWord {
  literal: string;
  key: WordKey;
}
interface Entry<T> {
  value: T;
  term: string;
  words: EntryWord[];
  english: boolean;
  exact: boolean;
  devanagariOnly: boolean;
}

const MIN_LOOSE = 5;
/** A shorter stem is too often an ordinary word's too ("paki" / "pakka" → "pak"): list its forms instead. */
const MIN_STEM = 4;

/** A text word ready for matching: its folded spelling, repeats squeezed if stretched, and its phonetic key. */
export interface TextWord {
  literal: string;
  squeezed: string | null;
  key: WordKey;
}

export function textWords(text: string): TextWord[] {
  return toTextWords(matchWords(text));
}

export function toTextWords(words: readonly MatchWord[]): TextWord[] {
  return words.map((w) => ({ literal: w.word, squeezed: w.squeezed, key: wordKey(w.squeezed ?? w.word) }));
}

/** Where an English word and its inflections meet in the index: "hates", "hated", "hating" → "hat". */
export function englishStem(word: string): string {
  const stripped = word.replace(/(ing|ers|er|ed|es|s|d)$/, '');
  return (stripped.length >= 3 ? stripped : word).replace(/e$/, '');
}

const ENGLISH_SUFFIXES = ['s', 'es', 'd', 'ed', 'ing', 'er', 'ers'];
/** "hate" → "hates", "hated", "hating"; "fuck" → "fucking"; never "hat". */
function englishInflectionOf(text: string, entry: string): boolean {
  const base = entry.endsWith('e') ? entry.slice(0, -1) : entry;
  return ENGLISH_SUFFIXES.some((suffix) => text === entry + suffix || text === base + suffix);
}

export class KeyLexicon<T> {
  private readonly index = new Map<string, Entry<T>[]>();
  private readonly singles: Entry<T>[] = [];

  /** `lists`: arrays of entries in the lists' syntax ('|en|' / '|hi|' switch the language of what follows). */
  constructor(lists: readonly { terms: readonly string[]; value: T }[]) {
    for (const { terms, value } of lists) {
      let english = false;
      for (const raw of terms) {
        if (raw === '|en|' || raw === '|hi|') {
          english = raw === '|en|';
          continue;
        }
        const exact = raw.startsWith('=') || wordKey(raw.replace(/^[=~]/, '')).key.length <= 3;
        const devanagariOnly = raw.startsWith('~');
        const term = raw.replace(/^[=~]/, '');
        const words = matchWords(term).map((w) => ({ literal: w.word, key: wordKey(w.word) }));
        if (words.length === 0) continue;
        const entryEnglish = english && !/[\u0900-\u097f]/.test(term);
        const entry: Entry<T> = { value, term, words, english: entryEnglish, exact, devanagariOnly };
        if (words.length === 1) this.singles.push(entry);
        for (const key of indexKeys(entry)) addTo(this.index, key, entry);
      }
    }
  }

  /** Every entry found, once per value and place: of two spellings of one word, the one in the text's script. */
  find(words: readonly TextWord[]): LexiconHit<T>[] {
    const hits: LexiconHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const seen = new Set<Entry<T>>();
      const here: { hit: LexiconHit<T>; sameScript: boolean }[] = [];
      const w = words[i];
      const probes = [`l:${w.literal}`, `l:${w.squeezed}`, `e:${englishStem(w.literal)}`, `k:${w.key.key}`];
      probes.push(`s:${w.key.stem}`, `o:${w.key.loose}`, `k:${w.key.stem}`);
      for (const probe of probes) {
        for (const entry of this.index.get(probe) ?? []) {
          if (seen.has(entry)) continue;
          seen.add(entry);
          if (
            entry.words.every((ew, k) => words[i + k] !== undefined && wordMatches(entry, ew, words[i + k]))
          ) {
            const hit = { value: entry.value, term: entry.term, start: i, end: i + entry.words.length };
            here.push({ hit, sameScript: entry.words[0].key.devanagari === w.key.devanagari });
          }
        }
      }
      if (w.literal.includes('*')) {
        const masked: LexiconHit<T>[] = [];
        this.matchMasked(w, i, masked);
        for (const hit of masked) here.push({ hit, sameScript: true });
      }
      here.sort((a, b) => Number(b.sameScript) - Number(a.sameScript));
      for (const { hit } of here) {
        if (!hits.some((h) => h.value === hit.value && h.start === hit.start && h.end === hit.end))
          hits.push(hit);
      }
    }
    return hits;
  }

  private matchMasked(w: TextWord, i: number, hits: LexiconHit<T>[]): void {
    if (w.literal.replace(/\*/g, '').length < 2) return;
    const pattern = (s: string) => new RegExp(`^${s.replace(/[^*a-z]/g, '').replace(/\*+/g, '[a-z]{1,3}')}$`);
    const literal = pattern(w.literal);
    const keyed = pattern(w.key.key);
    for (const entry of this.singles) {
      const ew = entry.words[0];
      if (literal.test(ew.literal) || (!entry.english && keyed.test(ew.key.key))) {
        hits.push({ value: entry.value, term: entry.term, start: i, end: i + 1 });
      }
    }
  }
}

function indexKeys(entry: Entry<unknown>): string[] {
  const first = entry.words[0];
  const keys = [`l:${first.literal}`];
  if (entry.english) return [...keys, `e:${englishStem(first.literal)}`];
  keys.push(`k:${first.key.key}`);
  if (!entry.exact) {
    keys.push(`s:${first.key.stem}`);
    if (first.key.loose.length >= MIN_LOOSE) keys.push(`o:${first.key.loose}`);
  }
  return keys;
}

function wordMatches(entry: Entry<unknown>, ew: EntryWord, tw: TextWord): boolean {
  if (tw.literal === ew.literal || tw.squeezed === ew.literal) return true;
  if (entry.english) return englishInflectionOf(tw.literal, ew.literal);
  if (entry.devanagariOnly && !tw.key.devanagari) return false;
  const t = tw.key;
  const e = ew.key;
  if (t.key === e.key) return true;
  if (entry.exact) return false;
  if (t.inflected && t.stem === e.key) return true; // "हिंदुओं": "hindu" + "on"
  const inflectionAllowed = t.inflected || !e.inflected;
  if (t.stem === e.stem && e.stem.length >= MIN_STEM && inflectionAllowed) return true;
  return e.loose.length >= MIN_LOOSE && t.loose === e.loose && inflectionAllowed;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(value);
  else map.set(key, [value]);
}
