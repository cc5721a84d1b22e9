import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, gt, inArray, lt, or } from 'drizzle-orm';
import {
  commentChecks,
  CommentRow,
  comments,
  CommentStatus,
  Database,
  DATABASE,
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

  /** Status and parent of the given comments of one thread (ids of other threads or sites are not answered). */
  async statusesInThread(siteId: string, threadId: string, ids: string[]) {
    if (ids.length === 0) return [];
    return this.db
      .select({ id: comments.id, parentId: comments.parentId, status: comments.status })
      .from(comments)
      .where(and(eq(comments.siteId, siteId), eq(comments.threadId, threadId), inArray(comments.id, ids)));
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
