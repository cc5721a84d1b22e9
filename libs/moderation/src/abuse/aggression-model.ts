import { readModelJson } from '../model-files';
import { DEFAULT_FEATURE_OPTIONS, FeatureOptions, textFeatures } from '../text/features';
import {
  CompiledLinearModel,
  compileLinearModel,
  LinearModelJson,
  scoreWords,
  sigmoid,
} from '../text/logistic';
import { matchForm } from '../text/match-form';

/**
 * A learned "overtly aggressive" classifier (logistic regression over words, bigrams and character 3–5-grams of the
 * de-obfuscated words), trained by `npm run train:abuse` on TRAC-1 train (OAG against NAG). It catches aggression
 * that uses no listed word ("ye log desh ke gaddar hain, inko bahar nikalo"), which the lists cannot.
 */
export interface AggressionModel extends LinearModelJson {
  format: 1;
  /** Platt scaling fitted on a validation split: probability = sigmoid(a · raw + b). */
  platt: { a: number; b: number };
  /**
   * Probabilities at or above which the comment is held, per language group, chosen on the validation split so that
   * at most ~1.5% of non-aggressive comments are held; `signal` thresholds only add a reason.
   */
  thresholds: Record<AggressionGroup, { hold: number; signal: number }>;
}

export type AggressionGroup = 'hi' | 'en';

export const AGGRESSION_FEATURE_OPTIONS: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, maxWords: 80 };

/** Romanised and Devanagari Hindi share a threshold; every other language uses English's. */
export function aggressionGroupOf(language: string): AggressionGroup {
  return language === 'hi' || language === 'hi-Latn' ? 'hi' : 'en';
}

export function aggressionFeatures(words: readonly string[]): string[] {
  return textFeatures(words, [], AGGRESSION_FEATURE_OPTIONS);
}

let cached: { model: AggressionModel; compiled: CompiledLinearModel } | null = null;

/** The committed model (models/abuse-aggression.json), parsed once per process. */
export function loadAggressionModel(): { model: AggressionModel; compiled: CompiledLinearModel } {
  if (!cached) {
    const model = readModelJson<AggressionModel>('abuse-aggression.json');
    cached = { model, compiled: compileLinearModel(model) };
  }
  return cached;
}

/** Probability that the text is overtly aggressive; `words` are its matchForm words (shared with the lists). */
export function aggressionProbability(words: readonly string[]): number {
  const { model, compiled } = loadAggressionModel();
  return sigmoid(model.platt.a * scoreWords(compiled, words, [], AGGRESSION_FEATURE_OPTIONS) + model.platt.b);
}

export function aggressionProbabilityOfText(text: string): number {
  return aggressionProbability(matchForm(text));
}
