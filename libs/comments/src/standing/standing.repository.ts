import { Inject, Injectable } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import { AuthorKey, AuthorStanding, authorStandings, Database, DATABASE, prepared, Queryable } from '@app/db';

const ACTIVE_STANDINGS = `SELECT site_id, key_kind, key_value, standing FROM author_standings
  WHERE site_id = ANY($1::text[])
    AND ((key_kind = 'email' AND key_value = ANY($2::text[])) OR (key_kind = 'ip' AND key_value = ANY($3::text[])))
    AND (until IS NULL OR until > $4::timestamptz)`;

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

  /**
   * Bans and trust in force at `now` for any of these email HMACs or IPs on these sites. Read for every batch the
   * worker checks, so it is one named prepared statement (an empty IP list matches nothing).
   */
  async activeStandings(siteIds: string[], emailHmacs: string[], ips: string[], now: Date) {
    const rows = await prepared<{
      site_id: string;
      key_kind: AuthorKey;
      key_value: string;
      standing: AuthorStanding;
    }>(this.db, 'standings_active', ACTIVE_STANDINGS, [siteIds, emailHmacs, ips, now.toISOString()]);
    return rows.map((r) => ({
      siteId: r.site_id,
      keyKind: r.key_kind,
      keyValue: r.key_value,
      standing: r.standing,
    }));
  }
}
