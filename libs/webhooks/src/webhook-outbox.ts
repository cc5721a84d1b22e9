import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommentEvents, toPublicComment } from '@app/comments';
import { CommentRow, CommentStatus, NewWebhookDeliveryRow, Queryable } from '@app/db';
import { eventsForTransition } from './events';
import { newDeliveryId } from './signing';
import { WebhookRelay } from './webhook-relay';
import { WebhooksRepository } from './webhooks.repository';

/**
 * Writes one delivery per subscribed endpoint and event inside the transaction that changes a comment's status:
 * it commits or rolls back with the change. After the commit the relay is nudged, so the queue hears at once.
 */
@Injectable()
export class WebhookOutbox implements OnModuleInit {
  constructor(
    private readonly events: CommentEvents,
    private readonly repository: WebhooksRepository,
    private readonly relay: WebhookRelay,
  ) {}

  onModuleInit(): void {
    this.events.onStatusChangedInTransaction((tx, comment, previous) => this.record(tx, comment, previous));
    this.events.onStatusChanged((comment, previous) => {
      if (eventsForTransition(previous, comment.status).length > 0) this.relay.nudge();
    });
  }

  async record(tx: Queryable, comment: CommentRow, previous: CommentStatus): Promise<void> {
    const types = eventsForTransition(previous, comment.status);
    if (types.length === 0) return;
    const endpoints = await this.repository.enabledEndpoints(tx, comment.siteId);
    if (endpoints.length === 0) return;
    const timestamp = new Date().toISOString();
    const rows: NewWebhookDeliveryRow[] = [];
    for (const type of types) {
      // PublicComment only: the payload never carries an email, an IP or moderation detail.
      const body = JSON.stringify({
        type,
        timestamp,
        data: { siteId: comment.siteId, threadId: comment.threadId, comment: toPublicComment(comment) },
      });
      for (const endpoint of endpoints) {
        if (!endpoint.events.includes(type)) continue;
        rows.push({
          id: newDeliveryId(),
          endpointId: endpoint.id,
          siteId: comment.siteId,
          eventType: type,
          commentId: comment.id,
          body,
        });
      }
    }
    await this.repository.insertDeliveries(tx, rows);
  }
}
