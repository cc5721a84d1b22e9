import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { comments, sites } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

export type MailStatus = 'queued' | 'sent' | 'dead';
export type MailLanguage = 'hi' | 'en';

/**
 * One mail to one reader or moderator. The queue job carries only this row's id, so the address (encrypted like an
 * author's) never sits in Redis; a mail that exhausts its retries stays here as `dead`, the admins' dead-letter list.
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: text('id').primaryKey(),
    /** Null for mail that belongs to no one site. */
    siteId: text('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    template: text('template').notNull(),
    language: text('language').$type<MailLanguage>().notNull(),
    recipientEncrypted: text('recipient_encrypted').notNull(),
    /** The address's keyed lookup HMAC (as a comment author's), so an erasure finds the mails without decrypting. */
    recipientHmac: text('recipient_hmac'),
    /** What the template shows: public views only, never an address. */
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    /** The RFC 8058 one-click link; it carries a token, never an address. */
    unsubscribeUrl: text('unsubscribe_url'),
    status: text('status').$type<MailStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** The last SMTP error, with any address in it masked. */
    lastError: text('last_error'),
    createdAt: at('created_at').notNull().defaultNow(),
    sentAt: at('sent_at'),
  },
  (t) => [
    index('mail_messages_dead_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'dead'`),
    index('mail_messages_queued_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'queued'`),
    index('mail_messages_recipient_idx').on(t.recipientHmac),
  ],
);

export type MailMessageRow = typeof mailMessages.$inferSelect;
export type NewMailMessageRow = typeof mailMessages.$inferInsert;

/**
 * One like by one reader: `likerKey` is `r:` + the anonymous reader id, or `ip:` + a keyed HMAC of the client IP when
 * the reader has none (so no IP is stored here). The primary key makes a second like by the same reader a no-op.
 */
export const commentLikes = pgTable(
  'comment_likes',
  {
    commentId: text('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    likerKey: text('liker_key').notNull(),
    siteId: text('site_id').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.likerKey] }),
    // The per-reader rate limit counts a liker's recent likes.
    index('comment_likes_liker_idx').on(t.siteId, t.likerKey, t.createdAt),
  ],
);

export type CommentLikeRow = typeof commentLikes.$inferSelect;
