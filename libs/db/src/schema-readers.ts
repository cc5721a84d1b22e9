import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sites } from './schema';

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
  ],
);

export type MailMessageRow = typeof mailMessages.$inferSelect;
export type NewMailMessageRow = typeof mailMessages.$inferInsert;
