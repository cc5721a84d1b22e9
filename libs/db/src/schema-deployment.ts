import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row, written by the migration that creates the table: this store's id. Redis keys are prefixed with it by
 * default, so two deployments sharing one Redis never take each other's jobs.
 */
export const deployment = pgTable('deployment', {
  id: text('id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 })
    .notNull()
    .defaultNow(),
});
