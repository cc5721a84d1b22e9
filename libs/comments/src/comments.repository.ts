import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, gt, lt, or, sql } from 'drizzle-orm';
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

  /** The newest submission by this author (email HMAC) or from this IP on the site since `since`. */
  async latestSubmissionSince(
    siteId: string,
    emailHmac: string,
    ip: string | null,
    since: Date,
  ): Promise<Date | null> {
    const byAuthor = eq(comments.authorEmailHmac, emailHmac);
    const [row] = await this.db
      .select({ createdAt: comments.createdAt })
      .from(comments)
      .where(
        and(
          eq(comments.siteId, siteId),
          gt(comments.createdAt, since),
          ip ? or(byAuthor, eq(comments.clientIp, ip)) : byAuthor,
        ),
      )
      .orderBy(sql`${comments.createdAt} desc`)
      .limit(1);
    return row?.createdAt ?? null;
  }

  /**
   * Stores a comment, creating its thread on the first one. When the thread exists the insert is one statement,
   * atomic on its own: no transaction, one round trip instead of four on the common path.
   */
  async insertComment(threadExists: boolean, row: NewCommentRow): Promise<CommentRow> {
    if (threadExists) {
      const [inserted] = await this.db.insert(comments).values(row).returning();
      return inserted;
    }
    return this.db.transaction(async (tx) => {
      await tx.insert(threads).values({ siteId: row.siteId, id: row.threadId }).onConflictDoNothing();
      const [inserted] = await tx.insert(comments).values(row).returning();
      return inserted;
    });
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

  async checksOf(commentId: string) {
    return this.db
      .select()
      .from(commentChecks)
      .where(eq(commentChecks.commentId, commentId))
      .orderBy(asc(commentChecks.position));
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
