import { Inject, Injectable } from '@nestjs/common';
import { eq, sql } from 'drizzle-orm';
import { Database, DATABASE, Queryable, siteSpamCounts } from '@app/db';
import { SiteSpamCounts } from '@app/moderation';

/** Typed queries on what moderators teach the spam model: a site's spam counts. */
@Injectable()
export class LearningRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** The site's counts, locked until the caller's transaction ends (creating the row on the site's first lesson). */
  async lockSpamCounts(tx: Queryable, siteId: string, empty: SiteSpamCounts): Promise<SiteSpamCounts> {
    await tx.insert(siteSpamCounts).values({ siteId, counts: empty, version: 0 }).onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(siteSpamCounts)
      .where(eq(siteSpamCounts.siteId, siteId))
      .for('update');
    return row.counts;
  }

  async saveSpamCounts(tx: Queryable, siteId: string, counts: SiteSpamCounts): Promise<void> {
    await tx
      .update(siteSpamCounts)
      .set({ counts, version: sql`${siteSpamCounts.version} + 1`, updatedAt: new Date() })
      .where(eq(siteSpamCounts.siteId, siteId));
  }

  async spamCountsVersion(siteId: string): Promise<number | null> {
    const [row] = await this.db
      .select({ version: siteSpamCounts.version })
      .from(siteSpamCounts)
      .where(eq(siteSpamCounts.siteId, siteId));
    return row?.version ?? null;
  }

  async spamCounts(siteId: string): Promise<{ counts: SiteSpamCounts; version: number } | null> {
    const [row] = await this.db.select().from(siteSpamCounts).where(eq(siteSpamCounts.siteId, siteId));
    return row ? { counts: row.counts, version: row.version } : null;
  }
}
