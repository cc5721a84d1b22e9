import { bigint, boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sites } from './schema';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/**
 * A site's key for the drop-in check APIs (Perspective- and Akismet-compatible). Only a SHA-256 of the key is kept:
 * the key itself is shown once, when created. Usage is counted, never what was sent.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    /** The key's last four characters, so an admin can tell keys apart in a list. */
    keyHint: text('key_hint').notNull(),
    /** Whether Akismet's submit-spam/submit-ham may teach the site's spam model through this key. */
    learn: boolean('learn').notNull().default(false),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    revokedAt: at('revoked_at'),
    lastUsedAt: at('last_used_at'),
    requests: bigint('requests', { mode: 'number' }).notNull().default(0),
    /** Calls whose answer flagged the text (Akismet spam, or any Perspective attribute at 0.5 or more). */
    flagged: bigint('flagged', { mode: 'number' }).notNull().default(0),
  },
  (t) => [index('api_keys_site_idx').on(t.siteId)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
