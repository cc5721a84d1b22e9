import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import {
  ALL_SITES_SCOPE,
  AuthorKey,
  AuthorStanding,
  authorStandings,
  comments,
  Database,
  DATABASE,
  domainReputation,
  Queryable,
  recentLinks,
  siteSpamCounts,
} from '@app/db';
import { SiteSpamCounts } from '@app/moderation';

/** Typed queries on what moderators teach: a site's spam counts, and bans and trust of authors. */
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

  /** Standings in force now for this email HMAC or IP on the site. */
  async activeStandings(siteId: string, emailHmac: string, ip: string | null, now: Date) {
    const byEmail = and(eq(authorStandings.keyKind, 'email'), eq(authorStandings.keyValue, emailHmac));
    const byKey = ip
      ? or(byEmail, and(eq(authorStandings.keyKind, 'ip'), eq(authorStandings.keyValue, ip)))
      : byEmail;
    return this.db
      .select({
        keyKind: authorStandings.keyKind,
        standing: authorStandings.standing,
        until: authorStandings.until,
      })
      .from(authorStandings)
      .where(
        and(
          eq(authorStandings.siteId, siteId),
          byKey,
          or(isNull(authorStandings.until), gt(authorStandings.until, now)),
        ),
      );
  }

  /**
   * An author's earlier comments on the site, by email HMAC or reader id: published, spam a moderator marked
   * (decided_by names a moderator), and spam the checks caught themselves (decided_by "auto" or none, e.g. imports).
   */
  async authorCounts(siteId: string, emailHmac: string, readerId: string | null) {
    const byAuthor = readerId
      ? or(eq(comments.authorEmailHmac, emailHmac), eq(comments.readerId, readerId))
      : eq(comments.authorEmailHmac, emailHmac);
    const [row] = await this.db
      .select({
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
      .where(and(eq(comments.siteId, siteId), byAuthor));
    return row;
  }

  /**
   * Other authors' spam from one IP since `since`: moderator-marked ones weighed by age (half-life `halfLifeHours`),
   * and the checks' own catches counted.
   */
  async networkSpam(siteId: string, ip: string, emailHmac: string, since: Date, halfLifeHours: number) {
    const ageHours = sql`extract(epoch from (now() - ${comments.createdAt})) / 3600.0`;
    const [row] = await this.db
      .select({
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
          eq(comments.siteId, siteId),
          eq(comments.clientIp, ip),
          eq(comments.status, 'spam'),
          ne(comments.authorEmailHmac, emailHmac),
          gt(comments.createdAt, since),
        ),
      );
    return row;
  }

  /** Moderators' decisions on these domains, on the site and over all sites. */
  async domainDecisions(siteId: string, domains: string[]) {
    if (domains.length === 0) return [];
    return this.db
      .select()
      .from(domainReputation)
      .where(
        and(
          inArray(domainReputation.scope, [siteId, ALL_SITES_SCOPE]),
          inArray(domainReputation.domain, domains),
        ),
      );
  }

  /** A moderator's decision on a comment linking to these domains, counted on the site and over all sites. */
  async countDomainDecision(tx: Queryable, siteId: string, domains: string[], decision: 'spam' | 'approved') {
    if (domains.length === 0) return;
    const column = decision === 'spam' ? domainReputation.spamCount : domainReputation.approvedCount;
    const rows = [siteId, ALL_SITES_SCOPE].flatMap((scope) =>
      domains.map((domain) => ({
        scope,
        domain,
        spamCount: decision === 'spam' ? 1 : 0,
        approvedCount: decision === 'approved' ? 1 : 0,
      })),
    );
    await tx
      .insert(domainReputation)
      .values(rows)
      .onConflictDoUpdate({
        target: [domainReputation.scope, domainReputation.domain],
        set: {
          [decision === 'spam' ? 'spamCount' : 'approvedCount']: sql`${column} + 1`,
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

  /** Distinct other threads (on this site or any other) that carried one of these links since `since`. */
  async threadsWithLinks(links: string[], siteId: string, threadId: string, since: Date): Promise<number> {
    if (links.length === 0) return 0;
    const [row] = await this.db
      .select({
        n: sql<number>`count(distinct (${recentLinks.siteId}, ${recentLinks.threadId}))`.mapWith(Number),
      })
      .from(recentLinks)
      .where(
        and(
          inArray(recentLinks.link, links),
          gt(recentLinks.createdAt, since),
          or(ne(recentLinks.siteId, siteId), ne(recentLinks.threadId, threadId)),
        ),
      );
    return row.n;
  }

  async forgetLinksBefore(before: Date): Promise<void> {
    await this.db.delete(recentLinks).where(lt(recentLinks.createdAt, before));
  }
}

/** A decision a moderator took (decided_by holds their id), not the checks ("auto") nor an import (none). */
const BY_MODERATOR = sql`(${comments.decidedBy} is not null and ${comments.decidedBy} <> 'auto')`;
