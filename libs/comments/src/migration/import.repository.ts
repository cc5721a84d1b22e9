import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { commentImports, comments, CommentStatus, Database, DATABASE, Queryable, threads } from '@app/db';

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
   * One transaction per batch: threads, comments, keys, counters, a handful of statements whatever the batch size.
   * A row that collides with an existing comment (same author, thread and text) is not added; the key points at the
   * existing one, and so do its replies.
   */
  async storeBatch(
    siteId: string,
    rows: ImportedCommentRow[],
    keyOf: Map<string, string>,
  ): Promise<StoredBatch> {
    return this.db.transaction(async (tx) => {
      const threadIds = [...new Set(rows.map((r) => r.threadId))];
      await tx.execute(
        sql`insert into ${threads} (site_id, id) select ${siteId}, unnest(${textArray(threadIds)}::text[]) on conflict do nothing`,
      );
      const inserted = await insertComments(tx, rows);
      const insertedIds = new Set(inserted.map((r) => r.id));
      const keys = new Map<string, string>();
      const redirected = new Map<string, string>();
      for (const row of rows) {
        if (insertedIds.has(row.id)) {
          keys.set(keyOf.get(row.id)!, row.id);
          continue;
        }
        const existingId = await this.sameComment(tx, row);
        if (!existingId) continue;
        redirected.set(row.id, existingId);
        keys.set(keyOf.get(row.id)!, existingId);
        await tx.update(comments).set({ parentId: existingId }).where(eq(comments.parentId, row.id));
      }
      if (keys.size > 0) {
        await tx.execute(
          sql`insert into ${commentImports} (site_id, import_key, comment_id)
              select ${siteId}, k, c from unnest(${textArray([...keys.keys()])}::text[], ${textArray([...keys.values()])}::text[]) as t(k, c)
              on conflict do nothing`,
        );
      }
      await this.bumpThreads(tx, siteId, inserted);
      return { inserted: inserted.length, redirected };
    });
  }

  private async sameComment(tx: Queryable, row: ImportedCommentRow): Promise<string | undefined> {
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

  /** The same bookkeeping a verdict does: published count and ETag version, one statement for every thread touched. */
  private async bumpThreads(tx: Queryable, siteId: string, inserted: { threadId: string; status: string }[]) {
    const published = new Map<string, number>();
    for (const row of inserted) {
      if (row.status === 'published') published.set(row.threadId, (published.get(row.threadId) ?? 0) + 1);
    }
    if (published.size === 0) return;
    await tx.execute(
      sql`update ${threads} set version = ${threads.version} + 1, published_count = ${threads.publishedCount} + d.n
          from unnest(${textArray([...published.keys()])}::text[], ${sql.param([...published.values()])}::int[]) as d(id, n)
          where ${threads.siteId} = ${siteId} and ${threads.id} = d.id`,
    );
  }
}

/** The columns an import writes; the rest take their defaults. */
export interface ImportedCommentRow {
  id: string;
  siteId: string;
  threadId: string;
  parentId: string | null;
  status: CommentStatus;
  authorName: string;
  authorUrl: string | null;
  authorEmailEncrypted: string;
  authorEmailHmac: string;
  avatarSeed: string;
  body: string;
  bodyFingerprint: string;
  formTokenState: string;
  clientIp: string | null;
  userAgent: string | null;
  statusTokenHash: string;
  createdAt: Date;
  publishedAt: Date | null;
  decidedAt: Date | null;
}

/** A whole column as one array parameter: the statement's text and parameter count stay the same for any batch. */
const textArray = (values: (string | null)[]) => sql.param(values);
const timeArray = (values: (Date | null)[]) => sql.param(values.map((v) => v?.toISOString() ?? null));

/**
 * Many comments in one statement through `unnest` of one array per column: building a 500-row, 19-column VALUES list
 * cost more CPU than the database's work (measured with --cpu-prof), and this is a single short statement.
 */
function insertComments(tx: Queryable, rows: ImportedCommentRow[]) {
  const col = <K extends keyof ImportedCommentRow>(key: K) => rows.map((r) => r[key]);
  return tx
    .execute<{ id: string; thread_id: string; status: string }>(
      sql`insert into ${comments} (id, site_id, thread_id, parent_id, status, author_name, author_url,
            author_email_encrypted, author_email_hmac, avatar_seed, body, body_fingerprint, form_token_state,
            client_ip, user_agent, status_token_hash, created_at, published_at, decided_at)
          select * from unnest(
            ${textArray(col('id'))}::text[], ${textArray(col('siteId'))}::text[], ${textArray(col('threadId'))}::text[],
            ${textArray(col('parentId'))}::text[], ${textArray(col('status'))}::text[], ${textArray(col('authorName'))}::text[],
            ${textArray(col('authorUrl'))}::text[], ${textArray(col('authorEmailEncrypted'))}::text[],
            ${textArray(col('authorEmailHmac'))}::text[], ${textArray(col('avatarSeed'))}::text[], ${textArray(col('body'))}::text[],
            ${textArray(col('bodyFingerprint'))}::text[], ${textArray(col('formTokenState'))}::text[],
            ${textArray(col('clientIp'))}::text[], ${textArray(col('userAgent'))}::text[], ${textArray(col('statusTokenHash'))}::text[],
            ${timeArray(col('createdAt'))}::timestamptz[], ${timeArray(col('publishedAt'))}::timestamptz[],
            ${timeArray(col('decidedAt'))}::timestamptz[])
          on conflict do nothing
          returning id, thread_id, status`,
    )
    .then((result) => result.rows.map((r) => ({ id: r.id, threadId: r.thread_id, status: r.status })));
}
