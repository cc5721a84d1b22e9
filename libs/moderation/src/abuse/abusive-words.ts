import { AbuseTier } from '../../lists/abuse-words';
import { LexiconHit, textWords, toTextWords } from '../text/key-lexicon';
import { MatchWord } from '../text/match-form';
import { abuseLexicon, LexiconValue } from './abuse-lexicon';

export type { AbuseTier } from '../../lists/abuse-words';
export { maskWord } from './mask';

export interface AbusiveWord {
  tier: AbuseTier;
  term: string;
}

const TIERS: readonly AbuseTier[] = ['severe', 'strong', 'mild'];

/**
 * Every listed abusive word (and slur) in the text, most severe tier first, each once. Kept for the language
 * evaluation and bench; the checks use detectAbuse, which also reads who the words are aimed at.
 */
export function findAbusiveWords(text: string, _language?: string): AbusiveWord[] {
  return abusiveWordsIn(abuseLexicon().find(textWords(text)));
}

export function findAbusiveMatchWords(words: readonly MatchWord[], _language?: string): AbusiveWord[] {
  return abusiveWordsIn(abuseLexicon().find(toTextWords(words)));
}

function abusiveWordsIn(hits: readonly LexiconHit<LexiconValue>[]): AbusiveWord[] {
  const found: AbusiveWord[] = [];
  for (const tier of TIERS) {
    for (const h of hits) {
      const v = h.value;
      const hitTier = v.kind === 'word' ? v.tier : v.kind === 'group' && v.slur ? 'strong' : null;
      if (hitTier === tier && !found.some((f) => f.term === h.term)) found.push({ tier, term: h.term });
    }
  }
  return found;
}
