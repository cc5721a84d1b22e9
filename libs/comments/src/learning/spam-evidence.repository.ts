import { Inject, Injectable } from '@nestjs/common';
import { lt, sql } from 'drizzle-orm';
import {
  ALL_SITES_SCOPE,
  Database,
  DATABASE,
  domainReputation,
  prepared,
  Queryable,
  recentLinks,
  rowMapper,
} from '@app/db';

/** A decision a moderator took (decided_by holds their id), not the checks ("auto") nor an import (none). */
const BY_MODERATOR = `(decided_by IS NOT NULL AND decided_by <> 'auto')`;

/**
 * The reads for every batch the worker checks, each written once as SQL over arrays and run as a named prepared
 * statement: building them with the query builder for every batch was a large share of the worker's busy time.
 */
const SQL = {
  // The comments of each (site, email HMAC) and each (site, reader id), one index probe per pair (OFFSET 0 keeps
  // each lateral subquery a probe); UNION counts a comment found both ways once, as `hmac = ANY OR reader = ANY`
  // did. Written that way, a table without fresh statistics had the planner read every comment of the site.
  authorCounts: `SELECT site_id, author_email_hmac, reader_id,
      count(*) FILTER (WHERE status = 'published') AS published,
      count(*) FILTER (WHERE status = 'spam' AND ${BY_MODERATOR}) AS marked_spam,
      count(*) FILTER (WHERE status = 'spam' AND NOT ${BY_MODERATOR}) AS caught_spam
    FROM (
      SELECT c.* FROM unnest($1::text[]) AS s(site_id) CROSS JOIN unnest($2::text[]) AS k(hmac)
        CROSS JOIN LATERAL (
          SELECT id, site_id, author_email_hmac, reader_id, status, decided_by FROM comments
          WHERE site_id = s.site_id AND author_email_hmac = k.hmac OFFSET 0
        ) c
      UNION
      SELECT c.* FROM unnest($1::text[]) AS s(site_id) CROSS JOIN unnest($3::text[]) AS k(reader_id)
        CROSS JOIN LATERAL (
          SELECT id, site_id, author_email_hmac, reader_id, status, decided_by FROM comments
          WHERE site_id = s.site_id AND reader_id = k.reader_id OFFSET 0
        ) c
    ) AS found
    GROUP BY site_id, author_email_hmac, reader_id`,
  // The half-life travels as numeric, as the query builder sent it, so the weights are computed the same way.
  networkSpam: `SELECT site_id, client_ip, author_email_hmac,
      count(*) FILTER (WHERE ${BY_MODERATOR}) AS marked,
      coalesce(sum(power(0.5, (extract(epoch FROM (now() - created_at)) / 3600.0) / $4::numeric))
        FILTER (WHERE ${BY_MODERATOR}), 0) AS marked_weight,
      count(*) FILTER (WHERE NOT ${BY_MODERATOR}) AS caught
    FROM comments
    WHERE site_id = ANY($1::text[]) AND client_ip = ANY($2::text[]) AND status = 'spam'
      AND created_at > $3::timestamptz
    GROUP BY site_id, client_ip, author_email_hmac`,
  // Written by every batch with links, in its transaction: one jsonb parameter, not four per row.
  recordLinks: `INSERT INTO recent_links (comment_id, link, site_id, thread_id)
    SELECT "commentId", link, "siteId", "threadId"
    FROM jsonb_to_recordset($1::jsonb) AS r("commentId" text, link text, "siteId" text, "threadId" text)
    ON CONFLICT DO NOTHING`,
  domainDecisions: `SELECT * FROM domain_reputation WHERE scope = ANY($1::text[]) AND domain = ANY($2::text[])`,
  linkPlaces: `SELECT DISTINCT link, site_id, thread_id FROM recent_links
    WHERE link = ANY($1::text[]) AND created_at > $2::timestamptz`,
} as const;

const domainReputationRow = rowMapper(domainReputation);

/** Typed, set-based queries for the spam evidence of a batch of comments (one statement per kind, not per comment). */
@Injectable()
export class SpamEvidenceRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * Earlier comments on these sites by these email HMACs or reader ids, grouped so that each row is counted once:
   * published, spam a moderator marked, spam the checks caught themselves (decided_by "auto" or none, e.g. imports).
   * An empty reader id list matches nothing.
   */
  async authorCounts(siteIds: string[], emailHmacs: string[], readerIds: string[]) {
    const rows = await prepared<{
      site_id: string;
      author_email_hmac: string;
      reader_id: string | null;
      published: string | number;
      marked_spam: string | number;
      caught_spam: string | number;
    }>(this.db, 'evidence_author_counts', SQL.authorCounts, [siteIds, emailHmacs, readerIds]);
    return rows.map((r) => ({
      siteId: r.site_id,
      emailHmac: r.author_email_hmac,
      readerId: r.reader_id,
      published: Number(r.published),
      markedSpam: Number(r.marked_spam),
      caughtSpam: Number(r.caught_spam),
    }));
  }

  /** Spam from these IPs since `since`, per site, IP and author; moderator-marked rows weighed by age. */
  async networkSpam(siteIds: string[], ips: string[], since: Date, halfLifeHours: number) {
    if (ips.length === 0) return [];
    const rows = await prepared<{
      site_id: string;
      client_ip: string | null;
      author_email_hmac: string;
      marked: string | number;
      marked_weight: string | number;
      caught: string | number;
    }>(this.db, 'evidence_network_spam', SQL.networkSpam, [siteIds, ips, since.toISOString(), halfLifeHours]);
    return rows.map((r) => ({
      siteId: r.site_id,
      ip: r.client_ip,
      emailHmac: r.author_email_hmac,
      marked: Number(r.marked),
      markedWeight: Number(r.marked_weight),
      caught: Number(r.caught),
    }));
  }

  /** Moderators' decisions on these domains, on these sites and over all sites. */
  async domainDecisions(siteIds: string[], domains: string[]) {
    if (domains.length === 0) return [];
    const rows = await prepared<Record<string, unknown>>(
      this.db,
      'evidence_domain_decisions',
      SQL.domainDecisions,
      [[...siteIds, ALL_SITES_SCOPE], domains],
    );
    return rows.map(domainReputationRow);
  }

  /** Moderators' decisions counted per domain, on each comment's site and over all sites (one upsert). */
  async countDomainDecisions(
    tx: Queryable,
    decisions: { siteId: string; domain: string; spam: number; approved: number }[],
  ): Promise<void> {
    const merged = new Map<
      string,
      { scope: string; domain: string; spamCount: number; approvedCount: number }
    >();
    for (const d of decisions) {
      for (const scope of [d.siteId, ALL_SITES_SCOPE]) {
        const key = `${scope}\u0000${d.domain}`;
        const row = merged.get(key) ?? { scope, domain: d.domain, spamCount: 0, approvedCount: 0 };
        row.spamCount += d.spam;
        row.approvedCount += d.approved;
        merged.set(key, row);
      }
    }
    if (merged.size === 0) return;
    await tx
      .insert(domainReputation)
      .values([...merged.values()])
      .onConflictDoUpdate({
        target: [domainReputation.scope, domainReputation.domain],
        set: {
          spamCount: sql`${domainReputation.spamCount} + excluded.spam_count`,
          approvedCount: sql`${domainReputation.approvedCount} + excluded.approved_count`,
          updatedAt: new Date(),
        },
      });
  }

  async recordLinks(
    tx: Queryable,
    rows: { commentId: string; link: string; siteId: string; threadId: string }[],
  ) {
    if (rows.length === 0) return;
    await prepared(tx, 'evidence_record_links', SQL.recordLinks, [JSON.stringify(rows)]);
  }

  /** Where these links were posted since `since` (site and thread), for "the same link in other threads". */
  async linkPlaces(links: string[], since: Date) {
    if (links.length === 0) return [];
    const rows = await prepared<{ link: string; site_id: string; thread_id: string }>(
      this.db,
      'evidence_link_places',
      SQL.linkPlaces,
      [links, since.toISOString()],
    );
    return rows.map((r) => ({ link: r.link, siteId: r.site_id, threadId: r.thread_id }));
  }

  async forgetLinksBefore(before: Date): Promise<void> {
    await this.db.delete(recentLinks).where(lt(recentLinks.createdAt, before));
  }
}
