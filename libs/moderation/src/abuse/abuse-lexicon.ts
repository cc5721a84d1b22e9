import { ABUSE_WORDS, AbuseTier, ORDINARY_IDIOMS } from '../../lists/abuse-words';
import { PROTECTED_GROUPS } from '../../lists/group-terms';
import {
  GROUP_FAULTS,
  HOSTILITY_CUES,
  PERSON_METAPHORS,
  PERSON_TARGETS,
  QUESTION_WORDS,
  QUESTIONED,
  THREAT_MOOD,
  UNDOING_MARKERS,
} from '../../lists/hostility-cues';
import { KeyLexicon } from '../text/key-lexicon';
import { AbuseCategory } from '../types';

export type CueKind = keyof typeof HOSTILITY_CUES;
export type TargetKind = keyof typeof PERSON_TARGETS;
export type MarkerKind = keyof typeof UNDOING_MARKERS;

/** What one lexicon hit is: every list lives in one lexicon, so a comment is scanned once. */
export type LexiconValue =
  | { kind: 'word'; category: AbuseCategory; tier: AbuseTier }
  | { kind: 'group'; label: string; slur: boolean }
  | { kind: 'cue'; cue: CueKind }
  | { kind: 'mood' }
  | { kind: 'question' }
  | { kind: 'questioned' }
  | { kind: 'target'; target: TargetKind }
  | { kind: 'marker'; marker: MarkerKind }
  | { kind: 'metaphor' }
  | { kind: 'fault' }
  /** An ordinary idiom holding a listed word ("drop dead gorgeous"): the words it holds are not read. */
  | { kind: 'idiom' };

let lexicon: KeyLexicon<LexiconValue> | null = null;

export function abuseLexicon(): KeyLexicon<LexiconValue> {
  if (lexicon) return lexicon;
  const lists: { terms: readonly string[]; value: LexiconValue }[] = [];
  for (const s of ABUSE_WORDS)
    lists.push({ terms: s.terms, value: { kind: 'word', category: s.category, tier: s.tier } });
  for (const g of PROTECTED_GROUPS) {
    lists.push({ terms: g.names, value: { kind: 'group', label: g.label, slur: false } });
    lists.push({ terms: g.slurs, value: { kind: 'group', label: g.label, slur: true } });
  }
  for (const cue of Object.keys(HOSTILITY_CUES) as CueKind[]) {
    lists.push({ terms: HOSTILITY_CUES[cue], value: { kind: 'cue', cue } });
  }
  lists.push({ terms: THREAT_MOOD, value: { kind: 'mood' } });
  lists.push({ terms: QUESTION_WORDS, value: { kind: 'question' } });
  lists.push({ terms: QUESTIONED, value: { kind: 'questioned' } });
  for (const target of Object.keys(PERSON_TARGETS) as TargetKind[]) {
    lists.push({ terms: PERSON_TARGETS[target], value: { kind: 'target', target } });
  }
  for (const marker of Object.keys(UNDOING_MARKERS) as MarkerKind[]) {
    lists.push({ terms: UNDOING_MARKERS[marker], value: { kind: 'marker', marker } });
  }
  lists.push({ terms: PERSON_METAPHORS, value: { kind: 'metaphor' } });
  lists.push({ terms: GROUP_FAULTS, value: { kind: 'fault' } });
  lists.push({ terms: ORDINARY_IDIOMS, value: { kind: 'idiom' } });
  lexicon = new KeyLexicon(lists);
  return lexicon;
}
