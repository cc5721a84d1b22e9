import { aggressionProbabilityOfText, findAbusiveWords } from '@app/moderation';
import { CategoryScores } from './attribute-scores';

const TIER_PROBABILITY = { severe: 0.97, strong: 0.9, mild: 0.6 } as const;

/**
 * Category probabilities from the lists and the aggression model as they stand before per-category abuse scoring
 * exists: the listed words' tier says how sure we are of profanity, the model's probability how aggressive the text
 * reads. Replaced by libs/moderation's own category scores once they land.
 */
export function interimAbuseScores(text: string, language: string): CategoryScores {
  const words = findAbusiveWords(text, language);
  const aggression = aggressionProbabilityOfText(text);
  const listed = words.length ? TIER_PROBABILITY[words[0].tier] : 0;
  return {
    profanity: Math.max(listed, aggression * 0.3),
    insult: Math.max(aggression, listed >= TIER_PROBABILITY.strong ? 0.7 : 0),
    hate: aggression * 0.3,
    threat: aggression * 0.2,
    sexual: Math.min(0.05, aggression),
  };
}
