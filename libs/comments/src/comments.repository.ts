import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import {
  commentChecks,
  CommentRow,
  comments,
  CommentStatus,
  Database,
  DATABASE,
  NewCommentRow,
  Queryable,
  threads,
} from '@app/db';
import { CheckResult } from '@app/moderation';

export interface PageCursor {
  createdAt: Date;
  id: string;
}

/** Typed queries on comments and threads; no business rules live here. */
@Injectable()
export class CommentsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async findById(id: string, db: Queryable = this.db): Promise<CommentRow | undefined> {
    const [row] = await db.select().from(comments).where(eq(comments.id, id)).limit(1);
    return row;
  }

  async findThread(siteId: string, threadId: string) {
    const [row] = await this.db
      .select()
      .from(threads)
      .where(and(eq(threads.siteId, siteId), eq(threads.id, threadId)))
      .limit(1);
    return row;
  }

  /** Opens or closes a thread (creating it if it has no comment yet). */
  async setThreadClosed(siteId: string, threadId: string, closed: boolean): Promise<void> {
    await this.db
      .insert(threads)
      .values({ siteId, id: threadId, closed })
      .onConflictDoUpdate({ target: [threads.siteId, threads.id], set: { closed } });
  }

  async findStatusInThread(siteId: string, threadId: string, id: string): Promise<CommentStatus | undefined> {
    const [row] = await this.db
      .select({ status: comments.status })
      .from(comments)
      .where(and(eq(comments.id, id), eq(comments.siteId, siteId), eq(comments.threadId, threadId)))
      .limit(1);
    return row?.status;
  }

  async queuedOlderThan(before: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.status, 'queued'), lt(comments.createdAt, before)))
      .orderBy(asc(comments.createdAt))
      .limit(limit);
    return rows.map((r) => r.id);
  }

  async authorCounts(siteId: string, emailHmac: string, ip: string | null) {
    const [author] = await this.db
      .select({
        approved: sql<number>`count(*) filter (where ${comments.status} = 'published')`.mapWith(Number),
        spam: sql<number>`count(*) filter (where ${comments.status} = 'spam')`.mapWith(Number),
      })
      .from(comments)
      .where(and(eq(comments.siteId, siteId), eq(comments.authorEmailHmac, emailHmac)));
    let ipSpam = 0;
    if (ip) {
      const [row] = await this.db
        .select({ n: count() })
        .from(comments)
        .where(and(eq(comments.siteId, siteId), eq(comments.clientIp, ip), eq(comments.status, 'spam')));
      ipSpam = row.n;
    }
    return { approved: author.approved, spam: author.spam, ipSpam };
  }

  async countSameTextInOtherThreads(
    siteId: string,
    fingerprint: string,
    threadId: string,
    since: Date,
  ): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(distinct ${comments.threadId})`.mapWith(Number) })
      .from(comments)
      .where(
        and(
          eq(comments.siteId, siteId),
          eq(comments.bodyFingerprint, fingerprint),
          ne(comments.threadId, threadId),
          gt(comments.createdAt, since),
        ),
      );
    return row.n;
  }

  /** Moves a comment out of `queued` once; false when another worker got there first. */
  async recordVerdict(
    tx: Queryable,
    id: string,
    result: { status: CommentStatus; verdict: string; spamScore: number; language: string; at: Date },
  ): Promise<boolean> {
    const updated = await tx
      .update(comments)
      .set({
        status: result.status,
        verdict: result.verdict,
        spamScore: result.spamScore,
        language: result.language,
        checkedAt: result.at,
        decidedAt: result.at,
        decidedBy: 'auto',
        publishedAt: result.status === 'published' ? result.at : null,
      })
      .where(and(eq(comments.id, id), eq(comments.status, 'queued')))
      .returning({ id: comments.id });
    return updated.length > 0;
  }

  async replaceChecks(tx: Queryable, commentId: string, checks: readonly CheckResult[]): Promise<void> {
    await tx.delete(commentChecks).where(eq(commentChecks.commentId, commentId));
    if (checks.length === 0) return;
    await tx.insert(commentChecks).values(checks.map((c, position) => ({ commentId, position, ...c })));
  }

  async checksOf(commentId: string) {
    return this.db
      .select()
      .from(commentChecks)
      .where(eq(commentChecks.commentId, commentId))
      .orderBy(asc(commentChecks.position));
  }

  /** Keeps the thread's ETag version and published count in step with a change to its published set. */
  async bumpThread(tx: Queryable, siteId: string, threadId: string, publishedDelta: number): Promise<void> {
    await tx
      .update(threads)
      .set({
        version: sql`${threads.version} + 1`,
        publishedCount: sql`${threads.publishedCount} + ${publishedDelta}`,
      })
      .where(and(eq(threads.siteId, siteId), eq(threads.id, threadId)));
  }

  async publishedPage(
    siteId: string,
    threadId: string,
    after: PageCursor | null,
    limit: number,
  ): Promise<CommentRow[]> {
    const inThread = and(
      eq(comments.siteId, siteId),
      eq(comments.threadId, threadId),
      eq(comments.status, 'published'),
    );
    const afterCursor = after
      ? or(
          gt(comments.createdAt, after.createdAt),
          and(eq(comments.createdAt, after.createdAt), gt(comments.id, after.id)),
        )
      : undefined;
    return this.db
      .select()
      .from(comments)
      .where(afterCursor ? and(inThread, afterCursor) : inThread)
      .orderBy(asc(comments.createdAt), asc(comments.id))
      .limit(limit);
  }
}
