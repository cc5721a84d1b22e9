import { Injectable, Logger } from '@nestjs/common';
import { CommentRow, CommentStatus } from '@app/db';
import { ModerationQueue } from '../check/moderation-queue';
import { CommentsRepository } from '../comments.repository';
import { holdsStatusToken } from '../crypto/tokens';
import { ForbiddenError, NotFoundError } from '../domain-errors';
import { bodyFingerprint } from '../intake/intake.service';
import { MessageLanguage } from '../intake/messages';
import { CommentLifecycle } from '../lifecycle/comment-lifecycle.service';
import { SitesService } from '../sites/sites.service';
import { AUTHOR_ACTOR } from './author-actor';
import { validateEditedBody } from './own-comment-body';
import { OwnCommentsRepository } from './own-comments.repository';

/** Only a comment still on its way, waiting for a moderator or shown may change: spam and rejected stay refused. */
const AUTHOR_MAY_CHANGE: CommentStatus[] = ['queued', 'held', 'published'];

/**
 * Edit and delete by the author, proven by the comment's status token, within the site's `editWindowSeconds`.
 * An edit goes back to `queued` and through every check again; a delete is a `rejected` decided by the author.
 * Both move the status through the lifecycle, so counters, audit, webhooks and the live stream follow.
 */
@Injectable()
export class OwnCommentsService {
  private readonly logger = new Logger('OwnComments');

  constructor(
    private readonly comments: CommentsRepository,
    private readonly repository: OwnCommentsRepository,
    private readonly lifecycle: CommentLifecycle,
    private readonly sites: SitesService,
    private readonly queue: ModerationQueue,
  ) {}

  async edit(
    id: string,
    bearer: string | undefined,
    input: unknown,
    language: MessageLanguage,
  ): Promise<{ id: string; status: 'queued' }> {
    const found = await this.authorised(id, bearer);
    const site = await this.sites.settings(found.siteId);
    this.assertWithinWindow(found, site.editWindowSeconds);
    const body = validateEditedBody(input, site.maxBodyLength, language);
    await this.lifecycle.transaction(async (tx) => {
      const row = await this.repository.lock(tx, id);
      if (!row || !AUTHOR_MAY_CHANGE.includes(row.status))
        throw new ForbiddenError('This comment can no longer be edited.');
      // The previous text goes to the audit, where moderators see what was changed.
      await this.lifecycle.transition(tx, [id], {
        to: 'queued',
        from: AUTHOR_MAY_CHANGE,
        by: AUTHOR_ACTOR,
        audit: { moderatorId: AUTHOR_ACTOR, action: 'author-edit', note: row.body },
      });
      await this.repository.replaceBody(tx, id, {
        body,
        bodyFingerprint: bodyFingerprint(body),
        editedAt: new Date(),
      });
    });
    // Committed: a lost enqueue is the sweeper's (the comment is queued again), so the 202 below holds.
    await this.queue.requeueOrLeaveToSweeper(id);
    this.logger.log({ commentId: id, siteId: found.siteId }, 'edited by its author');
    return { id, status: 'queued' };
  }

  /** Idempotent: deleting a comment that is already gone (or was refused) answers the same. */
  async delete(id: string, bearer: string | undefined): Promise<void> {
    const found = await this.authorised(id, bearer);
    const site = await this.sites.settings(found.siteId);
    this.assertWithinWindow(found, site.editWindowSeconds);
    const { moved } = await this.lifecycle.transaction((tx) =>
      this.lifecycle.transition(tx, [id], {
        to: 'rejected',
        from: AUTHOR_MAY_CHANGE,
        by: AUTHOR_ACTOR,
        audit: { moderatorId: AUTHOR_ACTOR, action: 'author-delete', note: null },
      }),
    );
    if (moved.length > 0) this.logger.log({ commentId: id, siteId: found.siteId }, 'deleted by its author');
  }

  /** A wrong or missing token is the status endpoint's plain 404: nothing tells whether the comment exists. */
  private async authorised(id: string, bearer: string | undefined): Promise<CommentRow> {
    const row = await this.comments.findById(id);
    if (!row || !holdsStatusToken(row, bearer)) throw new NotFoundError('No such comment.');
    return row;
  }

  private assertWithinWindow(row: CommentRow, windowSeconds: number): void {
    if (Date.now() - row.createdAt.getTime() > windowSeconds * 1000)
      throw new ForbiddenError('The time to edit or delete this comment has passed.');
  }
}
