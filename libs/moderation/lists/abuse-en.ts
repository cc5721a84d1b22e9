/**
 * English abusive words in three tiers, curated by hand by this project with the LDNOOBW lists as a checklist
 * (see ATTRIBUTION.md). Words that are harmless in most contexts ("hell", "bloody", "sucks", "screw") are left out;
 * insults that are rude but common in heated debate ("idiot", "stupid") only signal.
 * An entry ending in "*" also matches longer words that start with it ("fuck*" → "fucking", "fucker").
 */
import { AbuseTiers } from './abuse-tiers';

export const ENGLISH_ABUSE: AbuseTiers = {
  // Slurs against a group and calls for self-harm or sexual violence: rejected without review.
  severe: [
    'nigger*', 'nigga', 'niggas', 'niggaz', 'faggot*', 'kike', 'kikes', 'chink', 'chinks', 'spic', 'spics', 'wetback*',
    'raghead*', 'sand nigger*', 'kill yourself', 'kill urself', 'kys', 'go die', 'i will rape',
    'rape you', 'gang rape', 'tranny', 'trannies',
  ],
  // Obscene or strongly insulting: held for a moderator, since quoting and banter exist.
  strong: [
    'fuck*', 'motherfuck*', 'mofo', 'fck', 'fuk', 'fuking', 'fcking', 'stfu', 'gtfo', 'cunt*', 'bitch', 'bitches',
    'bitching', 'bastard', 'bastards', 'asshole*', 'arsehole*', 'dickhead*', 'whore*', 'slut*', 'retard', 'retards',
    'retarded', 'cocksucker*', 'dipshit*', 'jackass', 'son of a bitch', 'pussy', 'wanker*', 'twat', 'twats', 'paki', 'pakis',
  ],
  // Rude or context-dependent: only a small signal.
  mild: [
    'shit', 'shitty', 'bullshit', 'crap', 'crappy', 'damn', 'idiot', 'idiots', 'idiotic', 'stupid', 'moron',
    'morons', 'moronic', 'dumb', 'dumbass', 'ass', 'jerk', 'loser', 'losers', 'dick', 'piss', 'pissed', 'wtf',
    'scum', 'scumbag', 'fool', 'fools', 'shut up', 'dumbo', 'imbecile', 'bimbo', 'prick', 'douche*',
  ],
}; // prettier-ignore
