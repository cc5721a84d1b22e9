import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sites } from './schema';
import { moderators } from './schema-moderation';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** `replies`: new published replies to one comment; `thread`: every new published comment of a thread. */
export type SubscriptionKind = 'replies' | 'thread';

/**
 * A reader's wish to be mailed. The address is held like an author's (AES-256-GCM, and a keyed HMAC to find it),
 * never in clear. Confirmation is per address and site (double opt-in): the first subscription's mail confirms every
 * pending one of that address on the site. Tokens are random and carry nothing about the reader.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<SubscriptionKind>().notNull(),
    threadId: text('thread_id').notNull(),
    /** The comment whose replies are wanted (`replies`); null for `thread`. */
    commentId: text('comment_id'),
    emailEncrypted: text('email_encrypted').notNull(),
    emailHmac: text('email_hmac').notNull(),
    /** The link of the double opt-in mail; confirming it confirms every pending subscription of the address. */
    confirmToken: text('confirm_token').notNull().unique(),
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    createdAt: at('created_at').notNull().defaultNow(),
    confirmedAt: at('confirmed_at'),
    /** Kept (not deleted) so the address stays confirmed for its later subscriptions on the site. */
    unsubscribedAt: at('unsubscribed_at'),
  },
  (t) => [
    // One subscription per address per thread, and per address per comment.
    uniqueIndex('subscriptions_thread_uq')
      .on(t.siteId, t.threadId, t.emailHmac)
      .where(sql`${t.kind} = 'thread'`),
    uniqueIndex('subscriptions_comment_uq')
      .on(t.commentId, t.emailHmac)
      .where(sql`${t.kind} = 'replies'`),
    index('subscriptions_address_idx').on(t.siteId, t.emailHmac),
  ],
);

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type NewSubscriptionRow = typeof subscriptions.$inferInsert;

/** A moderator's opt-in to the digest of what waits on one site, and when the last one went. */
export const moderatorAlerts = pgTable(
  'moderator_alerts',
  {
    moderatorId: text('moderator_id')
      .notNull()
      .references(() => moderators.id, { onDelete: 'cascade' }),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    lastDigestAt: at('last_digest_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    /** Digests sent, for the admins' view of whether the alerts work. */
    digestsSent: integer('digests_sent').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.moderatorId, t.siteId] })],
);

export type ModeratorAlertRow = typeof moderatorAlerts.$inferSelect;
