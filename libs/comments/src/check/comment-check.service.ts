import { Injectable, Logger } from '@nestjs/common';
import { CommentRow, CommentStatus } from '@app/db';
import {
  CheckContext,
  FormTokenState,
  moderate,
  ModerationOutcome,
  SpamClassifier,
  Verdict,
} from '@app/moderation';
import { CommentsRepository } from '../comments.repository';
import { AuthorStandingService } from '../moderation/author-standing.service';
import { SpamEvidenceService } from '../moderation/spam-evidence.service';
import { SitesService } from '../sites/sites.service';
import { CommentEvents } from './comment-events';

const STATUS_OF_VERDICT: Record<Verdict, CommentStatus> = {
  publish: 'published',
  hold: 'held',
  spam: 'spam',
  reject: 'rejected',
};

/** Where the worker gets a site's spam classifier (base model mixed with the site's learning); null when none. */
export abstract class SpamClassifierSource {
  abstract forSite(siteId: string): Promise<SpamClassifier | null>;
}

const SAME_TEXT_WINDOW_MS = 3600 * 1000;

/**
 * The worker's side of a comment: load everything the pipeline needs, run it (pure), store the outcome once.
 * Safe to run twice for the same comment: only the first run moves it out of `queued`.
 */
@Injectable()
export class CommentCheckService {
  private readonly logger = new Logger(CommentCheckService.name);

  constructor(
    private readonly comments: CommentsRepository,
    private readonly sites: SitesService,
    private readonly classifiers: SpamClassifierSource,
    private readonly events: CommentEvents,
    private readonly standings: AuthorStandingService,
    private readonly spamEvidence: SpamEvidenceService,
  ) {}

  async check(commentId: string): Promise<{ outcome: ModerationOutcome | null; siteId?: string }> {
    const comment = await this.comments.findById(commentId);
    if (!comment || comment.status !== 'queued') return { outcome: null };

    const context = await this.loadContext(comment);
    const outcome = moderate(
      {
        id: comment.id,
        body: comment.body,
        authorName: comment.authorName,
        authorUrl: comment.authorUrl,
        honeypot: comment.honeypot,
        parentId: comment.parentId,
      },
      context,
    );
    const status = STATUS_OF_VERDICT[outcome.verdict];
    const at = new Date();
    const stored = await this.comments.transaction(async (tx) => {
      const moved = await this.comments.recordVerdict(tx, comment.id, {
        status,
        verdict: outcome.verdict,
        spamScore: outcome.spamScore,
        language: outcome.language,
        at,
      });
      if (!moved) return null;
      await this.comments.replaceChecks(tx, comment.id, outcome.checks);
      if (status === 'published') await this.comments.bumpThread(tx, comment.siteId, comment.threadId, 1);
      const changed = (await this.comments.findById(comment.id, tx))!;
      await this.events.inTransaction(tx, changed, 'queued');
      return changed;
    });
    if (!stored) return { outcome: null };
    this.logger.log(
      { commentId: comment.id, siteId: comment.siteId, verdict: outcome.verdict },
      'comment checked',
    );
    await this.events.afterCommit(stored, 'queued');
    return { outcome, siteId: comment.siteId };
  }

  private async loadContext(comment: CommentRow): Promise<CheckContext> {
    const since = new Date(Date.now() - SAME_TEXT_WINDOW_MS);
    const [site, standing, history, parentStatus, sameTextElsewhere, spamClassifier, links] =
      await Promise.all([
        this.sites.settings(comment.siteId),
        this.standings.standingOf(comment.siteId, comment.authorEmailHmac, comment.clientIp),
        // Moderators' decisions apart from the checks' own, by reader id before IP (issue 13).
        this.spamEvidence.authorHistory(comment),
        comment.parentId
          ? this.comments.findStatusInThread(comment.siteId, comment.threadId, comment.parentId)
          : Promise.resolve(null),
        this.comments.countSameTextInOtherThreads(
          comment.siteId,
          comment.bodyFingerprint,
          comment.threadId,
          since,
        ),
        this.classifiers.forSite(comment.siteId),
        // Domain reputation and reposts of the same link (issue 13).
        this.spamEvidence.linkHistory(comment),
      ]);
    return {
      site,
      formToken: formTokenStateOf(comment),
      author: { ...history, trusted: standing.trusted, banned: standing.banned },
      parentStatus: parentStatus ?? null,
      sameTextElsewhere,
      spamClassifier,
      links,
      proofOfWork: comment.proofOfWork ?? 'not-asked',
    };
  }
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
