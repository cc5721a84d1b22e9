import { CheckResult, CheckVerdict, ModerationPhase } from '../types';
import { AbuseTier, findAbusiveWords, maskWord } from './abusive-words';

const VERDICT: Record<AbuseTier, CheckVerdict> = { severe: 'reject', strong: 'hold', mild: 'signal' };
/** A mild word is weak evidence: one adds a little to the score, several add up to a cap. */
const MILD_LOG_ODDS = 0.5;
const MILD_CAP = 1.5;

/** Listed abusive words in the author's name or the body: one check per tier found, with the words masked. */
export const abusiveLanguage: ModerationPhase = (comment, _context, state) => {
  const found = findAbusiveWords(`${comment.authorName}\n${comment.body}`, state.language);
  if (found.length === 0) return null;
  const checks: CheckResult[] = [];
  for (const tier of ['severe', 'strong', 'mild'] as const) {
    const terms = [...new Set(found.filter((f) => f.tier === tier).map((f) => f.term))];
    if (terms.length === 0) continue;
    checks.push({
      name: 'abusive-language',
      verdict: VERDICT[tier],
      score: tier === 'mild' ? Math.min(MILD_CAP, MILD_LOG_ODDS * terms.length) : 0,
      reason: `Abusive ${terms.length > 1 ? 'words' : 'word'} (${tier}): ${terms.map(maskWord).join(', ')}`,
    });
  }
  return { checks };
};
