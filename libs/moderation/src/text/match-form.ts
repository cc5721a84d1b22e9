/**
 * The form in which term lists and comments are compared: the text a reader sees, with the disguises people use to
 * get a word past a filter taken off. Devanagari is left as written (matras, nukta, virama, conjuncts), only
 * invisible joiners are dropped, since no list entry needs them and they can split a word unseen.
 */

/**
 * Rendered as nothing; used to split a word: every Default_Ignorable_Code_Point (variation selectors, tag characters,
 * U+3164, U+17B4, U+180B…), bidi controls and marks (U+061C…) and U+FFF9–B. ZWJ/ZWNJ only shape conjuncts, so
 * matching ignores them too.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\ufff9-\ufffb]/gu;
/** Accents and "zalgo" marks stacked on Latin letters ("fúck", "f̶u̶c̶k̶"); marks on other scripts are letters' own. */
const MARKS_ON_LATIN = /(?<=[a-z])[\u0300-\u036f\u0488\u0489\u1ab0-\u1aff\u20d0-\u20ff]+/g;
/** A raw token: letters, marks, digits, and the symbols that stand in for letters inside a word ("sh!t", "@ss"). */
const RAW_TOKEN = /[\p{L}\p{M}\p{Nd}@$!|*\u200c\u200d]+/gu;
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const LEET_CHARS = /[0-9@$!|]/g;
/** Cyrillic and Greek letters that look like Latin ones, lower case (the text is folded first). */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ς: 's', γ: 'y',
}; // prettier-ignore
const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/;
const LATIN_LETTER = /[a-z]/;
const ANY_LETTER = /\p{L}/u;
/** A letter run three or more times ("fuuuck", "कमीीीना"): stretched on purpose. */
const STRETCHED = /(.)\1\1/u;
const RUNS = /(.)\1+/gu;

/** One word as matching sees it; `squeezed` (repeats cut to one) is set only when the writer stretched the word. */
export interface MatchWord {
  word: string;
  squeezed: string | null;
}

/** Folds the text and undoes obfuscation; the result is a list of words compared whole, never by substring. */
const PRINTABLE_ASCII = /^[\x20-\x7e\n\r\t]*$/;

/**
 * The text in match form. The pipeline splits a comment once (its TextView's termWords) and both of the site's term
 * lists read that split.
 */
export function matchWords(text: string): readonly MatchWord[] {
  return splitMatchWords(text);
}

/** The same split, as a list the caller may change. */
export function splitMatchWords(text: string): MatchWord[] {
  return matchFormWords(text).map((word) => ({ word, squeezed: squeezedIfStretched(word) }));
}

/** The words of the same split, without their stretch information (the key lexicon works it out once per word). */
export function matchFormWords(text: string, clauseStarts?: number[]): string[] {
  // Normalisation and mark stripping change nothing in plain ASCII, the most common comment; skip the passes.
  const folded = PRINTABLE_ASCII.test(text) ? text.toLowerCase() : foldUnicode(text);
  const tokens: string[] = [];
  let end = 0;
  let pendingBreak = false;
  for (const match of folded.matchAll(RAW_TOKEN)) {
    const start = match.index;
    // Most gaps are one space, which holds no clause punctuation.
    const gap = start - end;
    if (clauseStarts !== undefined && tokens.length > 0 && gap > 0 && (gap > 1 || folded[end] !== ' ')) {
      pendingBreak ||= isClauseGap(folded.slice(end, start), tokens[tokens.length - 1], match[0]);
    }
    end = start + match[0].length;
    const token = cleanToken(match[0]);
    if (!token) continue;
    if (pendingBreak) clauseStarts?.push(tokens.length);
    pendingBreak = false;
    tokens.push(token);
  }
  return joinSpelledOut(tokens, clauseStarts);
}

/** The dashes, the ellipsis, two dots or more: a clause ends wherever they stand between words. */
const CLAUSE_DASH = /[–—―…]|\.{2,}|-{2,}|\s-+(?:\s|$)|^-+\s/;
const CLAUSE_MARK = /[,;:]/;
const DIGIT_FIRST = /^\d/;

/**
 * Clause punctuation between two words: a dash or an ellipsis; or "," ";" ":" — except written tight where it is
 * part of a number ("1,000", "10:30") or an obfuscation ("f,u,c,k": after a one-letter word).
 */
function isClauseGap(gap: string, before: string, after: string): boolean {
  if (CLAUSE_DASH.test(gap)) return true;
  if (!CLAUSE_MARK.test(gap)) return false;
  if (/\s/.test(gap)) return true;
  return !DIGIT_FIRST.test(after) && [...before].length > 1;
}

/** A MatchWord's `squeezed`: the word with its repeats cut to one when it was stretched ("fuuuck"), else null. */
export function squeezedIfStretched(word: string): string | null {
  return STRETCHED.test(word) ? word.replace(RUNS, '$1') : null;
}

function foldUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(MARKS_ON_LATIN, '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u200c\u200d]/g, '');
}

/** The folded words only, for callers that need no stretch information (term lists, language markers). */
export function matchForm(text: string): string[] {
  return matchWords(text).map((w) => w.word);
}

/** A word with its repeats cut to one letter: how a stretched comment word is compared with a list entry. */
export function squeeze(word: string): string {
  return word.replace(RUNS, '$1');
}

/** Letters and marks only, no lookalike script: nothing to clean (most tokens). */
const PLAIN_TOKEN = /^[\p{L}\p{M}]+$/u;

function cleanToken(raw: string): string {
  if (PLAIN_TOKEN.test(raw) && !CYRILLIC_OR_GREEK.test(raw)) return raw;
  // Trailing "!" and "|" are punctuation ("bakwas!"), leading ones too; inside a word they stand for letters.
  const token = raw.replace(/^[!|]+|[!|]+$/g, '');
  if (!ANY_LETTER.test(token)) return token.replace(/[@$!|*]/g, '');
  let word = token.replace(LEET_CHARS, (c) => LEET[c] ?? c);
  if (CYRILLIC_OR_GREEK.test(word) && (LATIN_LETTER.test(word) || allLookalikes(word))) {
    word = [...word].map((c) => LOOKALIKES[c] ?? c).join('');
  }
  return word;
}

function allLookalikes(word: string): boolean {
  for (const c of word) if (!(c in LOOKALIKES) && c !== '*') return false;
  return true;
}

/**
 * "f u c k", "c.h.u.t", "f-u-c-k": three or more one-letter Latin words in a row are read as one word. `clauseStarts`
 * (token indices) are moved to the joined words' indices; one inside a joined word is dropped.
 */
function joinSpelledOut(tokens: string[], clauseStarts?: number[]): string[] {
  const out: string[] = [];
  const starts = clauseStarts ?? [];
  const moved: number[] = [];
  let k = 0;
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && tokens[j].length === 1 && LATIN_LETTER.test(tokens[j])) j++;
    const to = j - i >= 3 ? j : i + 1;
    for (; k < starts.length && starts[k] < to; k++) if (starts[k] === i) moved.push(out.length);
    out.push(to === i + 1 ? tokens[i] : tokens.slice(i, j).join(''));
    i = to;
  }
  if (clauseStarts !== undefined && moved.length !== starts.length)
    clauseStarts.splice(0, starts.length, ...moved);
  return out;
}
