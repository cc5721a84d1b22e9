import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import { commentLikes, CommentRow, comments, Database, DATABASE, threads } from '@app/db';

export type ThreadSort = 'oldest' | 'newest' | 'top';

/** Likes, the featured mark and the sorted thread reads; typed queries only. */
@Injectable()
export class LikesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Adds or removes one like and moves the count and the thread's ETag with it; null when no such published comment. */
  async setLike(
    siteId: string,
    commentId: string,
    likerKey: string,
    liked: boolean,
  ): Promise<{ likes: number; threadId: string; changed: boolean } | null> {
    return this.db.transaction(async (tx) => {
      const [comment] = await tx
        .select({ threadId: comments.threadId, likes: comments.likeCount })
        .from(comments)
        .where(and(eq(comments.id, commentId), eq(comments.siteId, siteId), eq(comments.status, 'published')))
        .for('update');
      if (!comment) return null;
      const changed = liked
        ? await tx
            .insert(commentLikes)
            .values({ commentId, likerKey, siteId })
            .onConflictDoNothing()
            .returning({ k: commentLikes.likerKey })
        : await tx
            .delete(commentLikes)
            .where(and(eq(commentLikes.commentId, commentId), eq(commentLikes.likerKey, likerKey)))
            .returning({ k: commentLikes.likerKey });
      if (changed.length === 0) return { likes: comment.likes, threadId: comment.threadId, changed: false };
      const [updated] = await tx
        .update(comments)
        .set({ likeCount: sql`${comments.likeCount} + ${liked ? 1 : -1}` })
        .where(eq(comments.id, commentId))
        .returning({ likes: comments.likeCount });
      await this.bumpThread(tx, siteId, comment.threadId);
      return { likes: updated.likes, threadId: comment.threadId, changed: true };
    });
  }

  async likesSince(siteId: string, likerKey: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(commentLikes)
      .where(
        and(
          eq(commentLikes.siteId, siteId),
          eq(commentLikes.likerKey, likerKey),
          gt(commentLikes.createdAt, since),
        ),
      );
    return row?.n ?? 0;
  }

  /** The mark changes what `top` shows first, so the thread's ETag moves with it. */
  async setFeatured(commentId: string, featured: boolean): Promise<CommentRow | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.update(comments).set({ featured }).where(eq(comments.id, commentId)).returning();
      if (row) await this.bumpThread(tx, row.siteId, row.threadId);
      return row;
    });
  }

  /** newest and top pages; `oldest` keeps the keyset read of CommentsRepository. */
  sortedPage(
    siteId: string,
    threadId: string,
    sort: Exclude<ThreadSort, 'oldest'>,
    offset: number,
    limit: number,
  ): Promise<CommentRow[]> {
    const order =
      sort === 'newest'
        ? [desc(comments.createdAt), desc(comments.id)]
        : [desc(comments.featured), desc(comments.likeCount), asc(comments.createdAt), asc(comments.id)];
    return this.db
      .select()
      .from(comments)
      .where(
        and(eq(comments.siteId, siteId), eq(comments.threadId, threadId), eq(comments.status, 'published')),
      )
      .orderBy(...order)
      .offset(offset)
      .limit(limit);
  }

  private async bumpThread(tx: Pick<Database, 'update'>, siteId: string, threadId: string): Promise<void> {
    await tx
      .update(threads)
      .set({ version: sql`${threads.version} + 1` })
      .where(and(eq(threads.siteId, siteId), eq(threads.id, threadId)));
  }
}
