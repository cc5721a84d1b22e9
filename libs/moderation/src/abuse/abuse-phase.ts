import { MatchWord, matchWords } from '../text/match-form';
import { CheckResult, CheckVerdict, CommentUnderCheck, ModerationPhase } from '../types';
import { aggressionGroupOf, aggressionProbability, loadAggressionModel } from './aggression-model';
import { AbuseTier, findAbusiveMatchWords, maskWord } from './abusive-words';

const VERDICT: Record<AbuseTier, CheckVerdict> = { severe: 'reject', strong: 'hold', mild: 'signal' };
/** A mild word is weak evidence: one adds a little to the score, several add up to a cap. */
const MILD_LOG_ODDS = 0.5;
const MILD_CAP = 1.5;

/** The comment split once for the lists and the learned model; remembered per comment object. */
const splits = new WeakMap<
  CommentUnderCheck,
  { body: string; name: string; words: readonly MatchWord[]; bodyWords: string[] }
>();

function splitOf(comment: CommentUnderCheck) {
  const cached = splits.get(comment);
  if (cached && cached.body === comment.body && cached.name === comment.authorName) return cached;
  const body = matchWords(comment.body);
  const words = comment.authorName ? [...matchWords(comment.authorName), ...body] : body;
  const entry = { body: comment.body, name: comment.authorName, words, bodyWords: body.map((w) => w.word) };
  splits.set(comment, entry);
  return entry;
}

/**
 * Listed abusive words in the author's name or the body: one check per tier found, with the words masked. Then the
 * learned aggression model on the body: above its hold threshold (chosen so ~1.5% of non-aggressive comments reach
 * it) the comment is held; above its lower signal threshold it only adds a reason. Neither adds to the spam score.
 */
export const abusiveLanguage: ModerationPhase = (comment, _context, state) => {
  const { words, bodyWords } = splitOf(comment);
  const found = findAbusiveMatchWords(words, state.language);
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
  const aggression = aggressionCheck(bodyWords, state.language);
  if (aggression) checks.push(aggression);
  return checks.length > 0 ? { checks } : null;
};

/** The learned model's opinion as a check, or null below its signal threshold. */
export function aggressionCheck(bodyWords: readonly string[], language: string): CheckResult | null {
  if (bodyWords.length === 0) return null;
  const thresholds = loadAggressionModel().model.thresholds[aggressionGroupOf(language)];
  const p = aggressionProbability(bodyWords);
  if (p < thresholds.signal) return null;
  const hold = p >= thresholds.hold;
  return {
    name: 'aggression-model',
    verdict: hold ? 'hold' : 'signal',
    score: 0,
    reason: `${hold ? 'Reads as aggressive' : 'May read as aggressive'} (learned model, ${p.toFixed(2)})`,
  };
}
