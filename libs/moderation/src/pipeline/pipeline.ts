import { CheckContext, CommentUnderCheck, ModerationOutcome, ModerationPhase, PipelineState } from '../types';
import { decide, spamScoreOf } from './decide';
import { MODERATION_PHASES } from '../phases';
import { textViewOf } from './text-view';

/**
 * Runs every phase in order and decides. Pure: the same comment and context always give the same outcome,
 * which is what lets the worker and the CLI share it.
 */
export function moderate(
  comment: CommentUnderCheck,
  context: CheckContext,
  phases: readonly ModerationPhase[] = MODERATION_PHASES,
): ModerationOutcome {
  const state: PipelineState = {
    text: textViewOf(comment),
    checks: [],
    language: 'und',
    languageConfident: false,
  };
  for (const phase of phases) {
    const output = phase(comment, context, state);
    if (!output) continue;
    if (output.language) state.language = output.language;
    if (output.languageConfident !== undefined) state.languageConfident = output.languageConfident;
    if (output.checks) state.checks.push(...output.checks);
  }
  const spamScore = round(spamScoreOf(state.checks));
  const verdict = decide(state.checks, spamScore, context.site.spamThresholds, context.site.abusePolicy);
  return {
    verdict,
    spamScore,
    language: state.language,
    checks: state.checks,
    reasons: state.checks.filter((c) => c.verdict !== 'pass').map((c) => c.reason),
  };
}

function round(score: number): number {
  return Math.round(score * 10000) / 10000;
}
