import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/**
 * Which source comment (a WXR `wp:comment_id`, a Disqus `dsq:id`) became which comment: a second import of the same
 * file finds every key and adds nothing. No foreign key: the key outlives a comment erased by a reader's request,
 * so importing the old file again does not bring the erased comment back.
 */
export const commentImports = pgTable(
  'comment_imports',
  {
    siteId: text('site_id').notNull(),
    importKey: text('import_key').notNull(),
    commentId: text('comment_id').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.siteId, t.importKey] }),
    index('comment_imports_comment_idx').on(t.commentId),
  ],
);

/**
 * Every personal-data export or erasure, who asked and what it touched; never the address nor its hash. A reader's
 * own confirmed request has no moderator: `requestedBy` says `reader`.
 */
export const privacyAudit = pgTable(
  'privacy_audit',
  {
    id: text('id').primaryKey(),
    requestedBy: text('requested_by').$type<'admin' | 'reader'>().notNull().default('admin'),
    moderatorId: text('moderator_id'),
    action: text('action').$type<'export' | 'erase'>().notNull(),
    mode: text('mode').$type<'anonymise' | 'delete'>(),
    siteId: text('site_id'),
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('privacy_audit_created_idx').on(t.createdAt)],
);

export type CommentImportRow = typeof commentImports.$inferSelect;
export type PrivacyAuditRow = typeof privacyAudit.$inferSelect;

export type ImportJobState = 'running' | 'done' | 'failed';

/**
 * An admin's upload being imported: its progress lives here, not in the process, so any api process answers
 * `GET …/imports/{id}`. `heartbeatAt` moves with each stored batch; a running job whose heartbeat stops (its
 * process died) is reported failed, and the same file can simply be uploaded again (imports are idempotent).
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    moderatorId: text('moderator_id').notNull(),
    format: text('format').$type<'wxr' | 'disqus'>().notNull(),
    dryRun: boolean('dry_run').notNull().default(false),
    state: text('state').$type<ImportJobState>().notNull().default('running'),
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull(),
    recordsRead: integer('records_read').notNull().default(0),
    /** `{ imported, skipped, errors }` once done. */
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    failure: text('failure'),
    createdAt: at('created_at').notNull().defaultNow(),
    heartbeatAt: at('heartbeat_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
  },
  (t) => [index('import_jobs_site_idx').on(t.siteId, t.createdAt)],
);

export type PrivacyRequestKind = 'export' | 'erase';

/**
 * A reader's own request (export or erase), waiting for the click on the link mailed to the address. Only the
 * token's hash is kept; the address is encrypted and HMAC'd like an author's, and the row goes with an erasure.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    kind: text('kind').$type<PrivacyRequestKind>().notNull(),
    language: text('language').$type<'hi' | 'en'>().notNull(),
    emailEncrypted: text('email_encrypted').notNull(),
    emailHmac: text('email_hmac').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    confirmedAt: at('confirmed_at'),
  },
  (t) => [index('privacy_requests_email_idx').on(t.emailHmac, t.createdAt)],
);

export type ImportJobRow = typeof importJobs.$inferSelect;
export type PrivacyRequestRow = typeof privacyRequests.$inferSelect;
