import { Injectable } from '@nestjs/common';
import { CommentRow } from '@app/db';
import {
  CheckContext,
  CommentUnderCheck,
  FormTokenState,
  loadAbuseModel,
  SpamClassifier,
  SiteSettings,
} from '@app/moderation';
import { SpamClassifierSource } from '../check/spam-classifier.source';
import { SpamEvidenceService } from '../learning/spam-evidence.service';
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
    private readonly spamEvidence: SpamEvidenceService,
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
    const [settings, classifiers, evidence, parents, sameText, standings] = await Promise.all([
      perSite(siteIds, (siteId) => this.sites.settings(siteId)),
      perSite(siteIds, (siteId) => this.classifiers.forSite(siteId)),
      // Author and network history (moderators apart from the checks, reader id before IP), domain reputation and
      // reposted links (issue 13).
      this.spamEvidence.loadMany(rows, now),
      this.repository.statuses(unique(rows.flatMap((r) => (r.parentId ? [r.parentId] : [])))),
      this.repository.threadsWithText(
        siteIds,
        unique(rows.map((r) => r.bodyFingerprint)),
        new Date(now.getTime() - SAME_TEXT_WINDOW_MS),
      ),
      this.standings.activeStandings(siteIds, hmacs, ips, now),
    ]);

    const parentOf = new Map(parents.map((p) => [p.id, p]));

    return rows.map((comment) => {
      const { author, links } = evidence.get(comment.id)!;
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
        author: { ...author, trusted: !banned && own.some((s) => s.standing === 'trusted'), banned },
        parentStatus: inSameThread ? parent.status : null,
        sameTextElsewhere: otherThreads.size,
        spamClassifier: classifiers.get(comment.siteId) ?? null,
        abuseModel: loadAbuseModel(),
        links,
        proofOfWork: comment.proofOfWork ?? 'not-asked',
      };
      return { comment, input: commentUnderCheck(comment), context };
    });
  }

  /**
   * The same context for a comment that is not stored (Akismet's comment-check): the author's history on the site
   * by email HMAC and IP, bans and trust, domain reputation and the site's model, the way the worker loads them.
   * A comment without an email looks up no email history: a made-up key would only ever find nothing.
   */
  async loadForeign(foreign: ForeignCommentKeys): Promise<CheckContext> {
    const now = new Date();
    const emailHmac = foreign.authorEmailHmac ?? '';
    // Only the fields the evidence reads: an id no stored comment has, the site, the keys and the text.
    const row = {
      id: 'foreign',
      siteId: foreign.siteId,
      threadId: '',
      authorEmailHmac: emailHmac,
      clientIp: foreign.clientIp,
      readerId: null,
      body: foreign.body,
    } as CommentRow;
    const [site, classifier, evidence, standings] = await Promise.all([
      this.sites.settings(foreign.siteId),
      this.classifiers.forSite(foreign.siteId),
      this.spamEvidence.loadMany([row], now),
      this.standings.activeStandings(
        [foreign.siteId],
        [emailHmac],
        foreign.clientIp ? [foreign.clientIp] : [],
        now,
      ),
    ]);
    const { author, links } = evidence.get(row.id)!;
    const own = standings.filter(
      (s) =>
        (s.keyKind === 'email' && foreign.authorEmailHmac !== null && s.keyValue === emailHmac) ||
        (s.keyKind === 'ip' && s.keyValue === foreign.clientIp),
    );
    const banned = own.some((s) => s.standing === 'banned');
    return {
      site,
      formToken: { state: 'not-applicable' },
      author: { ...author, trusted: !banned && own.some((s) => s.standing === 'trusted'), banned },
      parentStatus: null,
      sameTextElsewhere: 0,
      spamClassifier: classifier ?? null,
      abuseModel: loadAbuseModel(),
      links,
      proofOfWork: 'not-asked',
    };
  }
}

/** A comment that lives in another comment system (the drop-in check APIs): checked, never stored. */
export interface ForeignCommentKeys {
  siteId: string;
  body: string;
  /** The keyed HMAC of the author's email, or null when none was given. */
  authorEmailHmac: string | null;
  clientIp: string | null;
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
