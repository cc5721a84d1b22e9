import { Inject, Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { CommentStatus, Database, DATABASE, Queryable } from '@app/db';
import { LifecycleRepository, ThreadDelta } from './lifecycle.repository';
import { StatusChange, StatusChangeListener, TransitionOptions, TransitionResult } from './status-change';

/**
 * The only writer of `comments.status`. Callers say what happened (`to`, `from`, `by`, the verdict, the audit);
 * this records it: the status, the thread counters (ETag version, published count), audit rows, and the listeners
 * (the webhook outbox inside the transaction, the live stream after commit). Set-based: a batch of comments costs a
 * handful of statements, not a handful per comment.
 */
@Injectable()
export class CommentLifecycle {
  private readonly logger = new Logger(CommentLifecycle.name);
  private readonly listeners: StatusChangeListener[] = [];
  /** Changes made in each open transaction, announced after it commits. */
  private readonly pending = new WeakMap<Queryable, StatusChange[]>();

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly repository: LifecycleRepository,
  ) {}

  /** Called once, by the module that wires a process's listeners (see libs/live's StatusListenersModule). */
  listen(...listeners: StatusChangeListener[]): void {
    for (const listener of listeners) if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  /** A transaction whose status changes are announced to the after-commit listeners once it commits. */
  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const changes: StatusChange[] = [];
    const result = await this.db.transaction(async (tx) => {
      this.pending.set(tx, changes);
      return work(tx);
    });
    if (changes.length > 0) await this.announce(changes);
    return result;
  }

  /** Moves the comments among `ids` whose status is in `from` to `to`, in the caller's lifecycle transaction. */
  async transition(
    tx: Queryable,
    ids: readonly string[],
    options: TransitionOptions,
  ): Promise<TransitionResult> {
    const pending = this.pending.get(tx);
    if (!pending) throw new Error('CommentLifecycle.transition runs inside CommentLifecycle.transaction().');
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { moved: [], skipped: [] };

    const targetOf = (id: string) => (typeof options.to === 'string' ? options.to : options.to.get(id));
    const current = await this.repository.lockMany(tx, unique);
    const previous = new Map<string, CommentStatus>(current.map((row) => [row.id, row.status]));
    const movable = current.filter(
      (row) =>
        targetOf(row.id) !== undefined &&
        (!options.from || options.from.includes(row.status)) &&
        unchangedSinceRead(row, options.readAtEdit),
    );
    const movableIds = movable.map((row) => row.id);
    const willMove = new Set(movableIds);
    const skipped = unique
      .filter((id) => !willMove.has(id))
      .map((id) => ({ id, status: previous.get(id) ?? null }));
    if (movable.length === 0) return { moved: [], skipped };

    const at = new Date();
    const rows = await this.repository.setStatus(
      tx,
      new Map(movableIds.map((id) => [id, targetOf(id)!])),
      { by: options.by, at },
      options.verdict && pick(options.verdict, movableIds),
      options.checks && pick(options.checks, movableIds),
    );
    const moved = rows
      .map((comment) => ({ comment, previous: previous.get(comment.id)! }))
      .sort((a, b) => (a.comment.id < b.comment.id ? -1 : 1));

    if (options.audit) {
      const audit = options.audit;
      await this.repository.insertAudits(
        tx,
        moved.map(({ comment, previous: from }) => ({
          id: uuidv7(),
          siteId: comment.siteId,
          commentId: comment.id,
          moderatorId: audit.moderatorId,
          action: audit.action,
          fromStatus: from,
          toStatus: comment.status,
          note: audit.note,
          createdAt: at,
        })),
      );
    }
    for (const listener of this.listeners) await listener.inTransaction?.(tx, moved);
    // Last: a thread's row stays locked until the commit, and concurrent batches publish into the same threads, so
    // the fewer round trips between this and the commit, the less they wait for each other.
    await this.repository.bumpThreads(tx, threadDeltas(moved));
    pending.push(...moved);
    return { moved, skipped };
  }

  /**
   * New ETags for threads whose comments changed text but not status (an erasure rewrites names and bodies). Locked
   * in the same order as a transition's counters, so it cannot deadlock with a worker batch crossing those threads.
   */
  async touchThreads(tx: Queryable, touched: readonly { siteId: string; threadId: string }[]): Promise<void> {
    await this.repository.bumpThreads(
      tx,
      touched.map(({ siteId, threadId }) => ({ siteId, threadId, delta: 0 })),
    );
  }

  private async announce(changes: StatusChange[]): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener.afterCommit?.(changes);
      } catch (error) {
        // A live-stream hiccup must not fail the work that already committed.
        this.logger.warn({ err: (error as Error).message }, 'after-commit listener failed');
      }
    }
  }
}

function unchangedSinceRead(
  row: { id: string; editedAt: Date | null },
  readAtEdit: ReadonlyMap<string, Date | null> | undefined,
): boolean {
  if (!readAtEdit?.has(row.id)) return true;
  return (readAtEdit.get(row.id)?.getTime() ?? null) === (row.editedAt?.getTime() ?? null);
}

function pick<T>(values: ReadonlyMap<string, T>, ids: readonly string[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const id of ids) if (values.has(id)) out.set(id, values.get(id)!);
  return out;
}

/** Only a change to a thread's published set touches its counters; one in and one out still bumps the ETag. */
function threadDeltas(moved: readonly StatusChange[]): ThreadDelta[] {
  const byThread = new Map<string, ThreadDelta>();
  for (const { comment, previous } of moved) {
    const delta = (comment.status === 'published' ? 1 : 0) - (previous === 'published' ? 1 : 0);
    if (delta === 0) continue;
    const key = JSON.stringify([comment.siteId, comment.threadId]);
    const entry = byThread.get(key) ?? { siteId: comment.siteId, threadId: comment.threadId, delta: 0 };
    entry.delta += delta;
    byThread.set(key, entry);
  }
  return [...byThread.values()];
}
