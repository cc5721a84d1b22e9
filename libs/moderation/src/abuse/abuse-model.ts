import { readModelJson } from '../model-files';
import { DEFAULT_FEATURE_OPTIONS, FeatureOptions, textFeatures, wordFeatures } from '../text/features';
import { readingOf, SentenceReading } from './detect-abuse';
import { textWords } from '../text/key-lexicon';
import { bigramTable, LinearModelJson, sigmoid } from '../text/logistic';
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
  return modelWordsOf(readingOf(text));
}

/** The same from a comment already read into sentences (the pipeline's TextView). */
export function modelWordsOf(reading: readonly SentenceReading[]): string[] {
  return reading.flatMap((s) => (s.idioms.length === 0 ? s.allWords.map((w) => w.key.key) : idiomWords(s)));
}

/** "dumb-struck" read as "dumbstruck": the model does not see the listed word an ordinary idiom holds. */
function idiomWords(s: SentenceReading): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.allWords.length; i++) {
    const idiom = s.idioms.find((h) => h.start === i);
    if (idiom === undefined) keys.push(s.allWords[i].key.key);
    else {
      keys.push(...textWords(idiom.term.replace(/ /g, '')).map((w) => w.key.key));
      i = idiom.end - 1;
    }
  }
  return keys;
}

export function abuseFeatures(text: string): string[] {
  return textFeatures(modelWords(text), [], ABUSE_FEATURE_OPTIONS);
}

/**
 * Every head in one table, feature → weight per head, so a comment costs one lookup per feature, not five. Loaded
 * once per process and handed to the pipeline in its context (CheckContext.abuseModel).
 */
export interface AbuseModel {
  model: AbuseModelJson;
  categories: AbuseCategory[];
  heads: AbuseHead[];
  weights: Map<string, Float64Array>;
  /** The bigram rows by first word, then second (see `bigramTable`). */
  bigrams: Map<string, Map<string, Float64Array>>;
  /** Per word: the summed weights of its own features per head, and how many there are. */
  wordCache: Map<string, { sums: Float64Array; count: number }>;
}
let cached: AbuseModel | null = null;
const MAX_CACHED_WORDS = 50_000;

/** The committed model (models/abuse-categories.json), parsed once per process. */
export function loadAbuseModel(): AbuseModel {
  if (cached) return cached;
  const model = readModelJson<AbuseModelJson>('abuse-categories.json');
  const entries = Object.entries(model.heads) as [AbuseCategory, AbuseHead][];
  const weights = new Map<string, Float64Array>();
  entries.forEach(([, head], h) => {
    for (const [feature, weight] of Object.entries(head.weights)) {
      let row = weights.get(feature);
      if (!row) weights.set(feature, (row = new Float64Array(entries.length)));
      row[h] = weight;
    }
  });
  cached = {
    model,
    categories: entries.map(([c]) => c),
    heads: entries.map(([, h]) => h),
    weights,
    bigrams: bigramTable(weights),
    wordCache: new Map(),
  };
  return cached;
}

/**
 * Calibrated probability per category (categories without a head: 0), and the categories over their threshold.
 * The same scores as each head's `scoreWords` (bias + Σ weights / √features), computed for all heads in one pass.
 */
export function modelProbabilities(
  words: readonly string[],
  model: AbuseModel = loadAbuseModel(),
): {
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
  const { categories, heads, weights, bigrams, wordCache } = model;
  const sums = new Float64Array(heads.length);
  let count = 0;
  const addRow = (row: Float64Array | undefined) => {
    if (row) for (let h = 0; h < sums.length; h++) sums[h] += row[h];
  };
  const n = Math.min(words.length, ABUSE_FEATURE_OPTIONS.maxWords);
  for (let i = 0; i < n; i++) {
    const word = words[i];
    let own = wordCache.get(word);
    if (!own) {
      own = { sums: new Float64Array(heads.length), count: 0 };
      for (const feature of wordFeatures(word, ABUSE_FEATURE_OPTIONS)) {
        const row = weights.get(feature);
        if (row) for (let h = 0; h < heads.length; h++) own.sums[h] += row[h];
        own.count += 1;
      }
      if (wordCache.size >= MAX_CACHED_WORDS) wordCache.clear();
      wordCache.set(word, own);
    }
    for (let h = 0; h < sums.length; h++) sums[h] += own.sums[h];
    count += own.count;
    if (i > 0) {
      addRow(bigrams.get(words[i - 1])?.get(word));
      count += 1;
    }
  }
  heads.forEach((head, h) => {
    const raw = head.bias + sums[h] / Math.sqrt(count);
    const p = sigmoid(head.platt.a * raw + head.platt.b);
    probabilities[categories[h]] = p;
    if (p >= head.threshold) over.push(categories[h]);
  });
  return { probabilities, over };
}
