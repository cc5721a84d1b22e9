import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, ilike, inArray, lt, or, sql, SQL } from 'drizzle-orm';
import {
  commentChecks,
  CommentCheckRow,
  CommentRow,
  comments,
  CommentStatus,
  Database,
  DATABASE,
  ModerationAuditRow,
  moderationAudit,
  Queryable,
} from '@app/db';
import { PageCursor } from '../comments.repository';

export interface QueueFilter {
  /** null: every site (an admin without a site filter). */
  siteIds: string[] | null;
  status?: CommentStatus;
  threadId?: string;
  language?: string;
  q?: string;
}

/** `%` and `_` in a moderator's search are literal characters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Typed queries behind the moderation queue, decisions and the audit log. */
@Injectable()
export class ModerationRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Newest first: moderators work the latest arrivals. */
  async page(filter: QueueFilter, before: PageCursor | null, limit: number): Promise<CommentRow[]> {
    const conditions = this.conditions(filter);
    if (filter.status) conditions.push(eq(comments.status, filter.status));
    if (before) {
      conditions.push(
        or(
          lt(comments.createdAt, before.createdAt),
          and(eq(comments.createdAt, before.createdAt), lt(comments.id, before.id)),
        )!,
      );
    }
    return this.db
      .select()
      .from(comments)
      .where(and(...conditions))
      .orderBy(desc(comments.createdAt), desc(comments.id))
      .limit(limit);
  }

  /** How many comments each status holds under the same filter (all statuses, whatever tab is open). */
  async countsByStatus(filter: QueueFilter): Promise<Map<CommentStatus, number>> {
    const rows = await this.db
      .select({ status: comments.status, n: sql<number>`count(*)`.mapWith(Number) })
      .from(comments)
      .where(and(...this.conditions(filter)))
      .groupBy(comments.status);
    return new Map(rows.map((r) => [r.status, r.n]));
  }

  private conditions(filter: QueueFilter): SQL[] {
    const out: SQL[] = [];
    if (filter.siteIds)
      out.push(filter.siteIds.length ? inArray(comments.siteId, filter.siteIds) : sql`false`);
    if (filter.threadId) out.push(eq(comments.threadId, filter.threadId));
    if (filter.language) out.push(eq(comments.language, filter.language));
    if (filter.q)
      out.push(
        or(ilike(comments.body, likePattern(filter.q)), ilike(comments.authorName, likePattern(filter.q)))!,
      );
    return out;
  }

  async findMany(ids: string[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    return this.db.select().from(comments).where(inArray(comments.id, ids));
  }

  async checksOf(ids: string[]): Promise<Map<string, CommentCheckRow[]>> {
    const out = new Map<string, CommentCheckRow[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    const rows = await this.db
      .select()
      .from(commentChecks)
      .where(inArray(commentChecks.commentId, ids))
      .orderBy(commentChecks.commentId, commentChecks.position);
    for (const row of rows) out.get(row.commentId)?.push(row);
    return out;
  }

  async insertAudit(tx: Queryable, row: typeof moderationAudit.$inferInsert): Promise<void> {
    await tx.insert(moderationAudit).values(row);
  }

  async auditPage(
    filter: { siteIds: string[] | null; commentId?: string },
    before: PageCursor | null,
    limit: number,
  ): Promise<ModerationAuditRow[]> {
    const conditions: SQL[] = [];
    if (filter.siteIds) {
      conditions.push(filter.siteIds.length ? inArray(moderationAudit.siteId, filter.siteIds) : sql`false`);
    }
    if (filter.commentId) conditions.push(eq(moderationAudit.commentId, filter.commentId));
    if (before) {
      conditions.push(
        or(
          lt(moderationAudit.createdAt, before.createdAt),
          and(eq(moderationAudit.createdAt, before.createdAt), lt(moderationAudit.id, before.id)),
        )!,
      );
    }
    return this.db
      .select()
      .from(moderationAudit)
      .where(and(...conditions))
      .orderBy(desc(moderationAudit.createdAt), desc(moderationAudit.id))
      .limit(limit);
  }
}
