import { Injectable } from '@nestjs/common';
import { StatusChange, StatusChangeListener, toPublicComment } from '@app/comments';
import { NewWebhookDeliveryRow, Queryable } from '@app/db';
import { eventsForTransition } from './events';
import { newDeliveryId } from './signing';
import { WebhookRelay } from './webhook-relay';
import { WebhooksRepository } from './webhooks.repository';

/**
 * Writes one delivery per subscribed endpoint and event inside the transaction that changes a comment's status:
 * it commits or rolls back with the change. After the commit the relay is nudged, so the queue hears at once.
 */
@Injectable()
export class WebhookOutbox implements StatusChangeListener {
  /**
   * The changes whose transaction wrote at least one delivery: only their commit has anything for the relay (most
   * sites have no endpoint, and the worker commits a batch every few ms). Weak, so a rolled-back change is forgotten.
   */
  private readonly wroteDeliveries = new WeakSet<StatusChange>();

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly relay: WebhookRelay,
  ) {}

  afterCommit(changes: readonly StatusChange[]): void {
    if (changes.some((change) => this.wroteDeliveries.has(change))) this.relay.nudge();
  }

  /** One endpoint look-up and one insert for the whole batch. */
  async inTransaction(tx: Queryable, changes: readonly StatusChange[]): Promise<void> {
    const newsworthy = changes.filter(
      ({ comment, previous }) => eventsForTransition(previous, comment.status).length > 0,
    );
    if (newsworthy.length === 0) return;
    const siteIds = [...new Set(newsworthy.map(({ comment }) => comment.siteId))];
    const endpointsOf = await this.repository.enabledEndpointsOf(tx, siteIds);
    const timestamp = new Date().toISOString();
    const rows: NewWebhookDeliveryRow[] = [];
    for (const { comment, previous } of newsworthy) {
      const endpoints = endpointsOf.get(comment.siteId) ?? [];
      // Most sites have no endpoint: no payload to build.
      if (endpoints.length === 0) continue;
      for (const type of eventsForTransition(previous, comment.status)) {
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
    }
    if (rows.length === 0) return;
    await this.repository.insertDeliveries(tx, rows);
    // The lifecycle hands afterCommit these same change objects once the transaction commits.
    for (const change of newsworthy) this.wroteDeliveries.add(change);
  }
}
