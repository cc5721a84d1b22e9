import { Injectable } from '@nestjs/common';
import { CommentRow } from '@app/db';
import {
  CheckContext,
  CommentUnderCheck,
  FormTokenState,
  SpamClassifier,
  SiteSettings,
} from '@app/moderation';
import { SpamClassifierSource } from '../check/spam-classifier.source';
import { SitesService } from '../sites/sites.service';
import { StandingRepository } from '../standing/standing.repository';
import { CheckContextRepository } from './check-context.repository';

/** A queued comment with everything the pure pipeline needs: `moderate(input, context)`. */
export interface CommentToCheck {
  /** The stored row, as loaded. */
  comment: CommentRow;
  /** What the phases read of the comment itself. */
  input: CommentUnderCheck;
  /** What the phases read of the world: site settings, author history, parent, same text, spam model. */
  context: CheckContext;
}

/** "The same text in another thread" looks back this far. */
const SAME_TEXT_WINDOW_MS = 3600 * 1000;

/**
 * Loads check contexts for a batch of comments with a fixed number of queries (author counts, IP spam counts,
 * parents, same-text threads, standings), plus one settings and one classifier look-up per distinct site.
 */
@Injectable()
export class CheckContextLoader {
  constructor(
    private readonly repository: CheckContextRepository,
    private readonly standings: StandingRepository,
    private readonly sites: SitesService,
    private readonly classifiers: SpamClassifierSource,
  ) {}

  /** The comments among `ids` that are still queued, in the order of `ids`; the others are left out. */
  async loadMany(ids: readonly string[]): Promise<CommentToCheck[]> {
    const found = await this.repository.queued(ids);
    if (found.length === 0) return [];
    const order = new Map(ids.map((id, index) => [id, index]));
    const rows = found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

    const siteIds = unique(rows.map((r) => r.siteId));
    const hmacs = unique(rows.map((r) => r.authorEmailHmac));
    const ips = unique(rows.flatMap((r) => (r.clientIp ? [r.clientIp] : [])));
    const now = new Date();
    const [settings, classifiers, authorCounts, ipSpam, parents, sameText, standings] = await Promise.all([
      perSite(siteIds, (siteId) => this.sites.settings(siteId)),
      perSite(siteIds, (siteId) => this.classifiers.forSite(siteId)),
      this.repository.authorCounts(siteIds, hmacs),
      this.repository.ipSpamCounts(siteIds, ips),
      this.repository.statuses(unique(rows.flatMap((r) => (r.parentId ? [r.parentId] : [])))),
      this.repository.threadsWithText(
        siteIds,
        unique(rows.map((r) => r.bodyFingerprint)),
        new Date(now.getTime() - SAME_TEXT_WINDOW_MS),
      ),
      this.standings.activeStandings(siteIds, hmacs, ips, now),
    ]);

    const key = (...parts: (string | null)[]) => JSON.stringify(parts);
    const countsOf = new Map(authorCounts.map((c) => [key(c.siteId, c.emailHmac), c]));
    const ipSpamOf = new Map(ipSpam.map((c) => [key(c.siteId, c.ip), c.spam]));
    const parentOf = new Map(parents.map((p) => [p.id, p]));

    return rows.map((comment) => {
      const counts = countsOf.get(key(comment.siteId, comment.authorEmailHmac));
      const own = standings.filter(
        (s) =>
          s.siteId === comment.siteId &&
          ((s.keyKind === 'email' && s.keyValue === comment.authorEmailHmac) ||
            (s.keyKind === 'ip' && s.keyValue === comment.clientIp)),
      );
      const banned = own.some((s) => s.standing === 'banned');
      const parent = comment.parentId ? parentOf.get(comment.parentId) : undefined;
      const inSameThread = parent && parent.siteId === comment.siteId && parent.threadId === comment.threadId;
      const otherThreads = new Set(
        sameText
          .filter(
            (t) =>
              t.siteId === comment.siteId &&
              t.fingerprint === comment.bodyFingerprint &&
              t.threadId !== comment.threadId,
          )
          .map((t) => t.threadId),
      );
      const context: CheckContext = {
        site: settings.get(comment.siteId)!,
        formToken: formTokenStateOf(comment),
        author: {
          approvedCount: counts?.approved ?? 0,
          spamCount: counts?.spam ?? 0,
          ipSpamCount: comment.clientIp ? (ipSpamOf.get(key(comment.siteId, comment.clientIp)) ?? 0) : 0,
          trusted: !banned && own.some((s) => s.standing === 'trusted'),
          banned,
        },
        parentStatus: inSameThread ? parent.status : null,
        sameTextElsewhere: otherThreads.size,
        spamClassifier: classifiers.get(comment.siteId) ?? null,
      };
      return { comment, input: commentUnderCheck(comment), context };
    });
  }
}

export function commentUnderCheck(comment: CommentRow): CommentUnderCheck {
  return {
    id: comment.id,
    body: comment.body,
    authorName: comment.authorName,
    authorUrl: comment.authorUrl,
    honeypot: comment.honeypot,
    parentId: comment.parentId,
  };
}

function formTokenStateOf(comment: CommentRow): FormTokenState {
  switch (comment.formTokenState) {
    case 'valid':
      return { state: 'valid', secondsToSubmit: comment.formTokenSeconds ?? 0 };
    case 'expired':
      return { state: 'expired' };
    case 'invalid':
      return { state: 'invalid' };
    default:
      return { state: 'missing' };
  }
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

async function perSite<T extends SiteSettings | SpamClassifier | null>(
  siteIds: string[],
  load: (siteId: string) => Promise<T>,
): Promise<Map<string, T>> {
  const values = await Promise.all(siteIds.map(load));
  return new Map(siteIds.map((siteId, index) => [siteId, values[index]]));
}
