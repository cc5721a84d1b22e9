import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { SiteSpamCounts } from '@app/moderation';
import { sites } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

export type ModeratorRole = 'admin' | 'moderator';

/** People who review comments. The email is their login, kept lower-cased; it is never logged nor shown in full. */
export const moderators = pgTable('moderators', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** scrypt$N$r$p$salt$hash, see libs/comments/src/moderators/passwords.ts. */
  passwordHash: text('password_hash').notNull(),
  role: text('role').$type<ModeratorRole>().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Which sites a `moderator` may see; an `admin` sees every site and needs no rows here. */
export const moderatorSites = pgTable(
  'moderator_sites',
  {
    moderatorId: text('moderator_id')
      .notNull()
      .references(() => moderators.id, { onDelete: 'cascade' }),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.moderatorId, t.siteId] })],
);

/** Login sessions; only a hash of the token is stored, so a database dump cannot be replayed. */
export const moderatorSessions = pgTable(
  'moderator_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    moderatorId: text('moderator_id')
      .notNull()
      .references(() => moderators.id, { onDelete: 'cascade' }),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('moderator_sessions_moderator_idx').on(t.moderatorId)],
);

/** Failed logins per key (`account:<hmac>` or `ip:<address>`) in a sliding window; a lock once too many pile up. */
export const loginFailures = pgTable('login_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: at('window_start').notNull().defaultNow(),
  lockedUntil: at('locked_until'),
});

/** Who decided what about a comment or its author, when, from which status to which. Append-only. */
export const moderationAudit = pgTable(
  'moderation_audit',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull(),
    commentId: text('comment_id').notNull(),
    moderatorId: text('moderator_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('moderation_audit_site_idx').on(t.siteId, t.createdAt, t.id)],
);

/** A site's learned spam counts (moderators' approve/spam decisions); `version` tells caches when to reload. */
export const siteSpamCounts = pgTable('site_spam_counts', {
  siteId: text('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  counts: jsonb('counts').$type<SiteSpamCounts>().notNull(),
  version: integer('version').notNull().default(0),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export type AuthorStanding = 'banned' | 'trusted';
export type AuthorKey = 'email' | 'ip';

/** Bans and trust, per site, by the email's keyed HMAC or by IP; `until` null means for good. */
export const authorStandings = pgTable(
  'author_standings',
  {
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    keyKind: text('key_kind').$type<AuthorKey>().notNull(),
    keyValue: text('key_value').notNull(),
    standing: text('standing').$type<AuthorStanding>().notNull(),
    until: at('until'),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('author_standings_key_uq').on(t.siteId, t.keyKind, t.keyValue),
    index('author_standings_until_idx')
      .on(t.until)
      .where(sql`${t.until} is not null`),
  ],
);

export type ModeratorRow = typeof moderators.$inferSelect;
export type ModerationAuditRow = typeof moderationAudit.$inferSelect;
export type AuthorStandingRow = typeof authorStandings.$inferSelect;
