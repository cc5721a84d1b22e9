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

/** Lists that apply whatever the language: Devanagari entries cannot match Latin text, and English swearing is everywhere. */
const ALWAYS: Record<AbuseTier, TermMatcher> = {
  severe: new TermMatcher([
    ...ENGLISH_ABUSE.severe,
    ...DEVANAGARI_HINDI_ABUSE.severe,
    ...ROMANISED_HINDI_ABUSE.severe,
  ]),
  strong: new TermMatcher([
    ...ENGLISH_ABUSE.strong,
    ...DEVANAGARI_HINDI_ABUSE.strong,
    ...ROMANISED_HINDI_ABUSE.strong,
  ]),
  mild: new TermMatcher([...ENGLISH_ABUSE.mild, ...DEVANAGARI_HINDI_ABUSE.mild]),
};
/** Romanised Hindi's mild words ("sala", "bc", "pagal") are ordinary words or initials in other languages. */
const ROMANISED_MILD = new TermMatcher(ROMANISED_HINDI_ABUSE.mild);
const ROMANISED_MILD_LANGUAGES = new Set(['hi', 'hi-Latn', 'und']);

/** Every listed abusive word in the text, most severe tier first; a word is reported in its highest tier only. */
export function findAbusiveWords(text: string, language: string): AbusiveWord[] {
  return findAbusiveMatchWords(matchWords(text), language);
}

/** The same, for a caller that already split the text with matchWords (the abuse phase shares one split). */
export function findAbusiveMatchWords(textWords: readonly MatchWord[], language: string): AbusiveWord[] {
  const found: AbusiveWord[] = [];
  const reported = new Set<string>();
  for (const tier of TIERS) {
    const matches = ALWAYS[tier].findInMatchWords(textWords);
    if (tier === 'mild' && ROMANISED_MILD_LANGUAGES.has(language)) {
      matches.push(...ROMANISED_MILD.findInMatchWords(textWords));
    }
    for (const match of matches) {
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
