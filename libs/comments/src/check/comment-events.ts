import { Injectable } from '@nestjs/common';
import { CommentRow, CommentStatus } from '@app/db';

export type CommentEventListener = (comment: CommentRow, previousStatus: CommentStatus) => Promise<void> | void;

/**
 * Tells whoever listens (the live stream, webhooks) that a comment's status changed, after the change committed.
 * Listeners register at start; a listener's failure is its own to handle and never undoes the change.
 */
@Injectable()
export class CommentEvents {
  private readonly listeners: CommentEventListener[] = [];

  onStatusChanged(listener: CommentEventListener): void {
    this.listeners.push(listener);
  }

  async statusChanged(comment: CommentRow, previousStatus: CommentStatus): Promise<void> {
    for (const listener of this.listeners) await listener(comment, previousStatus);
  }
}
