import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { CommentRow, comments, Database, DATABASE, threads } from '@app/db';

/** The reads behind counts and feeds: each one indexed statement. */
@Injectable()
export class SyndicationRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The threads' published counts, kept by the lifecycle on the thread row: a primary-key lookup, no count(*). */
  async publishedCounts(
    siteId: string,
    threadIds: readonly string[],
  ): Promise<{ id: string; count: number }[]> {
    return this.db
      .select({ id: threads.id, count: threads.publishedCount })
      .from(threads)
      .where(and(eq(threads.siteId, siteId), inArray(threads.id, [...threadIds])));
  }

  /** Newest published first; the thread's partial index, or the site-and-status index for the whole site. */
  async latestPublished(siteId: string, threadId: string | null, limit: number): Promise<CommentRow[]> {
    return this.db
      .select()
      .from(comments)
      .where(
        and(
          eq(comments.siteId, siteId),
          threadId === null ? undefined : eq(comments.threadId, threadId),
          eq(comments.status, 'published'),
        ),
      )
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(limit);
  }
}
