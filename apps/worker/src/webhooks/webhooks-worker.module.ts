import { Module } from '@nestjs/common';
import { WebhooksModule } from '@app/webhooks';
import { WebhookDeliveryProcessor } from './webhook-delivery.processor';
import { WebhookRelayScheduler } from './webhook-relay.scheduler';

/** Webhook delivery and the outbox relay's timer. */
@Module({
  imports: [WebhooksModule],
  providers: [WebhookDeliveryProcessor, WebhookRelayScheduler],
})
export class WebhooksWorkerModule {}
