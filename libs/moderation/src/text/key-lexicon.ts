import { MatchWord, matchFormWords, matchWords, squeezedIfStretched } from './match-form';
import { WordKey, wordKey } from './phonetic-key';

/**
 * Whole-word lexicon matching that sees through spelling: a Devanagari or romanised Hindi entry matches a text word
 * with the same phonetic key, or an inflected form of its stem ("चूतिया" ↔ "chutiye", "चूतियो"); an English entry
 * (after '|en|' in a list) matches as spelt, stretched ("fuuuck"), masked ("f*ck") or inflected (-s/-ed/-ing/-er).
 * Entry syntax: "=word" exact (no inflections), "~word" Devanagari text only, "!word" as spelt only (its key is an
 * ordinary word's: "दल्ला" and "डाला" both read "dala"). Never a piece of a longer word.
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
  literalOnly: boolean;
}

const MIN_LOOSE = 5;
const DEVANAGARI_LETTER = /[\u0900-\u097f]/;
const DEVANAGARI_CHARS = /[\u0900-\u097f]/g;
/** The masked runs inside a Devanagari word ("*", "@" read as "a", "#"). */
const NOT_DEVANAGARI = /[^\u0900-\u097f]+/;
/** A shorter stem is too often an ordinary word's too ("paki" / "pakka" → "pak"): list its forms instead. */
const MIN_STEM = 4;

/**
 * A text word ready for matching: its folded spelling, repeats squeezed if stretched, and its phonetic key. Made only
 * here, from its spelling and squeezed form, and shared (one object per spelling): never changed once made.
 */
export interface TextWord {
  readonly literal: string;
  readonly squeezed: string | null;
  readonly key: WordKey;
  readonly english: string;
}

export function textWords(text: string): TextWord[] {
  return matchFormWords(text).map(textWordOf);
}

/** The same for one piece (a sentence) of a longer text. */
export function pieceWords(text: string): TextWord[] {
  return matchFormWords(text).map(textWordOf);
}

/** A sentence's words and where each clause after the first begins (word indices, ascending). */
export interface ClauseWords {
  words: TextWord[];
  clauseStarts: readonly number[];
}

const NO_CLAUSE_STARTS: readonly number[] = [];

/**
 * A sentence's words as pieceWords reads them, with its clause boundaries (",", ";", ":", the dashes and the
 * ellipsis between words; text/match-form.ts): a phrase of the lexicon is never matched
 * across one ("Shoot, you beat me" holds no "shoot you"). Devanagari words are split as before (by letters and marks,
 * never `\b`): only the punctuation between words is read here.
 */
export function pieceClauses(text: string): ClauseWords {
  const clauseStarts: number[] = [];
  const words = matchFormWords(text, clauseStarts).map(textWordOf);
  return { words, clauseStarts: clauseStarts.length === 0 ? NO_CLAUSE_STARTS : clauseStarts };
}

/** Words `from` and `to` (inclusive, either order) lie in one clause. */
export function sameClause(clauseStarts: readonly number[], from: number, to: number): boolean {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  for (const start of clauseStarts) if (start > lo && start <= hi) return false;
  return true;
}

export function toTextWords(words: readonly MatchWord[]): TextWord[] {
  return words.map((w) =>
    w.squeezed === squeezedIfStretched(w.word) ? textWordOf(w.word) : newTextWord(w.word, w.squeezed),
  );
}

/**
 * The text word of a match-form word, made once per spelling: every sentence of every comment reads the same common
 * words, and their keys, stems and squeezed forms were worked out again for each.
 */
const textWordMemo = new Map<string, TextWord>();
function textWordOf(word: string): TextWord {
  let found = textWordMemo.get(word);
  if (found === undefined) {
    if (textWordMemo.size >= 50_000) textWordMemo.clear();
    textWordMemo.set(word, (found = newTextWord(word, squeezedIfStretched(word))));
  }
  return found;
}

function newTextWord(word: string, squeezed: string | null): TextWord {
  return { literal: word, squeezed, key: wordKey(squeezed ?? word), english: englishStem(word) };
}

/** Where an English word and its inflections meet in the index: "hates", "hated", "hating" → "hat". */
const englishMemo = new Map<string, string>();
export function englishStem(word: string): string {
  let stem = englishMemo.get(word);
  if (stem === undefined) {
    if (englishMemo.size >= 50_000) englishMemo.clear();
    englishMemo.set(word, (stem = computeEnglishStem(word)));
  }
  return stem;
}

function computeEnglishStem(spelt: string): string {
  // A plural first, so "bastards" meets "bastard" (whose own -d is taken off below): both read "bastar".
  const word = spelt.length > 3 && /[^s]s$/.test(spelt) ? spelt.slice(0, -1) : spelt;
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
  /** Entries by their first word: as spelt, by English stem, phonetic key, stem and loose stem (one map each). */
  private readonly byLiteral = new Map<string, Entry<T>[]>();
  private readonly byEnglish = new Map<string, Entry<T>[]>();
  private readonly byKey = new Map<string, Entry<T>[]>();
  private readonly byStem = new Map<string, Entry<T>[]>();
  private readonly byLoose = new Map<string, Entry<T>[]>();
  private readonly singles: Entry<T>[] = [];
  /** candidatesOf's answers, by spelling. */
  private readonly candidates = new Map<string, readonly Entry<T>[]>();

  /** `lists`: arrays of entries in the lists' syntax ('|en|' / '|hi|' switch the language of what follows). */
  constructor(lists: readonly { terms: readonly string[]; value: T }[]) {
    for (const { terms, value } of lists) {
      let english = false;
      for (const raw of terms) {
        if (raw === '|en|' || raw === '|hi|') {
          english = raw === '|en|';
          continue;
        }
        const exact = raw.startsWith('=') || wordKey(raw.replace(/^[=~!]/, '')).key.length <= 3;
        const devanagariOnly = raw.startsWith('~');
        const literalOnly = raw.startsWith('!');
        const term = raw.replace(/^[=~!]/, '');
        const words = matchWords(term).map((w) => ({ literal: w.word, key: wordKey(w.word) }));
        if (words.length === 0) continue;
        const entryEnglish = english && !/[\u0900-\u097f]/.test(term);
        const entry: Entry<T> = {
          value,
          term,
          words,
          english: entryEnglish,
          exact,
          devanagariOnly,
          literalOnly,
        };
        if (words.length === 1) this.singles.push(entry);
        this.addToIndex(entry);
      }
    }
  }

  private addToIndex(entry: Entry<T>): void {
    const first = entry.words[0];
    addTo(this.byLiteral, first.literal, entry);
    if (entry.literalOnly) return;
    if (entry.english) return addTo(this.byEnglish, englishStem(first.literal), entry);
    addTo(this.byKey, first.key.key, entry);
    if (entry.exact) return;
    addTo(this.byStem, first.key.stem, entry);
    if (first.key.loose.length >= MIN_LOOSE) addTo(this.byLoose, first.key.loose, entry);
  }

  /**
   * Every entry found, once per value and place: of two spellings of one word, the one in the text's script. A
   * phrase is matched within one clause (`clauseStarts`, from pieceClauses).
   */
  find(words: readonly TextWord[], clauseStarts: readonly number[] = NO_CLAUSE_STARTS): LexiconHit<T>[] {
    const hits: LexiconHit<T>[] = [];
    // Reused across words: find() runs on every sentence of every comment, and most words hit nothing.
    const here: { hit: LexiconHit<T>; sameScript: boolean }[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const masked = w.literal.includes('*');
      const candidates = this.candidatesOf(w);
      if (candidates.length === 0 && !masked) continue;
      here.length = 0;
      for (const entry of candidates) {
        if (
          matchesAt(entry, words, i) &&
          (entry.words.length === 1 || sameClause(clauseStarts, i, i + entry.words.length - 1))
        ) {
          const hit = { value: entry.value, term: entry.term, start: i, end: i + entry.words.length };
          here.push({ hit, sameScript: entry.words[0].key.devanagari === w.key.devanagari });
        }
      }
      if (masked) {
        const maskedHits: LexiconHit<T>[] = [];
        this.matchMasked(w, i, maskedHits);
        for (const hit of maskedHits) here.push({ hit, sameScript: true });
      }
      if (here.length > 1) here.sort((a, b) => Number(b.sameScript) - Number(a.sameScript));
      const firstHere = hits.length;
      for (const { hit } of here) {
        let duplicate = false;
        for (let k = firstHere; k < hits.length && !duplicate; k++) {
          duplicate = hits[k].value === hit.value && hits[k].end === hit.end;
        }
        if (!duplicate) hits.push(hit);
      }
    }
    return hits;
  }

  /**
   * The entries whose first word may be this word: those in the index buckets its spellings fall in, each once, in
   * bucket order. Worked out once per spelling (a text word's key and stems follow from its spelling and squeezed
   * form), since every comment repeats the same common words and most fall in no bucket.
   */
  private candidatesOf(w: TextWord): readonly Entry<T>[] {
    const spelling = w.squeezed === null ? w.literal : `${w.literal}\u0000${w.squeezed}`;
    let candidates = this.candidates.get(spelling);
    if (candidates === undefined) {
      const found: Entry<T>[] = [];
      const buckets = [
        this.byLiteral.get(w.literal),
        w.squeezed !== null ? this.byLiteral.get(w.squeezed) : undefined,
        this.byEnglish.get(w.english),
        this.byKey.get(w.key.key),
        this.byStem.get(w.key.stem),
        this.byLoose.get(w.key.loose),
        w.key.inflected ? this.byKey.get(w.key.stem) : undefined,
      ];
      for (const bucket of buckets) {
        for (const entry of bucket ?? []) if (!found.includes(entry)) found.push(entry);
      }
      candidates = found.length > 0 ? found : NO_CANDIDATES;
      if (this.candidates.size >= MAX_CACHED_SPELLINGS) this.candidates.clear();
      this.candidates.set(spelling, candidates);
    }
    return candidates;
  }

  private matchMasked(w: TextWord, i: number, hits: LexiconHit<T>[]): void {
    if (w.literal.replace(/\*/g, '').length < 2) return;
    if (DEVANAGARI_LETTER.test(w.literal)) return this.matchMaskedDevanagari(w, i, hits);
    const pattern = (s: string) => new RegExp(`^${s.replace(/[^*a-z]/g, '').replace(/\*+/g, '[a-z]{1,3}')}$`);
    const literal = pattern(w.literal);
    const keyed = pattern(w.key.key);
    for (const entry of this.singles) {
      const ew = entry.words[0];
      if (literal.test(ew.literal) || (!entry.english && !entry.literalOnly && keyed.test(ew.key.key))) {
        hits.push({ value: entry.value, term: entry.term, start: i, end: i + 1 });
      }
    }
  }

  /**
   * "मादर**द", "म@दरच*द", "भ*सड़ी": Devanagari masked with stars or stray symbols. Each masked run stands for one to
   * four code points (a letter and its vowel sign); at least three Devanagari code points must be written, so "मु**"
   * alone matches nothing (too many ordinary words begin so).
   */
  private matchMaskedDevanagari(w: TextWord, i: number, hits: LexiconHit<T>[]): void {
    if ((w.literal.match(DEVANAGARI_CHARS)?.length ?? 0) < 3) return;
    const pattern = new RegExp(`^${w.literal.split(NOT_DEVANAGARI).join('[\\u0900-\\u097f]{1,4}')}$`);
    for (const entry of this.singles) {
      const ew = entry.words[0];
      if (ew.key.devanagari && pattern.test(ew.literal)) {
        hits.push({ value: entry.value, term: entry.term, start: i, end: i + 1 });
      }
    }
  }
}

const NO_CANDIDATES: readonly never[] = [];
const MAX_CACHED_SPELLINGS = 50_000;

/** Every word of the entry matches the text's words from `i` on. */
function matchesAt(entry: Entry<unknown>, words: readonly TextWord[], i: number): boolean {
  if (i + entry.words.length > words.length) return false;
  for (let k = 0; k < entry.words.length; k++) {
    if (!wordMatches(entry, entry.words[k], words[i + k])) return false;
  }
  return true;
}

function wordMatches(entry: Entry<unknown>, ew: EntryWord, tw: TextWord): boolean {
  if (tw.literal === ew.literal || tw.squeezed === ew.literal) return true;
  if (entry.literalOnly) return false;
  if (entry.english) return englishInflectionOf(tw.literal, ew.literal);
  if (entry.devanagariOnly && !tw.key.devanagari) return false;
  const t = tw.key;
  const e = ew.key;
  if (t.devanagari && e.devanagari && !sameDevanagariShape(tw.literal, ew.literal)) return false;
  if (t.key === e.key) return true;
  if (entry.exact) return false;
  if (t.inflected && t.stem === e.key) return true; // "हिंदुओं": "hindu" + "on"
  // Inflections folded across scripts guess too much: "फंसे" is not "phansi". A Devanagari word meets the
  // Devanagari spelling of an entry for its inflected forms; a romanised entry only by its whole key
  // (or the text word's stem: "कमीनेपन" is "kamine" + "pan").
  if (t.devanagari && !e.devanagari) return false;
  // A final -u is part of the word (गांडू, gandu), not an inflection of "gand-": "gandi" is "dirty".
  if (e.key.endsWith('u') !== t.key.endsWith('u')) return false;
  const inflectionAllowed = t.inflected || !e.inflected;
  if (t.stem === e.stem && e.stem.length >= MIN_STEM && inflectionAllowed) return true;
  return e.loose.length >= MIN_LOOSE && t.loose === e.loose && inflectionAllowed;
}

/** ट ठ ड ढ (and ड़ ढ़) are retroflex, त थ द ध dental: the key folds them, a Devanagari writer does not. */
const RETROFLEX_OR_DENTAL = /[टठडढ]|[तथदध]/g;
const RETROFLEX = /[टठडढ]/;
/** The first vowel: a vowel sign or nasal right after the first consonant, or the initial vowel. */
const FIRST_VOWEL = /^(?:[अआ]|[\u0915-\u0939]\u093c?([\u093e-\u094c\u0901\u0902]?))/;

/**
 * Two Devanagari spellings the phonetic key folds together but a Devanagari reader never confuses: a short and a long
 * first "a" (गंदी is "dirty", गांडू a slur; फंसे "stuck", फांसी "hanging"; पक्की "firm", पाकी a slur), and a dental
 * for a retroflex (गंदा/गांड), and (round 7) an "o" and an "au" in the first syllable (चौदा "fourteen" in Marathi, चोद).
 * Other vowel signs still fold (चुतिया/चूतिया), and so does the nukta (भोसड़ी/भोसडी).
 */
function sameDevanagariShape(text: string, entry: string): boolean {
  const t = FIRST_VOWEL.exec(text);
  const e = FIRST_VOWEL.exec(entry);
  const a = firstA(t);
  const b = firstA(e);
  if (a !== null && b !== null && a !== b) return false;
  // An "o" and an "au" in the first syllable: चौदा (Marathi "fourteen") is not चोद.
  const o = firstO(t);
  const p = firstO(e);
  if (o !== null && p !== null && o !== p) return false;
  const classes = (w: string) =>
    (w.match(RETROFLEX_OR_DENTAL) ?? []).map((c) => (RETROFLEX.test(c) ? 'r' : 'd')).join('');
  return classes(text) === classes(entry);
}

/** 'aa' for a long first a (आ, ा), 'a' for a short one (अ, the inherent vowel), null for any other vowel. */
function firstA(m: RegExpExecArray | null): 'a' | 'aa' | null {
  if (m === null) return null;
  if (m[0] === 'अ') return 'a';
  if (m[0] === 'आ') return 'aa';
  const sign = m[1] ?? '';
  if (sign === '' || sign === '\u0902' || sign === '\u0901') return 'a';
  return sign === '\u093e' ? 'aa' : null;
}

/** 'o' for ो, 'au' for ौ after the first consonant, null for any other vowel. */
function firstO(m: RegExpExecArray | null): 'o' | 'au' | null {
  const sign = m?.[1];
  return sign === '\u094b' ? 'o' : sign === '\u094c' ? 'au' : null;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(value);
  else map.set(key, [value]);
}
