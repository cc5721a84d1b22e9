import { CommentUnderCheck, SpamClassifier } from '../../types';
import { spamTokensOf } from '../tokens';
import { spamViewOf } from '../spam-view';

export type SpamLabel = 'spam' | 'ham';

/** Counts by label: documents, token occurrences (each token once per document), and per token [spam, ham]. */
export interface SpamCounts {
  docs: { spam: number; ham: number };
  tokenTotals: { spam: number; ham: number };
  tokens: Record<string, [spam: number, ham: number]>;
}

/** The committed base model: counts from the public data sets, pruned of rare tokens. */
export interface BaseSpamModel extends SpamCounts {
  format: 1;
  /** Distinct tokens seen in training before pruning (the smoothing denominator). */
  vocabularySize: number;
}

/** A site's own learning from its moderators' approve (ham) and spam decisions. Plain JSON, safe to store. */
export type SiteSpamCounts = SpamCounts;

/** Laplace smoothing; one pseudo-count per token. */
const SMOOTHING = 1;
/** A site decision counts as this many base documents, so tens of decisions outweigh thousands of SMS. */
export const SITE_DECISION_WEIGHT = 12;
/**
 * Naive Bayes double-counts correlated words, more so in long texts: the sum is divided by the square root of the
 * number of known tokens, then scaled (tuned by `npm run eval:spam`) into evidence comparable with the signals.
 */
export const CLASSIFIER_LOG_ODDS_SCALE = 3;
const MAX_ABS_LOG_ODDS = 12;
const TOP_TOKENS = 3;
/** A long-lived worker classifier meets endless new words; the cache must not grow with them. */
const MAX_CACHED_TOKENS = 50_000;

export function emptySpamCounts(): SiteSpamCounts {
  return { docs: { spam: 0, ham: 0 }, tokenTotals: { spam: 0, ham: 0 }, tokens: {} };
}

/** Pure: the counts with one more labelled document. `tokens` comes from `tokensForLearning(comment)`. */
export function addLabelledTokens(
  counts: SiteSpamCounts,
  tokens: readonly string[],
  label: SpamLabel,
): SiteSpamCounts {
  const index = label === 'spam' ? 0 : 1;
  const next: SiteSpamCounts = {
    docs: { ...counts.docs, [label]: counts.docs[label] + 1 },
    tokenTotals: { ...counts.tokenTotals, [label]: counts.tokenTotals[label] + new Set(tokens).size },
    tokens: { ...counts.tokens },
  };
  for (const token of new Set(tokens)) {
    const pair: [number, number] = [...(countsOf(next.tokens, token) ?? [0, 0])] as [number, number];
    pair[index] += 1;
    next.tokens[token] = pair;
  }
  return next;
}

/**
 * A classifier from the base model plus a site's counts (null: base only). Returns the likelihood ratio only, in
 * log-odds: the pipeline adds its own prior, since the data sets' spam rate is not a site's.
 */
export function createSpamClassifier(base: BaseSpamModel, site: SiteSpamCounts | null): SpamClassifier {
  const weight = site ? SITE_DECISION_WEIGHT : 0;
  const siteTokens = site?.tokens ?? {};
  let vocabulary = base.vocabularySize;
  for (const token of Object.keys(siteTokens)) if (!Object.hasOwn(base.tokens, token)) vocabulary += 1;
  const spamDenominator =
    base.tokenTotals.spam + weight * (site?.tokenTotals.spam ?? 0) + SMOOTHING * vocabulary;
  const hamDenominator =
    base.tokenTotals.ham + weight * (site?.tokenTotals.ham ?? 0) + SMOOTHING * vocabulary;
  const denominatorRatio = Math.log(hamDenominator / spamDenominator);
  const cache = new Map<string, number>();

  const weightOf = (token: string): number => {
    let llr = cache.get(token);
    if (llr !== undefined) return llr;
    const known = countsOf(base.tokens, token);
    const local = countsOf(siteTokens, token);
    if (!known && !local) llr = 0;
    else {
      const spam = (known?.[0] ?? 0) + weight * (local?.[0] ?? 0) + SMOOTHING;
      const ham = (known?.[1] ?? 0) + weight * (local?.[1] ?? 0) + SMOOTHING;
      llr = Math.log(spam / ham) + denominatorRatio;
    }
    if (cache.size > MAX_CACHED_TOKENS) cache.clear();
    cache.set(token, llr);
    return llr;
  };

  return {
    classify(comment: CommentUnderCheck) {
      return scoreTokens(spamTokensOf(spamViewOf(comment)), weightOf);
    },
  };
}

export function scoreTokens(tokens: readonly string[], weightOf: (token: string) => number) {
  let sum = 0;
  const weighed: { token: string; llr: number }[] = [];
  for (const token of tokens) {
    const llr = weightOf(token);
    if (llr === 0) continue;
    sum += llr;
    weighed.push({ token, llr });
  }
  const norm = Math.sqrt(Math.max(1, weighed.length));
  const logOdds = Math.max(
    -MAX_ABS_LOG_ODDS,
    Math.min(MAX_ABS_LOG_ODDS, (sum / norm) * CLASSIFIER_LOG_ODDS_SCALE),
  );
  const direction = Math.sign(logOdds);
  const topTokens = weighed
    .filter((w) => Math.sign(w.llr) === direction)
    .sort((a, b) => direction * (b.llr - a.llr) || (a.token < b.token ? -1 : 1))
    .slice(0, TOP_TOKENS)
    .map((w) => w.token);
  return { logOdds, topTokens };
}

/** Own properties only: a comment saying "constructor" must not read Object.prototype. */
function countsOf(tokens: SpamCounts['tokens'], token: string): [number, number] | undefined {
  return Object.hasOwn(tokens, token) ? tokens[token] : undefined;
}
