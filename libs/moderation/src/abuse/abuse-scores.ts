import { AbuseCategory } from '../types';
import { AbuseModel, loadAbuseModel, modelProbabilities, modelWordsOf } from './abuse-model';
import { AbuseFinding, detectAbuse, readingOf, SentenceReading } from './detect-abuse';

export type AbuseScores = Record<AbuseCategory, number>;

/**
 * Per category, the larger of the rules' confidence (a listed word, a group beside a hostility cue…) and the learned
 * model's calibrated probability; plus the categories the model alone is sure enough of to report.
 */
export function abuseScoresOf(
  reading: readonly SentenceReading[],
  findings: readonly AbuseFinding[],
  model: AbuseModel,
): { scores: AbuseScores; modelCategories: AbuseCategory[] } {
  const { probabilities, over } = modelProbabilities(modelWordsOf(reading), model);
  const scores: AbuseScores = { ...probabilities };
  const precision = model.model.rulePrecision;
  for (const f of findings)
    scores[f.category] = Math.max(scores[f.category], precision[f.category] ?? f.confidence);
  for (const category of Object.keys(scores) as AbuseCategory[]) scores[category] = round(scores[category]);
  return { scores, modelCategories: over };
}

/**
 * The abuse scores of a text: `{ profanity, insult, hate, threat, sexual }`, each a probability (0–1). Pure and fast
 * (no I/O after the model is loaded once); the drop-in APIs reuse it. `languages` is accepted for the callers'
 * convenience: both scripts and English are scored by the same rules and model, so it does not change the scores.
 */
export function abuseScores(text: string, _options: { languages?: readonly string[] } = {}): AbuseScores {
  const body = text.normalize('NFC');
  const reading = readingOf(body);
  return abuseScoresOf(reading, detectAbuse(body, {}, reading), loadAbuseModel()).scores;
}

function round(p: number): number {
  return Math.round(p * 1000) / 1000;
}
