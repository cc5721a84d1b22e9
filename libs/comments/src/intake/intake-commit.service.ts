import { Inject, Injectable } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { isStoreUnavailable, Queryable } from '@app/db';
import { ModerationQueue } from '../check/moderation-queue';
import { GroupCommit, Settled } from '../group-commit';
import { IntakeRepository, IntakeRow, StoredComment } from './intake.repository';
import {
  BatchFacts,
  floodKeys,
  judgeBatch,
  PendingComment,
  Refusal,
  storedDuplicateKeys,
  threadKey,
} from './intake-rules';

export interface Submission {
  row: IntakeRow;
  floodSeconds: number;
}

/** A submission the batch refused; the intake turns it into its 4xx. */
export class RefusedSubmission extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.kind);
  }
}

/**
 * Stores submissions by group commit: one transaction per batch holding every accepted row (one INSERT), then one
 * addBulk. A submission's promise settles only after the commit that holds its row; a refused one settles alone.
 */
@Injectable()
export class IntakeCommitService {
  private readonly group: GroupCommit<Submission, StoredComment>;

  constructor(
    private readonly intake: IntakeRepository,
    private readonly queue: ModerationQueue,
    @Inject(ENV) env: Env,
  ) {
    this.group = new GroupCommit((batch) => this.commit(batch), {
      maxBatch: env.INTAKE_BATCH_MAX,
      maxInFlight: env.INTAKE_COMMITS_IN_FLIGHT,
    });
  }

  store(submission: Submission): Promise<StoredComment> {
    return this.group.submit(submission);
  }

  private async commit(batch: Submission[]): Promise<Array<Settled<StoredComment>>> {
    let outcomes: Array<Settled<StoredComment>>;
    try {
      outcomes = await this.intake.transaction((tx) => this.commitIn(tx, batch));
    } catch (error) {
      if (batch.length === 1 || isStoreUnavailable(error)) throw error;
      // A row the database refuses must fail only its own request: each alone, in its own commit.
      const alone: Array<Settled<StoredComment>> = [];
      for (const submission of batch) {
        alone.push(
          await this.commit([submission]).then(
            ([outcome]) => outcome,
            (failure: unknown) => ({ ok: false as const, error: failure }),
          ),
        );
      }
      return alone;
    }
    const stored = outcomes.flatMap((o) => (o.ok ? [o.value.id] : []));
    await this.queue.enqueueManyOrLeaveToSweeper(stored);
    return outcomes;
  }

  private async commitIn(tx: Queryable, batch: Submission[]): Promise<Array<Settled<StoredComment>>> {
    const pending = batch.map(pendingOf);
    await this.intake.lock(tx, pending.flatMap(lockKeysOf));
    const facts = await this.readFacts(tx, pending);
    const verdicts = judgeBatch(pending, facts);
    const accepted = batch.filter((_, index) => verdicts[index] === null);
    const missingThreads = unique(
      accepted.map((s) => s.row),
      (row) => threadKey(row.siteId, row.threadId),
    ).filter((row) => !facts.threads.has(threadKey(row.siteId, row.threadId)));
    const stored =
      accepted.length > 0
        ? await this.intake.insertComments(
            tx,
            accepted.map((s) => s.row),
            missingThreads,
          )
        : [];
    const byId = new Map(stored.map((row) => [row.id, row]));
    return batch.map((submission, index): Settled<StoredComment> => {
      const refusal = verdicts[index];
      if (refusal) return { ok: false, error: new RefusedSubmission(refusal) };
      return { ok: true, value: byId.get(submission.row.id)! };
    });
  }

  /** Everything the rules need for the whole batch, in one set-based read. */
  private async readFacts(tx: Queryable, pending: PendingComment[]): Promise<BatchFacts> {
    const now = Date.now();
    const flooded = pending.filter((c) => c.floodSeconds > 0);
    const since = (c: PendingComment) => new Date(now - c.floodSeconds * 1000);
    const stored = await this.intake.facts(tx, {
      threads: unique(pending, (c) => threadKey(c.siteId, c.threadId)),
      parentIds: [...new Set(pending.flatMap((c) => (c.parentId ? [c.parentId] : [])))],
      floodByEmail: flooded.map((c) => ({ siteId: c.siteId, key: c.emailHmac, since: since(c) })),
      floodByIp: flooded.flatMap((c) =>
        c.clientIp ? [{ siteId: c.siteId, key: c.clientIp, since: since(c) }] : [],
      ),
      texts: unique(pending, (c) => `${threadKey(c.siteId, c.threadId)}\0${c.bodyFingerprint}`),
    });
    const latestByFloodKey = new Map<string, number>();
    for (const r of stored.latestByEmail) latestByFloodKey.set(`${r.siteId}\0e\0${r.key}`, r.at);
    for (const r of stored.latestByIp) latestByFloodKey.set(`${r.siteId}\0i\0${r.key}`, r.at);
    return {
      now,
      threads: new Map(stored.threads.map((t) => [threadKey(t.siteId, t.threadId), { closed: t.closed }])),
      parents: new Map(stored.parents.map((p) => [p.id, p])),
      latestByFloodKey,
      recentTextKeys: new Set(stored.sameTexts.flatMap(storedDuplicateKeys)),
    };
  }
}

function pendingOf(submission: Submission): PendingComment {
  const { row } = submission;
  return {
    id: row.id,
    siteId: row.siteId,
    threadId: row.threadId,
    parentId: row.parentId,
    emailHmac: row.authorEmailHmac,
    bodyFingerprint: row.bodyFingerprint,
    clientIp: row.clientIp,
    readerId: row.readerId,
    floodSeconds: submission.floodSeconds,
  };
}

/** Batches that could judge each other wait for each other: same text in a thread, or the same flood keys. */
function lockKeysOf(c: PendingComment): string[] {
  const text = `dup\0${threadKey(c.siteId, c.threadId)}\0${c.bodyFingerprint}`;
  return c.floodSeconds > 0 ? [text, ...floodKeys(c).map((key) => `flood\0${key}`)] : [text];
}

function unique<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}
