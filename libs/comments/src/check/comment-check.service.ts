import { Injectable, Logger } from '@nestjs/common';
import { CommentStatus, isStoreUnavailable } from '@app/db';
import { moderate, ModerationOutcome, Verdict } from '@app/moderation';
import { Settled } from '../group-commit';
import { CheckContextLoader, CommentToCheck } from '../lifecycle/check-context.loader';
import { CommentLifecycle } from '../lifecycle/comment-lifecycle.service';

const STATUS_OF_VERDICT: Record<Verdict, CommentStatus> = {
  publish: 'published',
  hold: 'held',
  spam: 'spam',
  reject: 'rejected',
};

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction lost to another, not a bad row. */
const CONCURRENCY_CODES = new Set(['40P01', '40001']);

function isLostConcurrencyTie(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONCURRENCY_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** What checking one comment came to: its outcome, or null when it was not (or no longer) queued. */
export interface CheckedComment {
  outcome: ModerationOutcome | null;
  siteId?: string;
}

/**
 * The worker's side of a comment: load everything the pipeline needs, run it (pure), store the outcome once.
 * Safe to run twice for the same comment: only the first run moves it out of `queued`.
 */
@Injectable()
export class CommentCheckService {
  private readonly logger = new Logger(CommentCheckService.name);

  constructor(
    private readonly contexts: CheckContextLoader,
    private readonly lifecycle: CommentLifecycle,
  ) {}

  /**
   * A batch: contexts in a handful of set-based queries, `moderate()` per comment, then every verdict, check row,
   * counter, outbox row and live event in one transaction. If that transaction fails for anything but the store
   * being away, each comment is retried alone, so one bad comment fails only its own job; a deadlock or
   * serialization failure blames no comment, so the batch first goes again whole, once.
   */
  checkMany(ids: readonly string[]): Promise<Array<Settled<CheckedComment>>> {
    return this.checkBatch(ids, false);
  }

  private async checkBatch(
    ids: readonly string[],
    retriedWhole: boolean,
  ): Promise<Array<Settled<CheckedComment>>> {
    try {
      const checked = await this.checkTogether(ids);
      return ids.map((id) => ({ ok: true, value: checked.get(id) ?? { outcome: null } }));
    } catch (error) {
      if (ids.length === 1 || isStoreUnavailable(error)) return ids.map(() => ({ ok: false, error }));
      if (!retriedWhole && isLostConcurrencyTie(error)) return this.checkBatch(ids, true);
      const alone: Array<Settled<CheckedComment>> = [];
      for (const id of ids) alone.push(...(await this.checkBatch([id], true)));
      return alone;
    }
  }

  private async checkTogether(ids: readonly string[]): Promise<Map<string, CheckedComment>> {
    const loaded = await this.contexts.loadMany(ids);
    const outcomes = new Map<string, { loaded: CommentToCheck; outcome: ModerationOutcome }>();
    for (const one of loaded)
      outcomes.set(one.comment.id, { loaded: one, outcome: moderate(one.input, one.context) });
    const checkedIds = [...outcomes.keys()];
    // One transition for the whole batch, each comment to its verdict's status: one set of statements, not one
    // set per status.
    const moved = await this.lifecycle.transaction(async (tx) => {
      const result = await this.lifecycle.transition(tx, checkedIds, {
        to: new Map(checkedIds.map((id) => [id, STATUS_OF_VERDICT[outcomes.get(id)!.outcome.verdict]])),
        from: ['queued'],
        by: 'auto',
        verdict: new Map(checkedIds.map((id) => [id, outcomes.get(id)!.outcome])),
        checks: new Map(checkedIds.map((id) => [id, outcomes.get(id)!.outcome.checks])),
        readAtEdit: new Map(checkedIds.map((id) => [id, outcomes.get(id)!.loaded.comment.editedAt])),
      });
      return result.moved.map((change) => change.comment.id);
    });
    const checked = new Map<string, CheckedComment>();
    for (const id of moved) {
      const { loaded: one, outcome } = outcomes.get(id)!;
      checked.set(id, { outcome, siteId: one.comment.siteId });
      this.logger.debug(
        { commentId: id, siteId: one.comment.siteId, verdict: outcome.verdict },
        'comment checked',
      );
    }
    return checked;
  }
}
