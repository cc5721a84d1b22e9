import { CheckResult, ModerationPhase } from '../types';
import { detectLanguageWithConfidence, UNDETERMINED } from '../language/detect-language';

/**
 * How a site's `languages` list is read. Each entry is a language tag, optionally with a script:
 * - "hi" allows Hindi in any script: Devanagari ("hi") and romanised ("hi-Latn");
 * - "hi-Deva" allows Devanagari Hindi only, "hi-Latn" romanised Hindi only;
 * - any other tag ("en", "mr", "ur") allows that language. An empty list allows every language.
 * Text too short to tell ("und") always passes: a hold needs evidence.
 */
const DEFAULT_SCRIPT: Record<string, string> = { hi: 'deva' };

function languageAndScript(tag: string): { language: string; script: string | null } {
  const [language, script] = tag.toLowerCase().split('-');
  return { language, script: script ?? null };
}

export function isLanguageAllowed(detected: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0 || detected === UNDETERMINED) return true;
  const found = languageAndScript(detected);
  const foundScript = found.script ?? DEFAULT_SCRIPT[found.language] ?? null;
  return allowed.some((entry) => {
    const wanted = languageAndScript(entry);
    if (wanted.language !== found.language) return false;
    return wanted.script === null || wanted.script === foundScript;
  });
}

/** First phase: every comment gets a language, which later phases (policy, abuse lists) read. */
export const languageDetection: ModerationPhase = (comment) => {
  const guess = detectLanguageWithConfidence(comment.body);
  return { language: guess.language, languageConfident: guess.confident };
};

/**
 * A comment in a language the site does not accept is held for a moderator, never dropped, and only when its own
 * words (links and names left out) say so clearly: a short or mixed comment is not held on a guess.
 */
export const languagePolicy: ModerationPhase = (_comment, { site }, state) => {
  if (!state.languageConfident || isLanguageAllowed(state.language, site.languages)) return null;
  const check: CheckResult = {
    name: 'language-policy',
    verdict: 'hold',
    score: 0,
    reason: `language not allowed: ${state.language} (read with confidence from the comment's own words, links left out)`,
  };
  return { checks: [check] };
};
