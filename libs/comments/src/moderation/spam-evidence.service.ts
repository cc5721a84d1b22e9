import { Injectable, Logger } from '@nestjs/common';
import { CommentRow, CommentStatus, Queryable } from '@app/db';
import { AuthorHistory, DomainDecisions, LinkHistory, linkKeysOf, spamViewOfText } from '@app/moderation';
import { LearningRepository } from './learning.repository';

const HOUR_MS = 3600 * 1000;
/** A shared address's spam fades: half its weight after three days, none after two weeks. */
const IP_HALF_LIFE_HOURS = 72;
const IP_MEMORY_MS = 14 * 24 * HOUR_MS;
/** recent_links rows older than the repost window are removed every this many recorded comments. */
const FORGET_LINKS_EVERY = 500;

/**
 * Loads what the spam checks need from history before the pure pipeline runs (author and network history, domain
 * reputation, reposts of the same link), and records what later comments will need: each checked comment's links,
 * and each moderator decision on a comment's domains. Only moderators teach; the checks' verdicts never do.
 */
@Injectable()
export class SpamEvidenceService {
  private readonly logger = new Logger('SpamEvidence');
  private recordedSinceForget = 0;

  constructor(private readonly learning: LearningRepository) {}

  /** The author's and the network's spam history; bans and trust come from AuthorStandingService. */
  async authorHistory(comment: CommentRow): Promise<Omit<AuthorHistory, 'trusted' | 'banned'>> {
    const author = await this.learning.authorCounts(
      comment.siteId,
      comment.authorEmailHmac,
      comment.readerId,
    );
    // A reader id names one person; an IP can be a whole mobile carrier's (CGNAT), so it is asked only without one.
    const network =
      comment.clientIp && !comment.readerId
        ? await this.learning.networkSpam(
            comment.siteId,
            comment.clientIp,
            comment.authorEmailHmac,
            new Date(Date.now() - IP_MEMORY_MS),
            IP_HALF_LIFE_HOURS,
          )
        : { marked: 0, markedWeight: 0, caught: 0 };
    return {
      approvedCount: author.published,
      spamCount: author.markedSpam,
      caughtSpamCount: author.caughtSpam,
      ipSpamCount: network.marked,
      ipSpamWeight: network.markedWeight,
      ipCaughtSpamCount: network.caught,
    };
  }

  async linkHistory(comment: CommentRow): Promise<LinkHistory> {
    const hosts = [...new Set(spamViewOfText(comment.body).hosts)];
    if (hosts.length === 0) return { domains: {}, sameLinkElsewhere: 0 };
    const [rows, sameLinkElsewhere] = await Promise.all([
      this.learning.domainDecisions(comment.siteId, hosts),
      this.learning.threadsWithLinks(
        linkKeysOf(comment.body),
        comment.siteId,
        comment.threadId,
        new Date(Date.now() - HOUR_MS),
      ),
    ]);
    const domains: Record<string, DomainDecisions> = {};
    for (const row of rows) {
      const entry = (domains[row.domain] ??= {
        siteSpam: 0,
        siteApproved: 0,
        allSitesSpam: 0,
        allSitesApproved: 0,
      });
      if (row.scope === comment.siteId) {
        entry.siteSpam = row.spamCount;
        entry.siteApproved = row.approvedCount;
      } else {
        entry.allSitesSpam = row.spamCount;
        entry.allSitesApproved = row.approvedCount;
      }
    }
    return { domains, sameLinkElsewhere };
  }

  /** A transactional status-change listener: commits or rolls back with the change itself. */
  async onStatusChanged(tx: Queryable, comment: CommentRow, previous: CommentStatus): Promise<void> {
    if (previous === 'queued') await this.recordLinks(tx, comment);
    const byModerator = comment.decidedBy !== null && comment.decidedBy !== 'auto';
    if (!byModerator || previous === comment.status) return;
    if (comment.status !== 'spam' && comment.status !== 'published') return;
    const hosts = [...new Set(spamViewOfText(comment.body).hosts)];
    await this.learning.countDomainDecision(
      tx,
      comment.siteId,
      hosts,
      comment.status === 'spam' ? 'spam' : 'approved',
    );
  }

  private async recordLinks(tx: Queryable, comment: CommentRow): Promise<void> {
    const links = linkKeysOf(comment.body);
    await this.learning.recordLinks(
      tx,
      links.map((link) => ({
        commentId: comment.id,
        link,
        siteId: comment.siteId,
        threadId: comment.threadId,
      })),
    );
    if (links.length > 0 && ++this.recordedSinceForget >= FORGET_LINKS_EVERY) {
      this.recordedSinceForget = 0;
      this.learning
        .forgetLinksBefore(new Date(Date.now() - HOUR_MS))
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not forget old links'));
    }
  }
}
