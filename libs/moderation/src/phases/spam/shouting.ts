import { ModerationPhase } from '../../types';
import { signal } from './links';

/** Weak on their own: fans shout too. They tip a comment that other signals already doubt. */
export const SHOUTING_LOG_ODDS = { capitals: 0.6, repeats: 0.4 } as const;
/** Letters in one all-capital run (spaces allowed) that count as shouting. */
const CAPITAL_RUN = /\p{Lu}(?:[\p{Lu}\s!.,?'-]*\p{Lu}){19,}/u;
const CAPITAL_RUN_MIN = 20;
const MOSTLY_CAPITALS_MIN_LETTERS = 25;
const CAPITALS = /\p{Lu}/gu;
/** The same character six times or more ("!!!!!!", "freeeeeee"). */
const REPEATED_CHARACTER = /(\S)\1{5,}/u;

export const shoutingSignals: ModerationPhase = (comment, _context, state) => {
  const { text, letterCount } = state.text.spam;
  const checks = [];
  const capitals = text.length - text.replace(CAPITALS, '').length;
  // The run's backtracking scan is the phase's cost; a text with fewer capitals than a run needs cannot hold one.
  const capitalRun = capitals >= CAPITAL_RUN_MIN ? CAPITAL_RUN.exec(text) : null;
  const mostlyCapitals = letterCount >= MOSTLY_CAPITALS_MIN_LETTERS && capitals / letterCount > 0.7;
  if (mostlyCapitals || (capitalRun && capitalRun[0].replace(/[^\p{Lu}]/gu, '').length >= CAPITAL_RUN_MIN)) {
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
