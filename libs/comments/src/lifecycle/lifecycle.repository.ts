import { Injectable } from '@nestjs/common';
import { asc, sql } from 'drizzle-orm';
import { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import {
  anyOf,
  commentChecks,
  CommentRow,
  comments,
  CommentStatus,
  moderationAudit,
  Queryable,
  threads,
} from '@app/db';
import { CheckResult } from '@app/moderation';
import { StoredVerdict } from './status-change';

/** A thread whose published set changed by `delta` comments. */
export interface ThreadDelta {
  siteId: string;
  threadId: string;
  delta: number;
}

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
    return tx
      .select({ id: comments.id, status: comments.status, editedAt: comments.editedAt })
      .from(comments)
      .where(anyOf(comments.id, [...ids]))
      .orderBy(asc(comments.id))
      .for('update');
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
  ): Promise<CommentRow[]> {
    const at = sql`${change.at.toISOString()}::timestamptz`;
    const status = sql`(${JSON.stringify(Object.fromEntries(targets))}::jsonb ->> ${comments.id})`;
    const set: PgUpdateSetSource<typeof comments> = {
      status,
      decidedBy: change.by,
      decidedAt: at,
      publishedAt: sql`case when ${status} = 'published' then ${at} else null end`,
    };
    if (verdicts && verdicts.size > 0) {
      const json = JSON.stringify(Object.fromEntries(verdicts));
      const has = sql`(${json}::jsonb ? ${comments.id})`;
      const field = (name: keyof StoredVerdict) => sql`(${json}::jsonb -> ${comments.id} ->> ${name})`;
      set.verdict = sql`case when ${has} then ${field('verdict')} else ${comments.verdict} end`;
      set.spamScore = sql`case when ${has} then ${field('spamScore')}::real else ${comments.spamScore} end`;
      set.language = sql`case when ${has} then ${field('language')} else ${comments.language} end`;
      set.checkedAt = sql`case when ${has} then ${at} else ${comments.checkedAt} end`;
    }
    return tx
      .update(comments)
      .set(set)
      .where(anyOf(comments.id, [...targets.keys()]))
      .returning();
  }

  async replaceChecks(tx: Queryable, checks: ReadonlyMap<string, readonly CheckResult[]>): Promise<void> {
    const ids = [...checks.keys()];
    if (ids.length === 0) return;
    await tx.delete(commentChecks).where(anyOf(commentChecks.commentId, ids));
    const rows = [...checks].flatMap(([commentId, list]) =>
      list.map((check, position) => ({
        commentId,
        position,
        name: check.name,
        verdict: check.verdict,
        score: check.score,
        reason: check.reason,
      })),
    );
    // One jsonb parameter, not a VALUES list of 6 parameters per row: a batch holds hundreds of check rows, and
    // building that statement was the worker's largest single cost.
    if (rows.length > 0)
      await tx.execute(sql`
        insert into ${commentChecks} (comment_id, position, name, verdict, score, reason)
        select "commentId", position, name, verdict, score, reason
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as r("commentId" text, position int, name text, verdict text, score real, reason text)`);
  }

  /** Bumps each thread's ETag version and moves its published count by its delta. */
  async bumpThreads(tx: Queryable, deltas: readonly ThreadDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    await tx.execute(sql`
      update ${threads} set version = ${threads.version} + 1, published_count = ${threads.publishedCount} + d.delta
      from jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) as d("siteId" text, "threadId" text, delta int)
      where ${threads.siteId} = d."siteId" and ${threads.id} = d."threadId"`);
  }

  async insertAudits(tx: Queryable, rows: (typeof moderationAudit.$inferInsert)[]): Promise<void> {
    if (rows.length > 0) await tx.insert(moderationAudit).values(rows);
  }
}
