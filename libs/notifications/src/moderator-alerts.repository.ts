import { Inject, Injectable } from '@nestjs/common';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { Database, DATABASE, moderatorAlerts, Queryable } from '@app/db';

/** A digest that is due: who gets it, for which site, and what waits there. */
export interface DueDigest {
  moderatorId: string;
  moderatorEmail: string;
  siteId: string;
  siteName: string;
  languages: string[];
  held: number;
  openReports: number;
}

/** Typed queries for the moderators' digest opt-ins; the schedule's rules live in ModeratorDigestService. */
@Injectable()
export class ModeratorAlertsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async isOptedIn(moderatorId: string, siteId: string): Promise<boolean> {
    const rows = await this.db
      .select({ siteId: moderatorAlerts.siteId })
      .from(moderatorAlerts)
      .where(and(eq(moderatorAlerts.moderatorId, moderatorId), eq(moderatorAlerts.siteId, siteId)));
    return rows.length > 0;
  }

  async optIn(moderatorId: string, siteId: string): Promise<void> {
    await this.db.insert(moderatorAlerts).values({ moderatorId, siteId }).onConflictDoNothing();
  }

  async optOut(moderatorId: string, siteId: string): Promise<void> {
    await this.db
      .delete(moderatorAlerts)
      .where(and(eq(moderatorAlerts.moderatorId, moderatorId), eq(moderatorAlerts.siteId, siteId)));
  }

  /**
   * Opt-ins whose site's `alertDigestMinutes` have passed since their last digest, for moderators who still see the
   * site, locked so two workers never send the same digest. Everything waiting is counted here, one line per kind.
   */
  async lockDue(tx: Queryable, limit: number): Promise<DueDigest[]> {
    const result = await tx.execute<{
      moderator_id: string;
      email: string;
      site_id: string;
      name: string;
      languages: string[];
      held: number;
      open_reports: number;
    }>(sql`
      SELECT a.moderator_id, m.email, a.site_id, s.name, s.languages,
        (SELECT count(*) FROM comments c WHERE c.site_id = a.site_id AND c.status = 'held')::int AS held,
        (SELECT count(*) FROM comment_reports r WHERE r.site_id = a.site_id AND r.status = 'open')::int AS open_reports
      FROM ${moderatorAlerts} a
      JOIN moderators m ON m.id = a.moderator_id
      JOIN sites s ON s.id = a.site_id
      WHERE (a.last_digest_at IS NULL OR a.last_digest_at <= now() - s.alert_digest_minutes * interval '1 minute')
        AND (m.role = 'admin'
          OR EXISTS (SELECT 1 FROM moderator_sites ms WHERE ms.moderator_id = a.moderator_id AND ms.site_id = a.site_id))
      ORDER BY a.last_digest_at NULLS FIRST
      LIMIT ${limit}
      FOR UPDATE OF a SKIP LOCKED`);
    const rows = Array.isArray(result) ? result : result.rows;
    return rows.map((r) => ({
      moderatorId: r.moderator_id,
      moderatorEmail: r.email,
      siteId: r.site_id,
      siteName: r.name,
      languages: r.languages,
      held: Number(r.held),
      openReports: Number(r.open_reports),
    }));
  }

  async markSent(tx: Queryable, sent: ReadonlyArray<{ moderatorId: string; siteId: string }>, at: Date) {
    for (const siteId of new Set(sent.map((s) => s.siteId))) {
      const ids = sent.filter((s) => s.siteId === siteId).map((s) => s.moderatorId);
      await tx
        .update(moderatorAlerts)
        .set({ lastDigestAt: at, digestsSent: sql`${moderatorAlerts.digestsSent} + 1` })
        .where(and(eq(moderatorAlerts.siteId, siteId), inArray(moderatorAlerts.moderatorId, ids)));
    }
  }
}
