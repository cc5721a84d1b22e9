import { Inject, Injectable } from '@nestjs/common';
import { and, gt, lt, or, sql } from 'drizzle-orm';
import {
  anyOf,
  ALL_SITES_SCOPE,
  comments,
  Database,
  DATABASE,
  domainReputation,
  Queryable,
  recentLinks,
} from '@app/db';

/** A decision a moderator took (decided_by holds their id), not the checks ("auto") nor an import (none). */
const BY_MODERATOR = sql`(${comments.decidedBy} is not null and ${comments.decidedBy} <> 'auto')`;

/** Typed, set-based queries for the spam evidence of a batch of comments (one statement per kind, not per comment). */
@Injectable()
export class SpamEvidenceRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * Earlier comments on these sites by these email HMACs or reader ids, grouped so that each row is counted once:
   * published, spam a moderator marked, spam the checks caught themselves (decided_by "auto" or none, e.g. imports).
   */
  async authorCounts(siteIds: string[], emailHmacs: string[], readerIds: string[]) {
    const byAuthor =
      readerIds.length > 0
        ? or(anyOf(comments.authorEmailHmac, emailHmacs), anyOf(comments.readerId, readerIds))
        : anyOf(comments.authorEmailHmac, emailHmacs);
    return this.db
      .select({
        siteId: comments.siteId,
        emailHmac: comments.authorEmailHmac,
        readerId: comments.readerId,
        published: sql<number>`count(*) filter (where ${comments.status} = 'published')`.mapWith(Number),
        markedSpam:
          sql<number>`count(*) filter (where ${comments.status} = 'spam' and ${BY_MODERATOR})`.mapWith(
            Number,
          ),
        caughtSpam:
          sql<number>`count(*) filter (where ${comments.status} = 'spam' and not ${BY_MODERATOR})`.mapWith(
            Number,
          ),
      })
      .from(comments)
      .where(and(anyOf(comments.siteId, siteIds), byAuthor))
      .groupBy(comments.siteId, comments.authorEmailHmac, comments.readerId);
  }

  /** Spam from these IPs since `since`, per site, IP and author; moderator-marked rows weighed by age. */
  async networkSpam(siteIds: string[], ips: string[], since: Date, halfLifeHours: number) {
    if (ips.length === 0) return [];
    const ageHours = sql`extract(epoch from (now() - ${comments.createdAt})) / 3600.0`;
    return this.db
      .select({
        siteId: comments.siteId,
        ip: comments.clientIp,
        emailHmac: comments.authorEmailHmac,
        marked: sql<number>`count(*) filter (where ${BY_MODERATOR})`.mapWith(Number),
        markedWeight:
          sql<number>`coalesce(sum(power(0.5, ${ageHours} / ${halfLifeHours})) filter (where ${BY_MODERATOR}), 0)`.mapWith(
            Number,
          ),
        caught: sql<number>`count(*) filter (where not ${BY_MODERATOR})`.mapWith(Number),
      })
      .from(comments)
      .where(
        and(
          anyOf(comments.siteId, siteIds),
          anyOf(comments.clientIp, ips),
          sql`${comments.status} = 'spam'`,
          gt(comments.createdAt, since),
        ),
      )
      .groupBy(comments.siteId, comments.clientIp, comments.authorEmailHmac);
  }

  /** Moderators' decisions on these domains, on these sites and over all sites. */
  async domainDecisions(siteIds: string[], domains: string[]) {
    if (domains.length === 0) return [];
    return this.db
      .select()
      .from(domainReputation)
      .where(
        and(
          anyOf(domainReputation.scope, [...siteIds, ALL_SITES_SCOPE]),
          anyOf(domainReputation.domain, domains),
        ),
      );
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
    await tx.insert(recentLinks).values(rows).onConflictDoNothing();
  }

  /** Where these links were posted since `since` (site and thread), for "the same link in other threads". */
  async linkPlaces(links: string[], since: Date) {
    if (links.length === 0) return [];
    return this.db
      .selectDistinct({ link: recentLinks.link, siteId: recentLinks.siteId, threadId: recentLinks.threadId })
      .from(recentLinks)
      .where(and(anyOf(recentLinks.link, links), gt(recentLinks.createdAt, since)));
  }

  async forgetLinksBefore(before: Date): Promise<void> {
    await this.db.delete(recentLinks).where(lt(recentLinks.createdAt, before));
  }
}
