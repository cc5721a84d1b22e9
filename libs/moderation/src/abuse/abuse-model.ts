import { readModelJson } from '../model-files';
import { DEFAULT_FEATURE_OPTIONS, FeatureOptions, textFeatures } from '../text/features';
import { textWords } from '../text/key-lexicon';
import {
  CompiledLinearModel,
  compileLinearModel,
  LinearModelJson,
  scoreWords,
  sigmoid,
} from '../text/logistic';
import { AbuseCategory } from '../types';

/**
 * The learned abuse model: one logistic regression per category (multi-label) over the phonetic keys of the words
 * (so "चूतिया" and "chutiya" are one feature), their bigrams and character 3–5-grams. Trained by `npm run train:abuse`
 * only on "ship" data and the team corpus; each head is Platt-calibrated and thresholded on validation rows.
 */
export interface AbuseHead extends LinearModelJson {
  platt: { a: number; b: number };
  /** Calibrated probability at or above which the head alone reports its category. */
  threshold: number;
}

export interface AbuseModelJson {
  format: 2;
  /** How often each category's rules were right on the corpus validation split (Laplace-smoothed). */
  rulePrecision: Record<AbuseCategory, number>;
  heads: Partial<Record<AbuseCategory, AbuseHead>>;
}

export const ABUSE_FEATURE_OPTIONS: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, maxWords: 80 };

/** The words the model reads: phonetic keys, so both scripts and every spelling share features. */
export function modelWords(text: string): string[] {
  return textWords(text).map((w) => w.key.key);
}

export function abuseFeatures(text: string): string[] {
  return textFeatures(modelWords(text), [], ABUSE_FEATURE_OPTIONS);
}

interface Loaded {
  model: AbuseModelJson;
  compiled: [AbuseCategory, CompiledLinearModel, AbuseHead][];
}
let cached: Loaded | null = null;

/** The committed model (models/abuse-categories.json), parsed once per process. */
export function loadAbuseModel(): Loaded {
  if (!cached) {
    const model = readModelJson<AbuseModelJson>('abuse-categories.json');
    const compiled = (Object.entries(model.heads) as [AbuseCategory, AbuseHead][]).map(
      ([category, head]) =>
        [category, compileLinearModel(head), head] as [AbuseCategory, CompiledLinearModel, AbuseHead],
    );
    cached = { model, compiled };
  }
  return cached;
}

/** Calibrated probability per category (categories without a head: 0), and the categories over their threshold. */
export function modelProbabilities(words: readonly string[]): {
  probabilities: Record<AbuseCategory, number>;
  over: AbuseCategory[];
} {
  const probabilities: Record<AbuseCategory, number> = {
    profanity: 0,
    insult: 0,
    hate: 0,
    threat: 0,
    sexual: 0,
  };
  const over: AbuseCategory[] = [];
  if (words.length === 0) return { probabilities, over };
  for (const [category, compiled, head] of loadAbuseModel().compiled) {
    const p = sigmoid(head.platt.a * scoreWords(compiled, words, [], ABUSE_FEATURE_OPTIONS) + head.platt.b);
    probabilities[category] = p;
    if (p >= head.threshold) over.push(category);
  }
  return { probabilities, over };
}
