import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { SECRETS, Secrets } from '@app/config';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookRelay } from './webhook-relay';
import { WEBHOOK_SECRET_KEY, webhookSecretKey } from './webhook-secret-key';
import { WebhooksRepository } from './webhooks.repository';

/** Endpoints, the outbox written with each status change, its relay to the queue, and single delivery attempts. */
@Module({
  imports: [CommentsModule],
  providers: [
    WebhooksRepository,
    WebhookRelay,
    WebhookOutbox,
    WebhookDeliveryService,
    WebhookEndpointsService,
    {
      provide: WEBHOOK_SECRET_KEY,
      inject: [SECRETS],
      useFactory: (secrets: Secrets) => webhookSecretKey(secrets),
    },
  ],
  exports: [WebhooksRepository, WebhookRelay, WebhookOutbox, WebhookDeliveryService, WebhookEndpointsService],
})
export class WebhooksModule {}
