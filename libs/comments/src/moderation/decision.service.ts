import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { CommentRow, CommentStatus, Queryable } from '@app/db';
import { emptySpamCounts, learnFromDecision } from '@app/moderation';
import { CommentEvents } from '../check/comment-events';
import { CommentsRepository } from '../comments.repository';
import { NotFoundError } from '../domain-errors';
import { ConflictError } from '../moderators/auth-errors';
import { canSeeSite, CurrentModerator } from '../moderators/current-moderator';
import { FieldErrors, objectBody } from '../moderators/field-errors';
import { LearnedSpamClassifiers } from './learned-spam-classifiers';
import { LearningRepository } from './learning.repository';
import { ModComment } from './mod-comment';
import { ModerationReadService } from './moderation-read.service';
import { ModerationRepository } from './moderation.repository';

/** `hold` is our extension: it puts a comment back in the queue, which is how the dashboard undoes a decision. */
export type DecisionAction = 'approve' | 'reject' | 'spam' | 'hold';

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
const ACTIONS = Object.keys(MOVES) as DecisionAction[];
const MAX_NOTE = 1000;
export const MAX_BULK = 200;

@Injectable()
export class DecisionService {
  private readonly logger = new Logger('Decisions');

  constructor(
    private readonly repository: ModerationRepository,
    private readonly comments: CommentsRepository,
    private readonly learning: LearningRepository,
    private readonly classifiers: LearnedSpamClassifiers,
    private readonly events: CommentEvents,
    private readonly read: ModerationReadService,
  ) {}

  async decideOne(moderator: CurrentModerator, id: string, input: unknown): Promise<ModComment> {
    const { action, note } = parseDecision(input, ['action', 'note']);
    const row = await this.decide(moderator, id, action, note);
    return (await this.read.present([row]))[0];
  }

  /** Each id in its own transaction; ids the moderator cannot see or whose status does not allow the move are skipped. */
  async decideMany(moderator: CurrentModerator, input: unknown): Promise<{ updated: number }> {
    const { action, note, ids } = parseDecision(input, ['action', 'note', 'ids']);
    let updated = 0;
    for (const id of ids) {
      try {
        await this.decide(moderator, id, action, note);
        updated++;
      } catch (error) {
        if (!(error instanceof NotFoundError || error instanceof ConflictError)) throw error;
      }
    }
    return { updated };
  }

  /** One transaction: the status, the thread's published count, the audit row, the learning and the outbox all commit together. */
  private async decide(
    moderator: CurrentModerator,
    id: string,
    action: DecisionAction,
    note: string | null,
  ): Promise<CommentRow> {
    const move = MOVES[action];
    const { row, previous } = await this.repository.transaction(async (tx) => {
      const current = await this.repository.lockComment(tx, id);
      if (!current || !canSeeSite(moderator, current.siteId)) throw new NotFoundError(`No comment "${id}".`);
      if (!move.from.includes(current.status)) {
        throw new ConflictError(`A ${current.status} comment cannot be moved by "${action}".`);
      }
      const at = new Date();
      const changed = await this.repository.setDecision(tx, id, {
        status: move.to,
        decidedBy: moderator.id,
        at,
        publishedAt: move.to === 'published' ? at : null,
      });
      const delta = (move.to === 'published' ? 1 : 0) - (current.status === 'published' ? 1 : 0);
      if (delta !== 0) await this.comments.bumpThread(tx, current.siteId, current.threadId, delta);
      await this.repository.insertAudit(tx, {
        id: uuidv7(),
        siteId: current.siteId,
        commentId: id,
        moderatorId: moderator.id,
        action,
        fromStatus: current.status,
        toStatus: move.to,
        note,
        createdAt: at,
      });
      if (action === 'approve' || action === 'spam') await this.teach(tx, current, action);
      await this.events.inTransaction(tx, changed, current.status);
      return { row: changed, previous: current.status };
    });
    this.logger.log(
      { commentId: id, siteId: row.siteId, moderatorId: moderator.id, from: previous, to: row.status },
      'decided',
    );
    if (action === 'approve' || action === 'spam') this.classifiers.forget(row.siteId);
    await this.events.afterCommit(row, previous);
    return row;
  }

  /** Approve teaches "ham", spam teaches "spam"; the counts row is locked so concurrent decisions add up. */
  private async teach(tx: Queryable, comment: CommentRow, action: 'approve' | 'spam'): Promise<void> {
    const counts = await this.learning.lockSpamCounts(tx, comment.siteId, emptySpamCounts());
    const next = learnFromDecision(
      counts,
      {
        id: comment.id,
        body: comment.body,
        authorName: comment.authorName,
        authorUrl: comment.authorUrl,
        honeypot: comment.honeypot,
        parentId: comment.parentId,
      },
      action,
    );
    await this.learning.saveSpamCounts(tx, comment.siteId, next);
  }
}

function parseDecision(input: unknown, allowed: string[]) {
  const body = objectBody(input);
  const errors = new FieldErrors();
  errors.unknownFields(body, allowed);
  const action = body.action as DecisionAction;
  if (body.action === undefined) errors.add('action', 'required', `action is one of ${ACTIONS.join(', ')}.`);
  else if (!ACTIONS.includes(action))
    errors.add('action', 'invalid', `action is one of ${ACTIONS.join(', ')}.`);
  let note: string | null = null;
  if (body.note !== undefined && body.note !== null) {
    if (typeof body.note !== 'string') errors.add('note', 'invalid', 'note is text.');
    else if (body.note.length > MAX_NOTE)
      errors.add('note', 'too_long', `note is at most ${MAX_NOTE} characters.`);
    else note = body.note.trim() || null;
  }
  let ids: string[] = [];
  if (allowed.includes('ids')) {
    const valid =
      Array.isArray(body.ids) &&
      body.ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 200);
    if (body.ids === undefined) errors.add('ids', 'required', 'ids is a list of comment ids.');
    else if (!valid) errors.add('ids', 'invalid', 'ids is a list of comment ids.');
    else if ((body.ids as string[]).length > MAX_BULK)
      errors.add('ids', 'too_long', `At most ${MAX_BULK} ids at once.`);
    else ids = [...new Set(body.ids as string[])];
  }
  errors.throwIfAny();
  return { action, note, ids };
}
