import { Injectable } from '@nestjs/common';
import { asc, inArray, sql } from 'drizzle-orm';
import {
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
  /** Locked in id order, so two batches touching the same comments never deadlock. */
  async lockMany(tx: Queryable, ids: readonly string[]): Promise<CommentRow[]> {
    return tx
      .select()
      .from(comments)
      .where(inArray(comments.id, [...ids]))
      .orderBy(asc(comments.id))
      .for('update');
  }

  async setStatus(
    tx: Queryable,
    ids: readonly string[],
    change: { status: CommentStatus; by: string; at: Date },
  ): Promise<CommentRow[]> {
    return tx
      .update(comments)
      .set({
        status: change.status,
        decidedBy: change.by,
        decidedAt: change.at,
        publishedAt: change.status === 'published' ? change.at : null,
      })
      .where(inArray(comments.id, [...ids]))
      .returning();
  }

  async setVerdicts(tx: Queryable, verdicts: ReadonlyMap<string, StoredVerdict>, at: Date): Promise<void> {
    const rows = [...verdicts].map(([id, v]) => ({
      id,
      verdict: v.verdict,
      spamScore: v.spamScore,
      language: v.language,
    }));
    if (rows.length === 0) return;
    await tx.execute(sql`
      update ${comments} set verdict = v.verdict, spam_score = v."spamScore", language = v.language, checked_at = ${at.toISOString()}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as v(id text, verdict text, "spamScore" real, language text)
      where ${comments.id} = v.id`);
  }

  async replaceChecks(tx: Queryable, checks: ReadonlyMap<string, readonly CheckResult[]>): Promise<void> {
    const ids = [...checks.keys()];
    if (ids.length === 0) return;
    await tx.delete(commentChecks).where(inArray(commentChecks.commentId, ids));
    const rows = [...checks].flatMap(([commentId, list]) =>
      list.map((check, position) => ({ commentId, position, ...check })),
    );
    if (rows.length > 0) await tx.insert(commentChecks).values(rows);
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
