import { Inject, Injectable } from '@nestjs/common';
import { CommentRow, comments, CommentStatus, Database, DATABASE, prepared, rowMapper } from '@app/db';

/**
 * The worker's reads for a batch of comments, one statement each whatever the batch size. Each filters by the
 * batch's sites and keys (a superset of the exact pairs) and groups by both, so the caller picks its own pair.
 * Each is written once as SQL over arrays and run as a named prepared statement: they run for every batch, and
 * building them with the query builder was a tenth of the worker's busy time.
 */
const SQL = {
  // By id alone, the status checked by the caller: with `AND status = 'queued'` the planner may read the queued
  // partial index whole (every comment queued since the last vacuum) instead of the batch's ids in the primary key.
  byIds: `SELECT * FROM comments WHERE id = ANY($1::text[])`,
  statuses: `SELECT id, site_id, thread_id, status FROM comments WHERE id = ANY($1::text[])`,
  // One index probe per (site, fingerprint): written as a filter over arrays, a table without fresh statistics had
  // the planner read every comment of the site in the window (an hour of a busy site) for each batch. OFFSET 0
  // keeps the lateral subquery a per-pair probe of comments_fingerprint_idx.
  threadsWithText: `SELECT DISTINCT c.site_id, c.body_fingerprint, c.thread_id
    FROM unnest($1::text[]) AS s(site_id)
    CROSS JOIN unnest($2::text[]) AS f(fingerprint)
    CROSS JOIN LATERAL (
      SELECT site_id, body_fingerprint, thread_id FROM comments
      WHERE site_id = s.site_id AND body_fingerprint = f.fingerprint AND created_at > $3::timestamptz
      OFFSET 0
    ) c`,
} as const;

const commentRow = rowMapper(comments);

@Injectable()
export class CheckContextRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async queued(ids: readonly string[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    const rows = await prepared<Record<string, unknown>>(this.db, 'context_by_ids', SQL.byIds, [[...ids]]);
    return rows.filter((row) => row.status === 'queued').map(commentRow);
  }

  async statuses(
    ids: string[],
  ): Promise<{ id: string; siteId: string; threadId: string; status: CommentStatus }[]> {
    if (ids.length === 0) return [];
    const rows = await prepared<{ id: string; site_id: string; thread_id: string; status: CommentStatus }>(
      this.db,
      'context_statuses',
      SQL.statuses,
      [ids],
    );
    return rows.map((r) => ({ id: r.id, siteId: r.site_id, threadId: r.thread_id, status: r.status }));
  }

  /** The threads each (site, text fingerprint) appeared in since `since`. */
  async threadsWithText(siteIds: string[], fingerprints: string[], since: Date) {
    const rows = await prepared<{ site_id: string; body_fingerprint: string; thread_id: string }>(
      this.db,
      'context_threads_with_text',
      SQL.threadsWithText,
      [siteIds, fingerprints, since.toISOString()],
    );
    return rows.map((r) => ({ siteId: r.site_id, fingerprint: r.body_fingerprint, threadId: r.thread_id }));
  }
}
