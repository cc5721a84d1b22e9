import { ModerationPhase } from '../../types';
import { signal } from './links';

/** Weak on their own: fans shout too. They tip a comment that other signals already doubt. */
export const SHOUTING_LOG_ODDS = { capitals: 0.6, repeats: 0.4 } as const;
/** Capitals in one run of capitals, spaces and `!.,?'-` that count as shouting. */
const CAPITAL_RUN_MIN = 20;
/** What such a run may hold besides its capitals. */
const RUN_CHARACTER = /^[\p{Lu}\s!.,?'-]$/u;
const CAPITAL = /^\p{Lu}$/u;
const MOSTLY_CAPITALS_MIN_LETTERS = 25;
const CAPITALS = /\p{Lu}/gu;
/** The same character six times or more ("!!!!!!", "freeeeeee"). */
const REPEATED_CHARACTER = /(\S)\1{5,}/u;

export const shoutingSignals: ModerationPhase = (comment, _context, state) => {
  const { text, letterCount } = state.text.spam;
  const checks = [];
  const capitals = text.length - text.replace(CAPITALS, '').length;
  // A text with fewer capitals than a run needs cannot hold one.
  const capitalRun = capitals >= CAPITAL_RUN_MIN && hasCapitalRun(text);
  const mostlyCapitals = letterCount >= MOSTLY_CAPITALS_MIN_LETTERS && capitals / letterCount > 0.7;
  if (mostlyCapitals || capitalRun) {
    checks.push(signal('shouting', SHOUTING_LOG_ODDS.capitals, 'It is written largely in capital letters.'));
  }
  const repeated = REPEATED_CHARACTER.exec(text);
  if (repeated) {
    checks.push(
      signal(
        'repeated-characters',
        SHOUTING_LOG_ODDS.repeats,
        `It repeats "${repeated[1]}" many times in a row.`,
      ),
    );
  }
  return checks.length > 0 ? { checks } : null;
};

/**
 * A run of capitals, spaces and `!.,?'-` holding CAPITAL_RUN_MIN capitals, read in one pass: what the pattern
 * /\p{Lu}(?:[\p{Lu}\s!.,?'-]*\p{Lu}){19,}/u found (any match of it holds 20 capitals), without its backtracking, which
 * took 5–30 ms on each shouted comment of the corpus and about 20 ms per 40 characters of "A B C … S a" repeated.
 */
export function hasCapitalRun(text: string): boolean {
  let capitals = 0;
  for (const character of text) {
    if (CAPITAL.test(character)) {
      if (++capitals >= CAPITAL_RUN_MIN) return true;
    } else if (!RUN_CHARACTER.test(character)) capitals = 0;
  }
  return false;
}
