import { Injectable } from '@nestjs/common';
import { CommentRow, CommentStatus, Queryable } from '@app/db';

export type CommentEventListener = (
  comment: CommentRow,
  previousStatus: CommentStatus,
) => Promise<void> | void;
export type TransactionalCommentListener = (
  tx: Queryable,
  comment: CommentRow,
  previousStatus: CommentStatus,
) => Promise<void>;

/**
 * Who hears about a comment's status change, and when:
 * - `inTransaction` listeners run inside the transaction that changes the status (an outbox row commits or rolls
 *   back with the change itself);
 * - `afterCommit` listeners run once it is committed (the live stream). Their failure never undoes the change.
 */
@Injectable()
export class CommentEvents {
  private readonly transactional: TransactionalCommentListener[] = [];
  private readonly committed: CommentEventListener[] = [];

  onStatusChangedInTransaction(listener: TransactionalCommentListener): void {
    this.transactional.push(listener);
  }

  onStatusChanged(listener: CommentEventListener): void {
    this.committed.push(listener);
  }

  async inTransaction(tx: Queryable, comment: CommentRow, previousStatus: CommentStatus): Promise<void> {
    for (const listener of this.transactional) await listener(tx, comment, previousStatus);
  }

  async afterCommit(comment: CommentRow, previousStatus: CommentStatus): Promise<void> {
    for (const listener of this.committed) {
      try {
        await listener(comment, previousStatus);
      } catch {
        // A live-stream hiccup must not fail the job that already committed; the listener logs its own errors.
      }
    }
  }
}
