import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** `scope` of a reputation row that counts decisions on every site. */
export const ALL_SITES_SCOPE = '*';

/**
 * What moderators decided about comments linking to a domain: per site (`scope` = the site id) and over all sites
 * (`scope` = "*"). Only moderators' decisions count, never the checks' own verdicts, so the checks cannot teach
 * themselves. Read by the worker before the pure checks run.
 */
export const domainReputation = pgTable(
  'domain_reputation',
  {
    scope: text('scope').notNull(),
    domain: text('domain').notNull(),
    spamCount: integer('spam_count').notNull().default(0),
    approvedCount: integer('approved_count').notNull().default(0),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.domain] })],
);

/**
 * The links of recently checked comments (normalised: host and path), kept about an hour, so the checks can see the
 * same link posted across threads and sites. No text and no author: only where and when the link was posted.
 */
export const recentLinks = pgTable(
  'recent_links',
  {
    commentId: text('comment_id').notNull(),
    link: text('link').notNull(),
    siteId: text('site_id').notNull(),
    threadId: text('thread_id').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.link] }),
    index('recent_links_link_idx').on(t.link, t.createdAt),
    index('recent_links_created_idx').on(t.createdAt),
  ],
);
