import { Injectable, Logger } from '@nestjs/common';
import { CommentRow, Queryable } from '@app/db';
import { AuthorHistory, DomainDecisions, LinkHistory, linkKeysOf, spamViewOfText } from '@app/moderation';
import { StatusChange, StatusChangeListener } from '../lifecycle/status-change';
import { SpamEvidenceRepository } from './spam-evidence.repository';

const HOUR_MS = 3600 * 1000;
/** A shared address's spam fades: half its weight after three days, none after two weeks. */
const IP_HALF_LIFE_HOURS = 72;
const IP_MEMORY_MS = 14 * 24 * HOUR_MS;
/** recent_links rows older than the repost window are removed every this many recorded batches. */
const FORGET_LINKS_EVERY = 200;

export interface SpamEvidence {
  /** Bans and trust come from the author's standings, loaded beside this. */
  author: Omit<AuthorHistory, 'trusted' | 'banned'>;
  links: LinkHistory;
}

/**
 * Loads what the spam checks need from history for a batch of comments before the pure pipeline runs (author and
 * network history, domain reputation, reposts of the same link), with a fixed number of queries; and, as a status
 * listener, records what later comments will need: each checked comment's links, and each moderator decision on a
 * comment's domains. Only moderators teach; the checks' own verdicts never do.
 */
@Injectable()
export class SpamEvidenceService implements StatusChangeListener {
  private readonly logger = new Logger('SpamEvidence');
  private batchesSinceForget = 0;

  constructor(private readonly repository: SpamEvidenceRepository) {}

  async loadMany(rows: readonly CommentRow[], now = new Date()): Promise<Map<string, SpamEvidence>> {
    const siteIds = unique(rows.map((r) => r.siteId));
    const hmacs = unique(rows.map((r) => r.authorEmailHmac));
    const readers = unique(rows.flatMap((r) => (r.readerId ? [r.readerId] : [])));
    // A reader id names one person; an IP can be a whole mobile carrier's (CGNAT): asked only without one.
    const ips = unique(rows.flatMap((r) => (r.clientIp && !r.readerId ? [r.clientIp] : [])));
    const hostsOf = new Map(rows.map((r) => [r.id, unique(spamViewOfText(r.body).hosts)]));
    const linksOf = new Map(rows.map((r) => [r.id, linkKeysOf(r.body)]));
    const [authors, network, domains, places] = await Promise.all([
      this.repository.authorCounts(siteIds, hmacs, readers),
      this.repository.networkSpam(siteIds, ips, new Date(now.getTime() - IP_MEMORY_MS), IP_HALF_LIFE_HOURS),
      this.repository.domainDecisions(siteIds, unique([...hostsOf.values()].flat())),
      this.repository.linkPlaces(unique([...linksOf.values()].flat()), new Date(now.getTime() - HOUR_MS)),
    ]);

    const evidence = new Map<string, SpamEvidence>();
    for (const row of rows) {
      const own = authors.filter(
        (a) =>
          a.siteId === row.siteId &&
          (a.emailHmac === row.authorEmailHmac || (row.readerId !== null && a.readerId === row.readerId)),
      );
      const neighbours = row.readerId
        ? []
        : network.filter(
            (n) => n.siteId === row.siteId && n.ip === row.clientIp && n.emailHmac !== row.authorEmailHmac,
          );
      const links = new Set(linksOf.get(row.id));
      const elsewhere = new Set(
        places
          .filter((p) => links.has(p.link) && !(p.siteId === row.siteId && p.threadId === row.threadId))
          .map((p) => `${p.siteId}\u0000${p.threadId}`),
      );
      evidence.set(row.id, {
        author: {
          approvedCount: sum(own, (a) => a.published),
          spamCount: sum(own, (a) => a.markedSpam),
          caughtSpamCount: sum(own, (a) => a.caughtSpam),
          ipSpamCount: sum(neighbours, (n) => n.marked),
          ipSpamWeight: sum(neighbours, (n) => n.markedWeight),
          ipCaughtSpamCount: sum(neighbours, (n) => n.caught),
        },
        links: {
          domains: decisionsFor(row.siteId, hostsOf.get(row.id)!, domains),
          sameLinkElsewhere: elsewhere.size,
        },
      });
    }
    return evidence;
  }

  /** In the transaction of the status change: links of checked comments, and moderators' decisions on domains. */
  async inTransaction(tx: Queryable, changes: readonly StatusChange[]): Promise<void> {
    const checked = changes.filter((c) => c.previous === 'queued');
    await this.repository.recordLinks(
      tx,
      checked.flatMap(({ comment }) =>
        linkKeysOf(comment.body).map((link) => ({
          commentId: comment.id,
          link,
          siteId: comment.siteId,
          threadId: comment.threadId,
        })),
      ),
    );
    const decided = changes.filter(
      ({ comment, previous }) =>
        comment.decidedBy !== null &&
        comment.decidedBy !== 'auto' &&
        previous !== comment.status &&
        (comment.status === 'spam' || comment.status === 'published'),
    );
    await this.repository.countDomainDecisions(
      tx,
      decided.flatMap(({ comment }) =>
        unique(spamViewOfText(comment.body).hosts).map((domain) => ({
          siteId: comment.siteId,
          domain,
          spam: comment.status === 'spam' ? 1 : 0,
          approved: comment.status === 'published' ? 1 : 0,
        })),
      ),
    );
    if (checked.length > 0 && ++this.batchesSinceForget >= FORGET_LINKS_EVERY) {
      this.batchesSinceForget = 0;
      this.repository
        .forgetLinksBefore(new Date(Date.now() - HOUR_MS))
        .catch((error: unknown) =>
          this.logger.warn({ err: (error as Error).message }, 'could not forget old links'),
        );
    }
  }
}

function decisionsFor(
  siteId: string,
  hosts: readonly string[],
  rows: { scope: string; domain: string; spamCount: number; approvedCount: number }[],
): Record<string, DomainDecisions> {
  const out: Record<string, DomainDecisions> = {};
  for (const row of rows) {
    if (!hosts.includes(row.domain) || (row.scope !== siteId && row.scope !== '*')) continue;
    const entry = (out[row.domain] ??= {
      siteSpam: 0,
      siteApproved: 0,
      allSitesSpam: 0,
      allSitesApproved: 0,
    });
    if (row.scope === siteId) {
      entry.siteSpam = row.spamCount;
      entry.siteApproved = row.approvedCount;
    } else {
      entry.allSitesSpam = row.spamCount;
      entry.allSitesApproved = row.approvedCount;
    }
  }
  return out;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const sum = <T>(rows: T[], of: (row: T) => number) => rows.reduce((total, row) => total + of(row), 0);
