import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { DEFAULT_SITE_SETTINGS } from '../../moderation/src/site-settings';

const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow();

/**
 * A new site's column defaults are the pipeline's own (`DEFAULT_SITE_SETTINGS`), so the database and the code cannot
 * disagree. Imported by file, not through `@app/moderation`, so migrations are generated without loading the pipeline.
 * Two stay here on purpose: the spam thresholds have no column default (every insert names them), and `abuse_policy`
 * defaults to `{}`, read as "the default policy" (the site-settings mapper fills in the categories).
 */
const SITE = DEFAULT_SITE_SETTINGS;

export const sites = pgTable('sites', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  allowedOrigins: jsonb('allowed_origins').$type<string[]>().notNull().default([]),
  languages: jsonb('languages').$type<string[]>().notNull().default(SITE.languages),
  premoderation: text('premoderation')
    .$type<'none' | 'first-time' | 'all'>()
    .notNull()
    .default(SITE.premoderation),
  maxLinks: integer('max_links').notNull().default(SITE.maxLinks),
  blockedTerms: jsonb('blocked_terms').$type<string[]>().notNull().default(SITE.blockedTerms),
  heldTerms: jsonb('held_terms').$type<string[]>().notNull().default(SITE.heldTerms),
  suspiciousDomains: jsonb('suspicious_domains').$type<string[]>().notNull().default(SITE.suspiciousDomains),
  spamHoldThreshold: real('spam_hold_threshold').notNull(),
  spamThreshold: real('spam_threshold').notNull(),
  minSubmitSeconds: integer('min_submit_seconds').notNull().default(SITE.minSubmitSeconds),
  floodSeconds: integer('flood_seconds').notNull().default(SITE.floodSeconds),
  maxBodyLength: integer('max_body_length').notNull().default(SITE.maxBodyLength),
  closed: boolean('closed').notNull().default(SITE.closed),
  abusePolicy: jsonb('abuse_policy')
    .$type<Record<string, 'publish' | 'hold' | 'reject'>>()
    .notNull()
    .default({}),
  proofOfWork: boolean('proof_of_work').notNull().default(SITE.proofOfWork),
  editWindowSeconds: integer('edit_window_seconds').notNull().default(SITE.editWindowSeconds),
  reportsToHold: integer('reports_to_hold').notNull().default(SITE.reportsToHold),
  alertDigestMinutes: integer('alert_digest_minutes').notNull().default(SITE.alertDigestMinutes),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 })
    .notNull()
    .defaultNow(),
});

export const threads = pgTable(
  'threads',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    closed: boolean('closed').notNull().default(false),
    /** Bumped whenever the published set changes: the thread's ETag, checked before loading any comment. */
    version: integer('version').notNull().default(0),
    publishedCount: integer('published_count').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.id] })],
);

export const comments = pgTable(
  'comments',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    threadId: text('thread_id').notNull(),
    parentId: text('parent_id'),
    status: text('status').$type<CommentStatus>().notNull().default('queued'),
    verdict: text('verdict'),
    spamScore: real('spam_score'),
    language: text('language'),
    authorName: text('author_name').notNull(),
    authorUrl: text('author_url'),
    /** AES-256-GCM: iv.tag.ciphertext, base64url. Only the service can read it. */
    authorEmailEncrypted: text('author_email_encrypted').notNull(),
    /** Keyed HMAC of the normalised address: lookups (flood, history, bans) without the address. */
    authorEmailHmac: text('author_email_hmac').notNull(),
    avatarSeed: text('avatar_seed').notNull(),
    body: text('body').notNull(),
    /** Hash of the folded text: duplicate detection and "same text in other threads". */
    bodyFingerprint: text('body_fingerprint').notNull(),
    honeypot: text('honeypot'),
    formTokenState: text('form_token_state').notNull(),
    formTokenSeconds: real('form_token_seconds'),
    /** The optional proof-of-work as verified at intake: solved, missing or failed; null when the site did not ask. */
    proofOfWork: text('proof_of_work').$type<'solved' | 'missing' | 'failed'>(),
    clientIp: text('client_ip'),
    /** The anonymous reader id (signed cookie or widget token) when the reader had one: duplicates, likes, reports. */
    readerId: text('reader_id'),
    /** The mail its author asked for (`replies` or `thread`), subscribed once it is published; null for none. */
    notify: text('notify').$type<'replies' | 'thread'>(),
    /** Readers' likes (one per reader id, else per IP; rows in comment_likes) and a moderator's "featured" mark. */
    likeCount: integer('like_count').notNull().default(0),
    featured: boolean('featured').notNull().default(false),
    /** When its author last edited it; null if never. */
    editedAt: timestamp('edited_at', { withTimezone: true, mode: 'date', precision: 3 }),
    userAgent: text('user_agent'),
    statusTokenHash: text('status_token_hash').notNull(),
    createdAt: createdAt(),
    checkedAt: timestamp('checked_at', { withTimezone: true, mode: 'date', precision: 3 }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date', precision: 3 }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date', precision: 3 }),
    decidedBy: text('decided_by'),
  },
  (t) => [
    index('comments_thread_published_idx')
      .on(t.siteId, t.threadId, t.createdAt, t.id)
      .where(sql`${t.status} = 'published'`),
    // sort=top: featured first, then likes; published only.
    index('comments_thread_top_idx')
      .on(t.siteId, t.threadId, t.featured.desc(), t.likeCount.desc(), t.createdAt, t.id)
      .where(sql`${t.status} = 'published'`),
    index('comments_queued_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'queued'`),
    index('comments_site_status_idx').on(t.siteId, t.status, t.createdAt),
    index('comments_author_idx').on(t.siteId, t.authorEmailHmac, t.createdAt),
    index('comments_ip_idx').on(t.siteId, t.clientIp, t.createdAt),
    // Author history by reader id, which the checks prefer to an IP (issue 13).
    index('comments_reader_idx').on(t.siteId, t.readerId, t.createdAt),
    index('comments_fingerprint_idx').on(t.siteId, t.bodyFingerprint, t.createdAt),
  ],
);

export type CommentStatus = 'queued' | 'published' | 'held' | 'spam' | 'rejected';

export const commentChecks = pgTable(
  'comment_checks',
  {
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    verdict: text('verdict').notNull(),
    score: real('score').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.position] })],
);

export type SiteRow = typeof sites.$inferSelect;
export type ThreadRow = typeof threads.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
export type NewCommentRow = typeof comments.$inferInsert;
export type CommentCheckRow = typeof commentChecks.$inferSelect;
