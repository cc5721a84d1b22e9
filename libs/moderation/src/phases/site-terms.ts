import { TermMatcher } from '../text/term-matcher';
import { CheckResult, ModerationPhase } from '../types';

/**
 * Matchers are kept per term list, by the list's value (not by object): a site's lists change rarely and the worker
 * sees many comments per site. Compiling them is the only cost kept here; the comment's words come from TextView.
 */
const matcherCache = new Map<string, TermMatcher>();
const MAX_CACHED_MATCHERS = 500;

export function termMatcherFor(terms: readonly string[]): TermMatcher {
  const key = terms.join('\u0000');
  let matcher = matcherCache.get(key);
  if (!matcher) {
    if (matcherCache.size >= MAX_CACHED_MATCHERS) matcherCache.clear();
    matcher = new TermMatcher(terms);
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/** The site's own `blockedTerms` reject and `heldTerms` hold, matched as whole words in any script. */
export const siteTerms: ModerationPhase = (_comment, { site }, state) => {
  // Most sites list no terms: their comments are never split for them.
  if (site.blockedTerms.length === 0 && site.heldTerms.length === 0) return null;
  const checks: CheckResult[] = [];
  // The author's name and the body, split once by the pipeline (TextView.termWords).
  const text = state.text.termWords;
  const blocked = termMatcherFor(site.blockedTerms).findInMatchWords(text);
  if (blocked.length > 0) {
    checks.push({
      name: 'blocked-terms',
      verdict: 'reject',
      score: 0,
      reason: `It uses a term this site blocks: ${blocked.map((m) => `"${m.term}"`).join(', ')}.`,
    });
  }
  const held = termMatcherFor(site.heldTerms).findInMatchWords(text);
  if (held.length > 0) {
    checks.push({
      name: 'held-terms',
      verdict: 'hold',
      score: 0,
      reason: `It uses a term this site reviews by hand: ${held.map((m) => `"${m.term}"`).join(', ')}.`,
    });
  }
  return checks.length > 0 ? { checks } : null;
};
