import { Inject, Injectable } from '@nestjs/common';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { ApiKeyRow, apiKeys, Database, DATABASE } from '@app/db';

/** Typed queries on the drop-in check APIs' keys. */
@Injectable()
export class ApiKeysRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async insert(row: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
    const [created] = await this.db.insert(apiKeys).values(row).returning();
    return created;
  }

  listForSite(siteId: string): Promise<ApiKeyRow[]> {
    return this.db.select().from(apiKeys).where(eq(apiKeys.siteId, siteId)).orderBy(desc(apiKeys.createdAt));
  }

  async findActiveByHash(keyHash: string): Promise<ApiKeyRow | null> {
    const [row] = await this.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, keyHash), isNull(apiKeys.revokedAt)));
    return row ?? null;
  }

  async revoke(siteId: string, id: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(apiKeys)
      .set({ revokedAt: at })
      .where(and(eq(apiKeys.siteId, siteId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id });
    return rows.length > 0;
  }

  async isRevoked(id: string): Promise<boolean> {
    const [row] = await this.db
      .select({ revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .where(eq(apiKeys.id, id));
    return !row || row.revokedAt !== null;
  }

  /** Adds what a process counted since its last flush: one statement per key. */
  async addUsage(id: string, requests: number, flagged: number, lastUsedAt: Date): Promise<void> {
    await this.db
      .update(apiKeys)
      .set({
        requests: sql`${apiKeys.requests} + ${requests}`,
        flagged: sql`${apiKeys.flagged} + ${flagged}`,
        lastUsedAt,
      })
      .where(eq(apiKeys.id, id));
  }
}
