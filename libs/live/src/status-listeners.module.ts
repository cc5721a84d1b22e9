import { Module, OnModuleInit } from '@nestjs/common';
import { CommentLifecycle, CommentsModule, SpamEvidenceService } from '@app/comments';
import { NotificationsModule, PublishedCommentMail } from '@app/notifications';
import { WebhookOutbox, WebhooksModule } from '@app/webhooks';
import { LivePublisher } from './live-publisher';
import { LivePublisherModule } from './live-publisher.module';

/**
 * Who hears that a comment changed status, in one place: the webhook outbox (a delivery row in the same
 * transaction, then a nudge to the relay), the live stream (after commit) and readers' mail (subscriptions, reply and
 * thread mail: rows in the transaction, jobs after commit). Every process that changes statuses
 * (the api for decisions, the worker for verdicts) imports this module.
 */
@Module({ imports: [CommentsModule, WebhooksModule, LivePublisherModule, NotificationsModule] })
export class StatusListenersModule implements OnModuleInit {
  constructor(
    private readonly lifecycle: CommentLifecycle,
    private readonly outbox: WebhookOutbox,
    private readonly live: LivePublisher,
    private readonly spamEvidence: SpamEvidenceService,
    private readonly readerMail: PublishedCommentMail,
  ) {}

  onModuleInit(): void {
    // Spam evidence: each checked comment's links, and moderators' decisions on domains (issue 13).
    this.lifecycle.listen(this.outbox, this.live, this.spamEvidence, this.readerMail);
  }
}
