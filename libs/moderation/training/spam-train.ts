import { textFeatures } from '../src/text/features';
import {
  compileLinearModel,
  DEFAULT_LOGISTIC_OPTIONS,
  fitPlatt,
  LogisticOptions,
  trainLogistic,
} from '../src/text/logistic';
import { spamViewOfText } from '../src/spam/spam-view';
import { SpamLabel } from '../src/spam/model/naive-bayes';
import { BaseSpamModel } from '../src/spam/model/spam-model';
import { SPAM_FEATURE_OPTIONS, spamFeaturePartsOfView, spamRawScore } from '../src/spam/model/spam-features';
import { figuresAt, OperatingFigures, prepareOperatingRows, PreparedRow } from './operating-point';

export interface LabelledText {
  text: string;
  label: SpamLabel;
  /** How much this example counts (default 1): a set far from comments, like SMS, counts for less. */
  weight?: number;
  /**
   * Where it comes from (a YouTube video). Cross-validation holds out one group at a time, and the operating point
   * is chosen on grouped examples only: they are the comments we are judged on.
   */
  group?: string;
  /** As the comment was signed (the pipeline's author checks read them). */
  authorName?: string;
  authorUrl?: string;
}

/** Chosen by cross-video evaluation (docs/quality.md): stronger penalties lose recall, weaker ones overfit a video. */
export const SPAM_LOGISTIC_OPTIONS: LogisticOptions = {
  ...DEFAULT_LOGISTIC_OPTIONS,
  l2: 3e-5,
  iterations: 300,
};
/**
 * Limits the operating point is chosen under, on YouTube: the goal for silenced ham (1.5%), and held by the
 * score well under the 6% goal (the abuse checks hold YouTube's profane ham on their own). The margin under 1.5% that
 * the model-alone choice kept is not needed now that the pipeline's own verdicts are counted.
 */
const MAX_HAM_SILENCED = 0.015;
const MAX_HAM_HELD = 0.04;
/** On the team's validation split: readers of a news site, held and silenced by the score. */
const MAX_CORPUS_HAM_SILENCED = 0.05;
const MAX_CORPUS_HAM_HELD = 0.04;
/**
 * Plain readers' comments (no link, no number to speak of): the score never holds one. At 1.5% the merged corpora of
 * session 8 chose a shift (−0.55) that held "एक और अच्छी बात।" and "बहुत अच्छा लेख। धन्यवाद" (और, एक, बात had learned
 * spam weight from batch 3's Hindi pitches); at 0 it is −1.1 (docs/quality.md, session 8 merge).
 */
const MAX_READERS_SILENCED = 0.005;
const MAX_READERS_HELD = 0;
/** The site defaults the operating shift is tuned for, over the pipeline's prior (see spam-model.ts). */

/** What fitting gives before an operating point is chosen: the model, its calibration, and the rows to choose on. */
export interface FittedSpamModel {
  platt: { a: number; b: number };
  bias: number;
  weights: Record<string, number>;
  /** YouTube rows scored out of fold and the validation rows scored by the full model, every other check run. */
  operatingRows: PreparedRow[];
}

/**
 * Pure and deterministic: logistic regression on all examples; Platt scaling and the operating shift fitted on
 * out-of-fold scores (leave one group out, ungrouped examples spread over the folds by a hash of their text). The
 * shift is chosen by running the whole pipeline (operating-point.ts) over the grouped rows (YouTube, out of fold)
 * and `validation` (the team corpus's validation split, which training never sees).
 */
export function trainBaseSpamModel(
  examples: readonly LabelledText[],
  options: LogisticOptions = SPAM_LOGISTIC_OPTIONS,
  validation: readonly LabelledText[] = [],
  readers: readonly LabelledText[] = [],
): BaseSpamModel {
  const fitted = fitSpamModel(examples, options, validation, readers);
  return {
    format: 2,
    platt: fitted.platt,
    operatingShift: chooseOperatingShift(fitted.operatingRows, fitted.platt),
    bias: fitted.bias,
    weights: fitted.weights,
  };
}

export function fitSpamModel(
  examples: readonly LabelledText[],
  options: LogisticOptions = SPAM_LOGISTIC_OPTIONS,
  validation: readonly LabelledText[] = [],
  readers: readonly LabelledText[] = [],
): FittedSpamModel {
  const rows = examples.map((e) => {
    const parts = spamFeaturePartsOfView(spamViewOfText(e.text));
    return {
      parts,
      features: textFeatures(parts.words, [...parts.extra, ...parts.linkExtra], SPAM_FEATURE_OPTIONS),
      y: (e.label === 'spam' ? 1 : 0) as 0 | 1,
      weight: e.weight ?? 1,
      group: e.group,
      text: e.text,
    };
  });
  const groups = [...new Set(rows.flatMap((r) => (r.group ? [r.group] : [])))].sort();
  const folds = groups.length >= 2 ? groups.length : 3;
  const foldOf = rows.map((r) =>
    r.group && groups.length >= 2 ? groups.indexOf(r.group) : hash(r.text) % folds,
  );
  const outOfFold = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < folds; fold++) {
    const model = trainLogistic(
      rows.filter((_, i) => foldOf[i] !== fold),
      options,
    );
    const compiled = compileLinearModel(model);
    rows.forEach((r, i) => {
      if (foldOf[i] === fold) outOfFold[i] = spamRawScore(compiled, r.parts);
    });
  }
  const platt = fitPlatt(
    outOfFold,
    rows.map((r) => r.y),
    rows.map((r) => r.weight),
  );
  const full = trainLogistic(rows, options);
  const compiledFull = compileLinearModel(full);
  // The grouped rows (YouTube videos) with their out-of-fold scores; every row when nothing is grouped.
  const chosen = examples.flatMap((e, i) => (e.group || groups.length < 2 ? [i] : []));
  const operatingRows = prepareOperatingRows(
    [
      ...chosen.map((i) => ({ ...examples[i], set: 'youtube' as const })),
      ...validation.map((e) => ({ ...e, set: 'corpus' as const })),
      ...readers.map((e) => ({ ...e, set: 'readers' as const })),
    ],
    (row, index) =>
      index < chosen.length
        ? outOfFold[chosen[index]]
        : spamRawScore(compiledFull, spamFeaturePartsOfView(spamViewOfText(row.text))),
  );
  return { platt, bias: full.bias, weights: full.weights, operatingRows };
}

/**
 * The shift (in log-odds, −4…4), through the whole pipeline: among the shifts whose silenced ham and ham held by the
 * score stay within the limits on YouTube and on the validation split, those that publish the least of the split's
 * web spam, and among them the best YouTube spam F1 (the smaller shift on a tie).
 */
export function chooseOperatingShift(rows: readonly PreparedRow[], platt: { a: number; b: number }): number {
  let best: { shift: number; figures: OperatingFigures } | null = null;
  for (let step = -80; step <= 80; step++) {
    const shift = step / 20;
    const figures = figuresAt(rows, platt, shift);
    if (
      figures.youtubeHamSilenced > MAX_HAM_SILENCED ||
      figures.youtubeHamHeldByScore > MAX_HAM_HELD ||
      figures.corpusHamSilenced > MAX_CORPUS_HAM_SILENCED ||
      figures.corpusHamHeldByScore > MAX_CORPUS_HAM_HELD ||
      figures.readersSilenced > MAX_READERS_SILENCED ||
      figures.readersHeldByScore > MAX_READERS_HELD
    )
      continue;
    if (!best || better(figures, shift, best)) best = { shift, figures };
  }
  return best?.shift ?? 0;
}

function better(
  figures: OperatingFigures,
  shift: number,
  best: { shift: number; figures: OperatingFigures },
) {
  const published = figures.corpusSpamPublished - best.figures.corpusSpamPublished;
  if (Math.abs(published) > 1e-9) return published < 0;
  const f1 = figures.youtubeF1 - best.figures.youtubeF1;
  if (Math.abs(f1) > 1e-9) return f1 > 0;
  return Math.abs(shift) < Math.abs(best.shift);
}

/** FNV-1a: a stable fold for an ungrouped example. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
