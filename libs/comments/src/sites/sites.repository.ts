import { Inject, Injectable } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { Database, DATABASE, SiteRow, sites } from '@app/db';

@Injectable()
export class SitesRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async findById(id: string): Promise<SiteRow | undefined> {
    const [row] = await this.db.select().from(sites).where(eq(sites.id, id)).limit(1);
    return row;
  }

  async list(): Promise<SiteRow[]> {
    return this.db.select().from(sites).orderBy(sites.id);
  }

  /** Inserts unless the id exists; answers whether it inserted (safe when several processes seed at once). */
  async insertIfAbsent(row: typeof sites.$inferInsert): Promise<boolean> {
    const inserted = await this.db
      .insert(sites)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: sites.id });
    return inserted.length > 0;
  }

  async update(id: string, changes: Partial<SiteRow>): Promise<SiteRow | undefined> {
    const [row] = await this.db
      .update(sites)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(sites.id, id))
      .returning();
    return row;
  }
}
