import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

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

/** Every personal-data export or erasure, who asked and what it touched; never the address nor its hash. */
export const privacyAudit = pgTable(
  'privacy_audit',
  {
    id: text('id').primaryKey(),
    moderatorId: text('moderator_id').notNull(),
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
