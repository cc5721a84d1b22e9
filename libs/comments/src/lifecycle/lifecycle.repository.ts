import { Injectable } from '@nestjs/common';
import {
  CommentRow,
  comments,
  CommentStatus,
  moderationAudit,
  prepared,
  Queryable,
  rowMapper,
} from '@app/db';
import { CheckResult } from '@app/moderation';
import { StoredVerdict } from './status-change';

/** A thread whose published set changed by `delta` comments. */
export interface ThreadDelta {
  siteId: string;
  threadId: string;
  delta: number;
}

/** Each comment to its own status ($1), and the checks' verdict ($5) for those that have one. */
const SET_STATUS_AND_VERDICTS = `UPDATE comments SET
      status = ($1::jsonb ->> id),
      decided_by = $2::text,
      decided_at = $3::timestamptz,
      published_at = CASE WHEN ($1::jsonb ->> id) = 'published' THEN $3::timestamptz ELSE NULL END,
      verdict = CASE WHEN ($5::jsonb ? id) THEN ($5::jsonb -> id ->> 'verdict') ELSE verdict END,
      spam_score = CASE WHEN ($5::jsonb ? id) THEN ($5::jsonb -> id ->> 'spamScore')::real ELSE spam_score END,
      language = CASE WHEN ($5::jsonb ? id) THEN ($5::jsonb -> id ->> 'language') ELSE language END,
      checked_at = CASE WHEN ($5::jsonb ? id) THEN $3::timestamptz ELSE checked_at END
    WHERE id = ANY($4::text[])
    RETURNING *`;

/**
 * The statements every batch of the worker runs, written once as SQL over arrays and run as named prepared
 * statements: building them with the query builder for every batch was a large share of the worker's busy time.
 */
const SQL = {
  lockMany: `SELECT id, status, edited_at FROM comments WHERE id = ANY($1::text[]) ORDER BY id ASC FOR UPDATE`,
  setStatus: `UPDATE comments SET
      status = ($1::jsonb ->> id),
      decided_by = $2::text,
      decided_at = $3::timestamptz,
      published_at = CASE WHEN ($1::jsonb ->> id) = 'published' THEN $3::timestamptz ELSE NULL END
    WHERE id = ANY($4::text[])
    RETURNING *`,
  setStatusAndVerdicts: SET_STATUS_AND_VERDICTS,
  // The worker's whole write to its comments in one round trip, not three: their checks replaced (each list
  // overwrites its positions and drops any beyond its length, which is what delete-then-insert left) and the
  // status and verdict set. $6 is the check rows, as insertChecks takes them; $7 each comment's count of checks.
  // The rows to drop are found by one primary-key probe per comment and deleted by their row address: joined to the
  // counts, a table without fresh statistics had the planner read all of comment_checks for every batch.
  setStatusVerdictsAndChecks: `WITH dropped AS (
      DELETE FROM comment_checks WHERE ctid = ANY(ARRAY(
        SELECT c.ctid FROM jsonb_each_text($7::jsonb) AS n(id, kept)
        CROSS JOIN LATERAL (
          SELECT ctid FROM comment_checks WHERE comment_id = n.id AND position >= n.kept::int OFFSET 0
        ) c
      ))
    ), written AS (
      INSERT INTO comment_checks (comment_id, position, name, verdict, score, reason)
      SELECT "commentId", position, name, verdict, score, reason
      FROM jsonb_to_recordset($6::jsonb)
        AS r("commentId" text, position int, name text, verdict text, score real, reason text)
      ON CONFLICT (comment_id, position) DO UPDATE
        SET name = excluded.name, verdict = excluded.verdict, score = excluded.score, reason = excluded.reason
    ) ${SET_STATUS_AND_VERDICTS}`,
  deleteChecks: `DELETE FROM comment_checks WHERE comment_id = ANY($1::text[])`,
  // One jsonb parameter, not a VALUES list of 6 parameters per row: a batch holds hundreds of check rows.
  insertChecks: `INSERT INTO comment_checks (comment_id, position, name, verdict, score, reason)
    SELECT "commentId", position, name, verdict, score, reason
    FROM jsonb_to_recordset($1::jsonb)
      AS r("commentId" text, position int, name text, verdict text, score real, reason text)`,
  // The rows are locked in (site, id) order before any is updated: updated in the batch's own order, two batches
  // crossing the same threads deadlocked (one failed after deadlock_timeout and its comments went one by one).
  bumpThreads: `UPDATE threads SET version = threads.version + 1, published_count = threads.published_count + l.delta
    FROM (SELECT t.site_id, t.id, d.delta FROM threads t
          JOIN jsonb_to_recordset($1::jsonb) AS d("siteId" text, "threadId" text, delta int)
            ON t.site_id = d."siteId" AND t.id = d."threadId"
          ORDER BY t.site_id, t.id
          FOR UPDATE OF t) l
    WHERE threads.site_id = l.site_id AND threads.id = l.id`,
} as const;

/** Named for the lifecycle, so no other repository's statement takes its name. */
function run<R>(tx: Queryable, name: keyof typeof SQL, params: unknown[]): Promise<R[]> {
  return prepared<R>(tx, `lifecycle_${name}`, SQL[name], params);
}

const commentRow = rowMapper(comments);

/**
 * Set-based queries behind a status change: each is one statement whatever the number of comments.
 * Per-row values travel as one jsonb parameter (works the same on PostgreSQL and PGlite).
 */
@Injectable()
export class LifecycleRepository {
  /**
   * Locked in id order, so two batches touching the same comments never deadlock. Only what the transition decides
   * on: the rows themselves come back from the UPDATE.
   */
  async lockMany(
    tx: Queryable,
    ids: readonly string[],
  ): Promise<{ id: string; status: CommentStatus; editedAt: Date | null }[]> {
    const rows = await run<{ id: string; status: CommentStatus; edited_at: unknown }>(tx, 'lockMany', [
      [...ids],
    ]);
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      editedAt:
        r.edited_at === null ? null : (comments.editedAt.mapFromDriverValue(r.edited_at as string) as Date),
    }));
  }

  /**
   * Each comment to its own status (the worker's batch holds published, held and spam at once) and, for the
   * comments that have one, the checks' verdict: one statement. Per-row values travel as jsonb objects keyed by id.
   */
  async setStatus(
    tx: Queryable,
    targets: ReadonlyMap<string, CommentStatus>,
    change: { by: string; at: Date },
    verdicts?: ReadonlyMap<string, StoredVerdict>,
    checks?: ReadonlyMap<string, readonly CheckResult[]>,
  ): Promise<CommentRow[]> {
    const params = [
      JSON.stringify(Object.fromEntries(targets)),
      change.by,
      change.at.toISOString(),
      [...targets.keys()],
    ];
    const hasVerdicts = verdicts !== undefined && verdicts.size > 0;
    if (hasVerdicts && checks && checks.size > 0) {
      const counts = Object.fromEntries([...checks].map(([id, list]) => [id, list.length]));
      const rows = await run<Record<string, unknown>>(tx, 'setStatusVerdictsAndChecks', [
        ...params,
        JSON.stringify(Object.fromEntries(verdicts)),
        JSON.stringify(checkRows(checks)),
        JSON.stringify(counts),
      ]);
      return rows.map(commentRow);
    }
    if (checks) await this.replaceChecks(tx, checks);
    const rows = hasVerdicts
      ? await run<Record<string, unknown>>(tx, 'setStatusAndVerdicts', [
          ...params,
          JSON.stringify(Object.fromEntries(verdicts)),
        ])
      : await run<Record<string, unknown>>(tx, 'setStatus', params);
    return rows.map(commentRow);
  }

  async replaceChecks(tx: Queryable, checks: ReadonlyMap<string, readonly CheckResult[]>): Promise<void> {
    const ids = [...checks.keys()];
    if (ids.length === 0) return;
    await run(tx, 'deleteChecks', [ids]);
    const rows = checkRows(checks);
    if (rows.length > 0) await run(tx, 'insertChecks', [JSON.stringify(rows)]);
  }

  /** Bumps each thread's ETag version and moves its published count by its delta. */
  async bumpThreads(tx: Queryable, deltas: readonly ThreadDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    await run(tx, 'bumpThreads', [JSON.stringify(deltas)]);
  }

  async insertAudits(tx: Queryable, rows: (typeof moderationAudit.$inferInsert)[]): Promise<void> {
    if (rows.length > 0) await tx.insert(moderationAudit).values(rows);
  }
}

/** The rows of comment_checks for these lists: one per check, numbered from 0 in the pipeline's order. */
function checkRows(checks: ReadonlyMap<string, readonly CheckResult[]>) {
  return [...checks].flatMap(([commentId, list]) =>
    list.map((check, position) => ({
      commentId,
      position,
      name: check.name,
      verdict: check.verdict,
      score: check.score,
      reason: check.reason,
    })),
  );
}
