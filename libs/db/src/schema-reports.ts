import { sql } from 'drizzle-orm';
import { index, pgTable, real, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { comments } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

export const REPORT_REASONS = ['spam', 'abuse', 'hate', 'harassment', 'misinformation', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportStatus = 'open' | 'decided';
/** `removed`: the moderators upheld the report (rejected or spam); `kept`: the comment stays published. */
export type ReportOutcome = 'removed' | 'kept';

/**
 * A reader's report of a published comment (issue 17), acknowledged at once and due for a decision by `decide_by`
 * (the IT Rules 2021 grievance clock). The reporter is a key, never an IP: `r:` + the anonymous reader id, else
 * `ip:` + a keyed HMAC of the address; `ip_key` is that HMAC always, for the per-address limit and for counting
 * readers behind one address once. An optional email is stored like an author's.
 */
export const commentReports = pgTable(
  'comment_reports',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    reason: text('reason').$type<ReportReason>().notNull(),
    note: text('note'),
    reporterKey: text('reporter_key').notNull(),
    ipKey: text('ip_key').notNull(),
    /** How much this reporter counts towards holding the comment, fixed when filed (see reporter-weight.ts). */
    weight: real('weight').notNull().default(1),
    emailEncrypted: text('email_encrypted'),
    emailHmac: text('email_hmac'),
    status: text('status').$type<ReportStatus>().notNull().default('open'),
    outcome: text('outcome').$type<ReportOutcome>(),
    createdAt: at('created_at').notNull().defaultNow(),
    decideBy: at('decide_by').notNull(),
    decidedAt: at('decided_at'),
    decidedBy: text('decided_by'),
  },
  (t) => [
    uniqueIndex('comment_reports_one_per_reader').on(t.commentId, t.reporterKey),
    // The moderators' list: open ones by their clock, decided ones newest first.
    index('comment_reports_site_status_idx').on(t.siteId, t.status, t.createdAt, t.id),
    index('comment_reports_open_comment_idx')
      .on(t.commentId)
      .where(sql`${t.status} = 'open'`),
    // Limits and a reporter's record.
    index('comment_reports_reporter_idx').on(t.siteId, t.reporterKey, t.createdAt),
    index('comment_reports_ip_idx').on(t.siteId, t.ipKey, t.createdAt),
    index('comment_reports_email_idx')
      .on(t.emailHmac)
      .where(sql`${t.emailHmac} is not null`),
  ],
);

export type CommentReportRow = typeof commentReports.$inferSelect;
export type NewCommentReportRow = typeof commentReports.$inferInsert;
