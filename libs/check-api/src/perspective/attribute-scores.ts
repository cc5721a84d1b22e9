import { AbuseCategory } from '@app/moderation';
import { PerspectiveAttribute } from './perspective-request';

export type CategoryScores = Record<AbuseCategory, number>;

/**
 * Perspective's attributes from our abuse categories' probabilities (contract: IDENTITY_ATTACK = hate,
 * SEXUALLY_EXPLICIT = sexual, TOXICITY = any abuse). "Any" is the largest category: each is calibrated on its own,
 * so the largest is the best single estimate, where a noisy-OR would add up every category's small base rate.
 * SEVERE_TOXICITY is what a newsroom would never publish: hate, threats, sexual remarks, or an insult that swears;
 * plain swearing alone is not severe.
 */
export function attributeScore(attribute: PerspectiveAttribute, scores: CategoryScores): number {
  switch (attribute) {
    case 'TOXICITY':
      return Math.max(scores.profanity, scores.insult, scores.hate, scores.threat, scores.sexual);
    case 'SEVERE_TOXICITY':
      return Math.max(scores.hate, scores.threat, scores.sexual, scores.insult * scores.profanity);
    case 'IDENTITY_ATTACK':
      return scores.hate;
    case 'INSULT':
      return scores.insult;
    case 'PROFANITY':
      return scores.profanity;
    case 'THREAT':
      return scores.threat;
    case 'SEXUALLY_EXPLICIT':
      return scores.sexual;
  }
}
