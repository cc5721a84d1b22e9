import { Module, OnModuleInit } from '@nestjs/common';
import { CommentLifecycle, CommentsModule } from '@app/comments';
import { WebhookOutbox, WebhooksModule } from '@app/webhooks';
import { LivePublisher } from './live-publisher';
import { LivePublisherModule } from './live-publisher.module';

/**
 * Who hears that a comment changed status, in one place: the webhook outbox (a delivery row in the same
 * transaction, then a nudge to the relay) and the live stream (after commit). Every process that changes statuses
 * (the api for decisions, the worker for verdicts) imports this module.
 */
@Module({ imports: [CommentsModule, WebhooksModule, LivePublisherModule] })
export class StatusListenersModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: CommentLifecycle,
    private readonly outbox: WebhookOutbox,
    private readonly live: LivePublisher,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen(this.outbox, this.live);
  }
}
