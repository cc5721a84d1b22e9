import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { Database, DATABASE, MailMessageRow, mailMessages, NewMailMessageRow, Queryable } from '@app/db';

export type MailChanges = Partial<Pick<MailMessageRow, 'status' | 'attempts' | 'lastError' | 'sentAt'>>;

/** Typed queries for the mail table; the rules live in MailService and MailDeliveryService. */
@Injectable()
export class MailRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async insert(row: NewMailMessageRow): Promise<void> {
    await this.db.insert(mailMessages).values(row);
  }

  /** Many mails in one statement, in the caller's transaction (they commit with what caused them). */
  async insertMany(tx: Queryable, rows: readonly NewMailMessageRow[]): Promise<void> {
    if (rows.length > 0) await tx.insert(mailMessages).values([...rows]);
  }

  async find(id: string): Promise<MailMessageRow | undefined> {
    const [row] = await this.db.select().from(mailMessages).where(eq(mailMessages.id, id));
    return row;
  }

  async update(id: string, changes: MailChanges): Promise<void> {
    await this.db.update(mailMessages).set(changes).where(eq(mailMessages.id, id));
  }

  /** Counts the attempt in the row itself, so the count survives a worker's death. */
  async countAttempt(id: string): Promise<number> {
    const [row] = await this.db
      .update(mailMessages)
      .set({ attempts: sql`${mailMessages.attempts} + 1` })
      .where(eq(mailMessages.id, id))
      .returning({ attempts: mailMessages.attempts });
    return row?.attempts ?? 0;
  }

  listDead(siteId: string | undefined, limit: number): Promise<MailMessageRow[]> {
    const dead = eq(mailMessages.status, 'dead');
    return this.db
      .select()
      .from(mailMessages)
      .where(siteId ? and(dead, eq(mailMessages.siteId, siteId)) : dead)
      .orderBy(desc(mailMessages.createdAt))
      .limit(limit);
  }

  /** Mails still queued after `olderThan`: their job was never added (Redis away at the time) or was lost. */
  listStaleQueued(olderThan: Date, limit: number): Promise<{ id: string }[]> {
    return this.db
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(and(eq(mailMessages.status, 'queued'), lt(mailMessages.createdAt, olderThan)))
      .orderBy(mailMessages.createdAt)
      .limit(limit);
  }
}
