import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { commentImports, comments, Database, DATABASE, NewCommentRow, Queryable, threads } from '@app/db';

export interface StoredBatch {
  inserted: number;
  /** Rows not added because the same author's same text was already in the thread: new id → existing id. */
  redirected: Map<string, string>;
}

/** Typed queries for imports: which keys exist, and one batch stored with its keys and thread counters. */
@Injectable()
export class ImportRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async existingKeys(siteId: string, keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .select({ key: commentImports.importKey, commentId: commentImports.commentId })
      .from(commentImports)
      .where(and(eq(commentImports.siteId, siteId), inArray(commentImports.importKey, keys)));
    return new Map(rows.map((r) => [r.key, r.commentId]));
  }

  /**
   * One transaction per batch: threads, comments, keys, counters. A row that collides with an existing comment
   * (same author, thread and text) is not added; the key points at the existing one, and so do its replies.
   */
  async storeBatch(siteId: string, rows: NewCommentRow[], keyOf: Map<string, string>): Promise<StoredBatch> {
    return this.db.transaction(async (tx) => {
      const threadIds = [...new Set(rows.map((r) => r.threadId))];
      await tx
        .insert(threads)
        .values(threadIds.map((id) => ({ siteId, id })))
        .onConflictDoNothing();
      const inserted = await tx
        .insert(comments)
        .values(rows)
        .onConflictDoNothing()
        .returning({ id: comments.id, threadId: comments.threadId, status: comments.status });
      const insertedIds = new Set(inserted.map((r) => r.id));
      const keys = new Map<string, string>();
      const redirected = new Map<string, string>();
      for (const row of rows) {
        if (insertedIds.has(row.id!)) {
          keys.set(keyOf.get(row.id!)!, row.id!);
          continue;
        }
        const existingId = await this.sameComment(tx, row);
        if (!existingId) continue;
        redirected.set(row.id!, existingId);
        keys.set(keyOf.get(row.id!)!, existingId);
        await tx.update(comments).set({ parentId: existingId }).where(eq(comments.parentId, row.id!));
      }
      if (keys.size > 0) {
        await tx
          .insert(commentImports)
          .values([...keys].map(([importKey, commentId]) => ({ siteId, importKey, commentId })))
          .onConflictDoNothing();
      }
      await this.bumpThreads(tx, siteId, inserted);
      return { inserted: inserted.length, redirected };
    });
  }

  private async sameComment(tx: Queryable, row: NewCommentRow): Promise<string | undefined> {
    const [existing] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(
        and(
          eq(comments.siteId, row.siteId),
          eq(comments.threadId, row.threadId),
          eq(comments.authorEmailHmac, row.authorEmailHmac),
          eq(comments.bodyFingerprint, row.bodyFingerprint),
        ),
      )
      .limit(1);
    return existing?.id;
  }

  /** The same bookkeeping a verdict does: published count and ETag version, one statement per thread touched. */
  private async bumpThreads(tx: Queryable, siteId: string, inserted: { threadId: string; status: string }[]) {
    const published = new Map<string, number>();
    for (const row of inserted) {
      published.set(row.threadId, (published.get(row.threadId) ?? 0) + (row.status === 'published' ? 1 : 0));
    }
    for (const [threadId, delta] of published) {
      if (delta === 0) continue;
      await tx
        .update(threads)
        .set({
          version: sql`${threads.version} + 1`,
          publishedCount: sql`${threads.publishedCount} + ${delta}`,
        })
        .where(and(eq(threads.siteId, siteId), eq(threads.id, threadId)));
    }
  }
}
