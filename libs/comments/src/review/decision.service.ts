import { Injectable, Logger } from '@nestjs/common';
import { CommentRow, CommentStatus } from '@app/db';
import { SpamClassifierSource } from '../check/spam-classifier.source';
import { commentUnderCheck } from '../lifecycle/check-context.loader';
import { CommentLifecycle } from '../lifecycle/comment-lifecycle.service';
import { TransitionResult } from '../lifecycle/status-change';
import { isDeletedByAuthor } from '../own-comments/author-actor';
import { ConflictError, NotFoundError } from '../domain-errors';
import { canSeeSite, CurrentModerator } from '../moderators/current-moderator';
import { SpamLessons } from '../learning/spam-lessons.service';
import { ReportDecisions } from '../reports/report-decisions.service';
import { ModComment } from './mod-comment';
import { ModerationReadService } from './moderation-read.service';
import { BulkDecisionDto, DecisionAction, DecisionDto } from './moderation.dto';
import { ModerationRepository } from './moderation.repository';

/**
 * Which moves each action allows. The contract's: held/spam/rejected → published, published → rejected. Ours where it
 * is silent: spam from held/published/rejected, reject from held/spam too, hold (undo) from any decided status.
 * A `queued` comment is still being checked and cannot be decided yet (409).
 */
const MOVES: Record<DecisionAction, { to: CommentStatus; from: CommentStatus[] }> = {
  approve: { to: 'published', from: ['held', 'spam', 'rejected'] },
  reject: { to: 'rejected', from: ['held', 'published', 'spam'] },
  spam: { to: 'spam', from: ['held', 'published', 'rejected'] },
  hold: { to: 'held', from: ['published', 'spam', 'rejected'] },
};

@Injectable()
export class DecisionService {
  private readonly logger = new Logger('Decisions');

  constructor(
    private readonly repository: ModerationRepository,
    private readonly lifecycle: CommentLifecycle,
    private readonly lessons: SpamLessons,
    private readonly classifiers: SpamClassifierSource,
    private readonly read: ModerationReadService,
    private readonly reports: ReportDecisions,
  ) {}

  async decideOne(moderator: CurrentModerator, id: string, input: DecisionDto): Promise<ModComment> {
    const { action } = input;
    const { moved, skipped, keptAgainstReports } = await this.decide(moderator, [id], action, noteOf(input));
    if (moved.length === 0) {
      if (keptAgainstReports[0]) return (await this.read.present([keptAgainstReports[0]]))[0];
      const status = skipped[0]?.status;
      if (!status) throw new NotFoundError(`No comment "${id}".`);
      throw new ConflictError(`A ${status} comment cannot be moved by "${action}".`);
    }
    return (await this.read.present([moved[0].comment]))[0];
  }

  /**
   * One transaction for the batch; ids the moderator cannot see or whose status does not allow the move are skipped.
   * A published comment kept against its readers' reports counts as updated: its reports were decided.
   */
  async decideMany(moderator: CurrentModerator, input: BulkDecisionDto): Promise<{ updated: number }> {
    const { moved, keptAgainstReports } = await this.decide(
      moderator,
      [...new Set(input.ids)],
      input.action,
      noteOf(input),
    );
    return { updated: moved.length + keptAgainstReports.length };
  }

  /** One transaction: the status, the thread's published count, the audit row, the learning, the outbox and the comments' open reports all commit together. */
  private async decide(
    moderator: CurrentModerator,
    ids: string[],
    action: DecisionAction,
    note: string | null,
  ): Promise<TransitionResult & { keptAgainstReports: CommentRow[] }> {
    const move = MOVES[action];
    // A comment never changes site, so visibility can be read before the transaction locks the rows. What its
    // author deleted stays deleted: no decision brings it back (skipped, as a rejected comment).
    const rows = new Map(
      (await this.repository.findMany(ids))
        .filter((row) => canSeeSite(moderator, row.siteId))
        .map((row) => [row.id, row]),
    );
    const seen = [...rows.values()];
    const deleted = seen.filter(isDeletedByAuthor).map((row) => ({ id: row.id, status: row.status }));
    const visible = [...rows.keys()];
    const movable = seen.filter((row) => !isDeletedByAuthor(row)).map((row) => row.id);
    const result = await this.lifecycle.transaction(async (tx) => {
      const transitioned = await this.lifecycle.transition(tx, movable, {
        to: move.to,
        from: move.from,
        by: moderator.id,
        audit: { moderatorId: moderator.id, action, note },
      });
      if (action === 'approve' || action === 'spam') {
        const taught = transitioned.moved.map(({ comment }) => ({
          siteId: comment.siteId,
          comment: commentUnderCheck(comment),
        }));
        await this.lessons.teach(tx, taught, action);
      }
      // Approving what is already published moves nothing, but keeps it against its readers' reports.
      const alreadyPublished =
        action === 'approve'
          ? transitioned.skipped.filter((s) => s.status === 'published').map((s) => rows.get(s.id)!)
          : [];
      const decidedReports = await this.reports.decideFor(
        tx,
        [...transitioned.moved.map(({ comment }) => comment), ...alreadyPublished],
        action,
        moderator.id,
      );
      const keptAgainstReports = alreadyPublished.filter((row) =>
        decidedReports.reports.some((report) => report.commentId === row.id),
      );
      return { ...transitioned, decidedReports, keptAgainstReports };
    });
    await this.reports.announce(result.decidedReports);
    const hidden = ids.filter((id) => !visible.includes(id)).map((id) => ({ id, status: null }));
    for (const { comment, previous } of result.moved) {
      this.logger.log(
        {
          commentId: comment.id,
          siteId: comment.siteId,
          moderatorId: moderator.id,
          from: previous,
          to: comment.status,
        },
        'decided',
      );
    }
    if (action === 'approve' || action === 'spam') {
      for (const siteId of new Set(result.moved.map((change) => change.comment.siteId))) {
        this.classifiers.forget(siteId);
      }
    }
    return {
      moved: result.moved,
      skipped: [...result.skipped, ...deleted, ...hidden],
      keptAgainstReports: result.keptAgainstReports,
    };
  }
}

const noteOf = (input: DecisionDto): string | null => input.note?.trim() || null;
