import { SPAM_PRIOR_LOG_ODDS } from '../../pipeline/decide';
import {
  CompiledLinearModel,
  compileLinearModel,
  LinearModelJson,
  topFeaturesOfWords,
} from '../../text/logistic';
import { readableFeature } from '../../text/features';
import { CommentUnderCheck, SpamClassifier } from '../../types';
import { SpamView, spamViewOfText } from '../spam-view';
import { spamTokensOf } from '../tokens';
import { SiteSpamCounts, siteEvidence } from './naive-bayes';
import {
  SPAM_FEATURE_OPTIONS,
  SpamFeatureParts,
  spamFeaturePartsOfView,
  spamRawScore,
} from './spam-features';

/**
 * The committed base model: a logistic regression over words, bigrams and link/phone/plea shapes (spam-features.ts),
 * trained by `npm run train:spam`, with Platt scaling fitted on out-of-fold scores of the training videos.
 */
export interface BaseSpamModel extends LinearModelJson {
  format: 2;
  /** Platt scaling: calibrated log-odds = a · raw + b, fitted on cross-validated scores of the training data. */
  platt: { a: number; b: number };
  /**
   * Log-odds added after calibration so that the site's default thresholds (hold 0.4, spam 0.6, over the
   * pipeline's prior) fall where cross-validation on the training videos found the best F1 within the ham limits.
   */
  operatingShift: number;
}

const MAX_ABS_LOG_ODDS = 12;
const NO_SITE_EVIDENCE = { logOdds: 0, topTokens: [] as string[] };
const TOP_TOKENS = 3;

/** The base model with its weights compiled for scoring: what a classifier is built from (loadSpamModel()). */
export interface SpamModel {
  base: BaseSpamModel;
  compiled: CompiledLinearModel;
}

export function compileSpamModel(base: BaseSpamModel): SpamModel {
  return { base, compiled: compileLinearModel(base) };
}

/** The base model's calibrated log-odds for a text's features, before the pipeline's prior is taken off. */
export function baseLogOdds({ base, compiled }: SpamModel, parts: SpamFeatureParts): number {
  const raw = spamRawScore(compiled, parts);
  return base.platt.a * raw + base.platt.b + base.operatingShift;
}

/**
 * A classifier from the base model plus a site's counts (null: base only). Its log-odds are relative to the pipeline's
 * prior, which the pipeline adds back: the model alone gives spamScore = sigmoid(calibrated + operatingShift).
 */
export function createSpamClassifier(spamModel: SpamModel, site: SiteSpamCounts | null): SpamClassifier {
  const model = spamModel.compiled;
  return {
    classify(comment: CommentUnderCheck, view: SpamView = spamViewOfText(comment.body)) {
      const parts = spamFeaturePartsOfView(view);
      const fromBase = baseLogOdds(spamModel, parts) - SPAM_PRIOR_LOG_ODDS;
      // The site's counts are over the learning tokens; they are only worth computing when the site has learned.
      const fromSite = site ? siteEvidence(site, spamTokensOf(view)) : NO_SITE_EVIDENCE;
      const logOdds = Math.max(-MAX_ABS_LOG_ODDS, Math.min(MAX_ABS_LOG_ODDS, fromBase + fromSite.logOdds));
      // Only spam needs explaining (the reason names its words); building the feature list costs, so only then.
      if (logOdds <= 0) return { logOdds, topTokens: [] };
      const fromModel = topFeaturesOfWords(
        model,
        parts.words,
        [...parts.extra, ...parts.linkExtra],
        SPAM_FEATURE_OPTIONS,
        1,
        TOP_TOKENS,
        (f) => readableFeature(f) !== null,
      );
      const readable = fromModel.map((f) => readableFeature(f)!);
      const topTokens = [...new Set([...fromSite.topTokens, ...readable])].slice(0, TOP_TOKENS);
      return { logOdds, topTokens };
    },
  };
}
