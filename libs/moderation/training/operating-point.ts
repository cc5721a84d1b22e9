import { decide, SPAM_PRIOR_LOG_ODDS } from '../src/pipeline/decide';
import { moderate } from '../src/pipeline/pipeline';
import { siteSettingsWithDefaults } from '../src/site-settings';
import { aContext } from '../src/testing/check-fixtures';
import { Verdict } from '../src/types';

/**
 * The operating shift is chosen on what the worker does, not on the model alone: every check of the pipeline runs
 * over the rows (link signals, the plea rule, the link caps, topics, abuse), the model's share is added at each
 * candidate shift, and the verdicts are counted as a site with default settings would give them. The model alone
 * cannot see that a topic beside a link or a too-fast form already lifts a comment, so a shift chosen on it alone
 * silenced readers the other checks had nudged, and let web spam the other checks missed publish.
 */
export interface OperatingRow {
  text: string;
  label: 'spam' | 'ham';
  authorName?: string;
  authorUrl?: string;
  /**
   * Which limits the row counts toward: YouTube (the public comments), the team web-spam corpus's validation split,
   * or plain readers' comments (the clean rows of the team abuse corpus's validation split).
   */
  set: 'youtube' | 'corpus' | 'readers';
}

/** A row with the pipeline's verdict on everything but the model, and the model's raw score, both shift-free. */
export interface PreparedRow {
  y: 0 | 1;
  set: OperatingRow['set'];
  /** Prior plus every other check's log-odds. */
  rest: number;
  /** What the other checks demand whatever the score (abuse policy, flagged link, link limit…). */
  forced: Verdict;
  /** The model's raw score with its links capped (spamRawScore), from a model that did not see the row. */
  raw: number;
}

const site = siteSettingsWithDefaults({ id: 'operating-point' });
const context = aContext({ site, formToken: { state: 'valid', secondsToSubmit: 30 } });
const SEVERITY: Record<Verdict, number> = { publish: 0, hold: 1, spam: 2, reject: 3 };
const MAX_ABS_LOG_ODDS = 12;

/** Runs every check but the model once per row (the shift does not change them). */
export function prepareOperatingRows(
  rows: readonly OperatingRow[],
  rawScoreOf: (row: OperatingRow, index: number) => number,
): PreparedRow[] {
  return rows.map((row, i) => {
    const outcome = moderate(
      {
        id: 'operating-point',
        body: row.text,
        authorName: row.authorName ?? 'Reader',
        authorUrl: row.authorUrl ?? null,
        honeypot: null,
        parentId: null,
      },
      context,
    );
    return {
      y: row.label === 'spam' ? 1 : 0,
      set: row.set,
      rest: outcome.checks.reduce((sum, check) => sum + check.score, SPAM_PRIOR_LOG_ODDS),
      forced: decide(outcome.checks, 0, site.spamThresholds, site.abusePolicy),
      raw: rawScoreOf(row, i),
    };
  });
}

/** The verdict the pipeline gives a prepared row when the model runs with this calibration and shift. */
export function verdictAt(row: PreparedRow, platt: { a: number; b: number }, shift: number): Verdict {
  const fromModel = platt.a * row.raw + platt.b + shift - SPAM_PRIOR_LOG_ODDS;
  const model = Math.round(Math.max(-MAX_ABS_LOG_ODDS, Math.min(MAX_ABS_LOG_ODDS, fromModel)) * 1000) / 1000;
  const score = 1 / (1 + Math.exp(-(row.rest + model)));
  const byScore: Verdict =
    score >= site.spamThresholds.spam ? 'spam' : score >= site.spamThresholds.hold ? 'hold' : 'publish';
  return SEVERITY[byScore] > SEVERITY[row.forced] ? byScore : row.forced;
}

export interface OperatingFigures {
  /** YouTube: spam F1 of the pipeline's "spam" verdict, ham silenced, ham the score holds (not abuse). */
  youtubeF1: number;
  youtubeHamSilenced: number;
  youtubeHamHeldByScore: number;
  /** Team validation split: spam published, ham silenced, ham held by the score. */
  corpusSpamPublished: number;
  corpusHamSilenced: number;
  corpusHamHeldByScore: number;
  /** Plain readers: silenced, held by the score. */
  readersSilenced: number;
  readersHeldByScore: number;
}

export function figuresAt(
  rows: readonly PreparedRow[],
  platt: { a: number; b: number },
  shift: number,
): OperatingFigures {
  const count = { tp: 0, fp: 0, fn: 0, ytHam: 0, ytHeld: 0, cSpam: 0, cPublished: 0, cHam: 0, cSilenced: 0 };
  let cHeld = 0;
  const readers = { all: 0, silenced: 0, held: 0 };
  for (const row of rows) {
    const verdict = verdictAt(row, platt, shift);
    // Held by the score: the verdict is hold and the other checks alone would have published.
    const heldByScore = verdict === 'hold' && row.forced === 'publish';
    if (row.set === 'youtube') {
      if (row.y === 1) {
        if (verdict === 'spam') count.tp++;
        else count.fn++;
      } else {
        count.ytHam++;
        if (verdict === 'spam') count.fp++;
        if (heldByScore) count.ytHeld++;
      }
    } else if (row.set === 'readers') {
      readers.all++;
      if (verdict === 'spam') readers.silenced++;
      if (heldByScore) readers.held++;
    } else if (row.y === 1) {
      count.cSpam++;
      if (verdict === 'publish') count.cPublished++;
    } else {
      count.cHam++;
      if (verdict === 'spam') count.cSilenced++;
      if (heldByScore) cHeld++;
    }
  }
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    youtubeF1: ratio(2 * count.tp, 2 * count.tp + count.fp + count.fn),
    youtubeHamSilenced: ratio(count.fp, count.ytHam),
    youtubeHamHeldByScore: ratio(count.ytHeld, count.ytHam),
    corpusSpamPublished: ratio(count.cPublished, count.cSpam),
    corpusHamSilenced: ratio(count.cSilenced, count.cHam),
    corpusHamHeldByScore: ratio(cHeld, count.cHam),
    readersSilenced: ratio(readers.silenced, readers.all),
    readersHeldByScore: ratio(readers.held, readers.all),
  };
}
