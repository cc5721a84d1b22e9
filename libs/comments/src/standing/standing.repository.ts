import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { anyOf, AuthorKey, AuthorStanding, authorStandings, Database, DATABASE, Queryable } from '@app/db';

/** Typed queries on authors' standing on a site: bans and trust, by email HMAC or IP. */
@Injectable()
export class StandingRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async setStanding(
    tx: Queryable,
    row: {
      siteId: string;
      keyKind: AuthorKey;
      keyValue: string;
      standing: AuthorStanding;
      until: Date | null;
      createdBy: string;
    },
  ): Promise<void> {
    await tx
      .insert(authorStandings)
      .values(row)
      .onConflictDoUpdate({
        target: [authorStandings.siteId, authorStandings.keyKind, authorStandings.keyValue],
        set: { standing: row.standing, until: row.until, createdBy: row.createdBy, createdAt: new Date() },
      });
  }

  async clearStanding(tx: Queryable, siteId: string, keyKind: AuthorKey, keyValue: string): Promise<void> {
    await tx
      .delete(authorStandings)
      .where(
        and(
          eq(authorStandings.siteId, siteId),
          eq(authorStandings.keyKind, keyKind),
          eq(authorStandings.keyValue, keyValue),
        ),
      );
  }

  /** Bans and trust in force at `now` for any of these email HMACs or IPs on these sites. */
  async activeStandings(siteIds: string[], emailHmacs: string[], ips: string[], now: Date) {
    const byEmail = and(eq(authorStandings.keyKind, 'email'), anyOf(authorStandings.keyValue, emailHmacs));
    const byKey =
      ips.length > 0
        ? or(byEmail, and(eq(authorStandings.keyKind, 'ip'), anyOf(authorStandings.keyValue, ips)))
        : byEmail;
    return this.db
      .select({
        siteId: authorStandings.siteId,
        keyKind: authorStandings.keyKind,
        keyValue: authorStandings.keyValue,
        standing: authorStandings.standing,
      })
      .from(authorStandings)
      .where(
        and(
          anyOf(authorStandings.siteId, siteIds),
          byKey,
          or(isNull(authorStandings.until), gt(authorStandings.until, now)),
        ),
      );
  }
}
