import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { Database, DATABASE, PrivacyRequestRow, privacyRequests, sites } from '@app/db';

/** Typed queries for readers' own data requests, waiting for their click. */
@Injectable()
export class ReaderRequestsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async site(siteId: string): Promise<{ name: string; languages: string[] } | undefined> {
    const [row] = await this.db
      .select({ name: sites.name, languages: sites.languages })
      .from(sites)
      .where(eq(sites.id, siteId));
    return row;
  }

  async recentCount(siteId: string, emailHmac: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(privacyRequests)
      .where(
        and(
          eq(privacyRequests.siteId, siteId),
          eq(privacyRequests.emailHmac, emailHmac),
          gt(privacyRequests.createdAt, since),
        ),
      );
    return row?.n ?? 0;
  }

  async insert(row: typeof privacyRequests.$inferInsert): Promise<void> {
    await this.db.insert(privacyRequests).values(row);
  }

  async pending(tokenHash: string, now: Date): Promise<PrivacyRequestRow | undefined> {
    const [row] = await this.db
      .select()
      .from(privacyRequests)
      .where(
        and(
          eq(privacyRequests.tokenHash, tokenHash),
          isNull(privacyRequests.confirmedAt),
          gt(privacyRequests.expiresAt, now),
        ),
      );
    return row;
  }

  /** Marks the request confirmed, once: of two clicks at the same moment, only one gets the row. */
  async confirm(tokenHash: string, now: Date): Promise<PrivacyRequestRow | undefined> {
    const [row] = await this.db
      .update(privacyRequests)
      .set({ confirmedAt: now })
      .where(
        and(
          eq(privacyRequests.tokenHash, tokenHash),
          isNull(privacyRequests.confirmedAt),
          gt(privacyRequests.expiresAt, now),
        ),
      )
      .returning();
    return row;
  }
}
