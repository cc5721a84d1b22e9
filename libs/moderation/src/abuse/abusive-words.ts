import { ENGLISH_ABUSE } from '../../lists/abuse-en';
import { DEVANAGARI_HINDI_ABUSE, ROMANISED_HINDI_ABUSE } from '../../lists/abuse-hi';
import { MatchWord, matchWords } from '../text/match-form';
import { TermMatcher } from '../text/term-matcher';

export type AbuseTier = 'severe' | 'strong' | 'mild';

export interface AbusiveWord {
  tier: AbuseTier;
  term: string;
}

const TIERS: readonly AbuseTier[] = ['severe', 'strong', 'mild'];

interface ListedEntry {
  tier: AbuseTier;
  /** Romanised Hindi's mild words ("sala", "bc", "pagal") are ordinary words or initials in other languages. */
  romanisedMildOnly: boolean;
}

/**
 * Every list in one matcher (one pass over the words), each term with its highest tier. Devanagari entries cannot
 * match Latin text, and English swearing is everywhere, so the lists apply whatever the language, except romanised
 * Hindi's mild words, which apply only to Hindi and undetermined text.
 */
const ENTRIES = new Map<string, ListedEntry>();
function list(terms: readonly string[], tier: AbuseTier, romanisedMildOnly = false): void {
  for (const term of terms) {
    const existing = ENTRIES.get(term);
    if (!existing || TIERS.indexOf(tier) < TIERS.indexOf(existing.tier)) {
      ENTRIES.set(term, { tier, romanisedMildOnly });
    } else if (existing.tier === tier && !romanisedMildOnly) existing.romanisedMildOnly = false;
  }
}
for (const tier of TIERS) {
  list(ENGLISH_ABUSE[tier], tier);
  list(DEVANAGARI_HINDI_ABUSE[tier], tier);
  if (tier !== 'mild') list(ROMANISED_HINDI_ABUSE[tier], tier);
}
list(ROMANISED_HINDI_ABUSE.mild, 'mild', true);
const ALL_LISTS = new TermMatcher([...ENTRIES.keys()]);
const ROMANISED_MILD_LANGUAGES = new Set(['hi', 'hi-Latn', 'und']);

/** Every listed abusive word in the text, most severe tier first; a word is reported in its highest tier only. */
export function findAbusiveWords(text: string, language: string): AbusiveWord[] {
  return findAbusiveMatchWords(matchWords(text), language);
}

/** The same, for a caller that already split the text with matchWords (the abuse phase shares one split). */
export function findAbusiveMatchWords(textWords: readonly MatchWord[], language: string): AbusiveWord[] {
  const matches = ALL_LISTS.findInMatchWords(textWords);
  if (matches.length === 0) return [];
  const romanisedMild = ROMANISED_MILD_LANGUAGES.has(language);
  const found: AbusiveWord[] = [];
  const reported = new Set<string>();
  for (const tier of TIERS) {
    for (const match of matches) {
      const entry = ENTRIES.get(match.term)!;
      if (entry.tier !== tier || (entry.romanisedMildOnly && !romanisedMild)) continue;
      const term = match.term.replace(/\*$/, '');
      // "kutte ki aulad" (strong) already says what "kutte" (mild) would.
      if (reported.has(term) || term.split(' ').some((w) => reported.has(w))) continue;
      found.push({ tier, term });
      reported.add(term);
      for (const w of term.split(' ')) reported.add(w);
    }
  }
  return found;
}

/** "madarchod" → "m*******d": a moderator sees which word fired without the reason repeating it in full. */
export function maskWord(term: string): string {
  const single = !term.includes(' ');
  return term
    .split(' ')
    .map((word) => {
      const graphemes = [...segmenter.segment(word)].map((s) => s.segment);
      if (graphemes.length < 2) return word;
      if (graphemes.length === 2) return single ? `${graphemes[0]}*` : word;
      return graphemes[0] + '*'.repeat(graphemes.length - 2) + graphemes[graphemes.length - 1];
    })
    .join(' ');
}

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
