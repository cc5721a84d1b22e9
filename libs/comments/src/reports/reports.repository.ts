import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, gt, inArray, lt, min, or, SQL, sql } from 'drizzle-orm';
import {
  CommentReportRow,
  commentReports,
  CommentRow,
  comments,
  Database,
  DATABASE,
  NewCommentReportRow,
  Queryable,
  ReportOutcome,
  ReportStatus,
} from '@app/db';
import { PageCursor } from '../comments.repository';

export interface ReportPageFilter {
  siteIds: string[] | null;
  status: ReportStatus;
}

/** Readers' reports: typed queries only. */
@Injectable()
export class ReportsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The comment, locked so that concurrent reports reach the hold threshold exactly once; published only. */
  async lockPublished(tx: Queryable, siteId: string, commentId: string): Promise<CommentRow | undefined> {
    const [row] = await tx
      .select()
      .from(comments)
      .where(and(eq(comments.id, commentId), eq(comments.siteId, siteId), eq(comments.status, 'published')))
      .for('update');
    return row;
  }

  /** False when this reader already reported this comment. */
  async insert(tx: Queryable, row: NewCommentReportRow): Promise<boolean> {
    const inserted = await tx
      .insert(commentReports)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    return inserted.length > 0;
  }

  openReportsOf(tx: Queryable, commentId: string): Promise<{ ipKey: string; weight: number }[]> {
    return tx
      .select({ ipKey: commentReports.ipKey, weight: commentReports.weight })
      .from(commentReports)
      .where(and(eq(commentReports.commentId, commentId), eq(commentReports.status, 'open')));
  }

  async keptAgainstReports(tx: Queryable, commentId: string): Promise<boolean> {
    const [row] = await tx
      .select({ id: commentReports.id })
      .from(commentReports)
      .where(and(eq(commentReports.commentId, commentId), eq(commentReports.outcome, 'kept')))
      .limit(1);
    return Boolean(row);
  }

  /** How many reports a reporter key (or an address key) filed on a site since a time, and the oldest one's time. */
  async filedSince(
    siteId: string,
    by: { reporterKey: string } | { ipKey: string },
    since: Date,
  ): Promise<{ n: number; oldest: Date | null }> {
    const who =
      'reporterKey' in by
        ? eq(commentReports.reporterKey, by.reporterKey)
        : eq(commentReports.ipKey, by.ipKey);
    const [row] = await this.db
      .select({ n: count(), oldest: min(commentReports.createdAt) })
      .from(commentReports)
      .where(and(eq(commentReports.siteId, siteId), who, gt(commentReports.createdAt, since)));
    return { n: row?.n ?? 0, oldest: row?.oldest ?? null };
  }

  /** A reporter's decided reports on a site, by outcome. */
  async record(siteId: string, reporterKey: string): Promise<{ removed: number; kept: number }> {
    const rows = await this.db
      .select({ outcome: commentReports.outcome, n: count() })
      .from(commentReports)
      .where(
        and(
          eq(commentReports.siteId, siteId),
          eq(commentReports.reporterKey, reporterKey),
          eq(commentReports.status, 'decided'),
        ),
      )
      .groupBy(commentReports.outcome);
    const of = (outcome: ReportOutcome) => rows.find((r) => r.outcome === outcome)?.n ?? 0;
    return { removed: of('removed'), kept: of('kept') };
  }

  /** Decides every open report of these comments with the outcome each comment's decision means. */
  async decide(
    tx: Queryable,
    outcomes: ReadonlyMap<string, ReportOutcome>,
    by: string,
    at: Date,
  ): Promise<CommentReportRow[]> {
    const decided: CommentReportRow[] = [];
    for (const outcome of ['removed', 'kept'] as const) {
      const ids = [...outcomes].filter(([, o]) => o === outcome).map(([id]) => id);
      if (ids.length === 0) continue;
      decided.push(
        ...(await tx
          .update(commentReports)
          .set({ status: 'decided', outcome, decidedAt: at, decidedBy: by })
          .where(and(inArray(commentReports.commentId, ids), eq(commentReports.status, 'open')))
          .returning()),
      );
    }
    return decided;
  }

  /** Open reports oldest first (the clock: the most overdue on top); decided ones newest first. */
  page(filter: ReportPageFilter, after: PageCursor | null, limit: number): Promise<CommentReportRow[]> {
    const ascending = filter.status === 'open';
    const conditions: (SQL | undefined)[] = [eq(commentReports.status, filter.status)];
    if (filter.siteIds) conditions.push(inArray(commentReports.siteId, filter.siteIds));
    if (after) {
      const beyond = ascending ? gt : lt;
      conditions.push(
        or(
          beyond(commentReports.createdAt, after.createdAt),
          and(eq(commentReports.createdAt, after.createdAt), beyond(commentReports.id, after.id)),
        ),
      );
    }
    const order = ascending ? asc : desc;
    return this.db
      .select()
      .from(commentReports)
      .where(and(...conditions))
      .orderBy(order(commentReports.createdAt), order(commentReports.id))
      .limit(limit);
  }

  async counts(
    siteIds: string[] | null,
    now: Date,
  ): Promise<{ open: number; decided: number; overdue: number }> {
    const [row] = await this.db
      .select({
        open: sql<number>`count(*) filter (where ${commentReports.status} = 'open')`.mapWith(Number),
        decided: sql<number>`count(*) filter (where ${commentReports.status} = 'decided')`.mapWith(Number),
        overdue:
          sql<number>`count(*) filter (where ${commentReports.status} = 'open' and ${commentReports.decideBy} < ${now})`.mapWith(
            Number,
          ),
      })
      .from(commentReports)
      .where(siteIds ? inArray(commentReports.siteId, siteIds) : undefined);
    return { open: row?.open ?? 0, decided: row?.decided ?? 0, overdue: row?.overdue ?? 0 };
  }

  /** A person's reports by their address's keyed HMAC (export and erasure). */
  byEmail(emailHmac: string, siteIds: string[] | null, db: Queryable = this.db): Promise<CommentReportRow[]> {
    return db
      .select()
      .from(commentReports)
      .where(
        and(
          eq(commentReports.emailHmac, emailHmac),
          siteIds ? inArray(commentReports.siteId, siteIds) : undefined,
        ),
      )
      .orderBy(commentReports.createdAt);
  }

  /** `anonymise` keeps the report (moderators still need it) without the address or note; `delete` removes it. */
  async erase(emailHmac: string, siteIds: string[] | null, mode: 'anonymise' | 'delete'): Promise<number> {
    const where = and(
      eq(commentReports.emailHmac, emailHmac),
      siteIds ? inArray(commentReports.siteId, siteIds) : undefined,
    );
    const rows =
      mode === 'delete'
        ? await this.db.delete(commentReports).where(where).returning({ id: commentReports.id })
        : await this.db
            .update(commentReports)
            .set({ emailEncrypted: null, emailHmac: null, note: null })
            .where(where)
            .returning({ id: commentReports.id });
    return rows.length;
  }

  async scrubNotes(emailPattern: string, siteIds: string[] | null): Promise<void> {
    await this.db
      .update(commentReports)
      .set({ note: sql`regexp_replace(${commentReports.note}, ${emailPattern}, '[erased]', 'gi')` })
      .where(
        and(
          sql`${commentReports.note} ~* ${emailPattern}`,
          siteIds ? inArray(commentReports.siteId, siteIds) : undefined,
        ),
      );
  }
}
