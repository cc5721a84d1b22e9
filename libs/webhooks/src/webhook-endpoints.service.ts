import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { NotFoundError, SitesService, ValidationFailedError } from '@app/comments';
import { Env, ENV } from '@app/config';
import { WebhookEventType } from '@app/db';
import { QUEUES, WebhookJob, webhookJobId } from '@app/queue';
import { checkTarget, WebhookUrlError } from './address-policy';
import { generateSecret, newEndpointId, sealSecret } from './signing';
import { toDeliveryView, toEndpointView, WebhookDeliveryView, WebhookEndpointView } from './webhook-views';
import { WebhookRelay } from './webhook-relay';
import { WEBHOOK_SECRET_KEY } from './webhook-secret-key';
import { WebhooksRepository } from './webhooks.repository';

/** How long the secret before a rotation still signs, so receivers can switch without dropping a call. */
export const ROTATION_OVERLAP_MS = 24 * 3600 * 1000;
const DELIVERY_PAGE = 100;

/** The admin's side of webhooks: register, list, rotate, enable, read the log, retry by hand. */
@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly repository: WebhooksRepository,
    private readonly sites: SitesService,
    private readonly relay: WebhookRelay,
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue<WebhookJob>,
    @Inject(ENV) private readonly env: Env,
    @Inject(WEBHOOK_SECRET_KEY) private readonly secretKey: Buffer,
  ) {}

  /** `input`'s shape is the api's RegisterWebhookDto; where the address points is checked here. */
  async register(
    siteId: string,
    input: { url: string; events: WebhookEventType[] },
  ): Promise<{ id: string; url: string; events: WebhookEventType[]; secret: string }> {
    await this.sites.settings(siteId); // 404 for an unknown site
    const { url, events } = await this.validate(input);
    const secret = generateSecret();
    const row = await this.repository.insertEndpoint({
      id: newEndpointId(),
      siteId,
      url,
      events,
      secretEncrypted: sealSecret(secret, this.secretKey),
    });
    return { id: row.id, url: row.url, events: row.events, secret };
  }

  async list(siteId: string): Promise<WebhookEndpointView[]> {
    return (await this.repository.listEndpoints(siteId)).map(toEndpointView);
  }

  async remove(siteId: string, id: string): Promise<void> {
    if (!(await this.repository.deleteEndpoint(siteId, id))) throw notFound(id);
  }

  /** A new secret, shown once; the old one keeps signing beside it until the overlap ends. */
  async rotateSecret(
    siteId: string,
    id: string,
  ): Promise<{ id: string; secret: string; previousSecretExpiresAt: string }> {
    const endpoint = await this.endpoint(siteId, id);
    const secret = generateSecret();
    const until = new Date(Date.now() + ROTATION_OVERLAP_MS);
    await this.repository.updateEndpoint(endpoint.id, {
      secretEncrypted: sealSecret(secret, this.secretKey),
      previousSecretEncrypted: endpoint.secretEncrypted,
      previousSecretExpiresAt: until,
    });
    return { id: endpoint.id, secret, previousSecretExpiresAt: until.toISOString() };
  }

  async setEnabled(siteId: string, id: string, enabled: boolean): Promise<WebhookEndpointView> {
    const endpoint = await this.endpoint(siteId, id);
    const updated = await this.repository.updateEndpoint(endpoint.id, {
      enabled,
      ...(enabled
        ? { disabledReason: null, consecutiveFailures: 0, failingSince: null }
        : { disabledReason: 'disabled by an admin' }),
    });
    return toEndpointView(updated!);
  }

  async deliveries(siteId: string, id: string): Promise<WebhookDeliveryView[]> {
    const endpoint = await this.endpoint(siteId, id);
    const rows = await this.repository.listDeliveries(endpoint.id, DELIVERY_PAGE);
    const attempts = await this.repository.attemptsOf(rows.map((row) => row.id));
    return rows.map((row) =>
      toDeliveryView(
        row,
        attempts.filter((a) => a.deliveryId === row.id),
      ),
    );
  }

  /** Sends a delivery again with the same `webhook-id` and a fresh retry schedule; the attempt log is kept. */
  async retry(siteId: string, deliveryId: string, endpointId?: string): Promise<WebhookDeliveryView> {
    const delivery = await this.repository.findDelivery(deliveryId);
    if (!delivery || delivery.siteId !== siteId || (endpointId && delivery.endpointId !== endpointId)) {
      throw new NotFoundError(`No delivery "${deliveryId}".`);
    }
    // A job left from an earlier run would keep the id taken; a delivery still pending is left alone.
    if (delivery.status !== 'pending') await this.queue.remove(webhookJobId(delivery.id)).catch(() => 0);
    const updated = await this.repository.updateDelivery(delivery.id, {
      status: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(),
      enqueuedAt: null,
    });
    if (delivery.status === 'pending') await this.sendWaitingJobNow(delivery.id);
    this.relay.nudge();
    return toDeliveryView(updated!, await this.repository.attemptsOf([delivery.id]));
  }

  /** A retry means now: a job waiting for its next scheduled attempt is promoted to run at once. */
  private async sendWaitingJobNow(deliveryId: string): Promise<void> {
    const job = await this.queue.getJob(webhookJobId(deliveryId)).catch(() => undefined);
    if (job && (await job.isDelayed())) await job.promote().catch(() => undefined);
  }

  private async endpoint(siteId: string, id: string) {
    const endpoint = await this.repository.findEndpoint(id, siteId);
    if (!endpoint) throw notFound(id);
    return endpoint;
  }

  private async validate(input: { url: string; events: WebhookEventType[] }) {
    try {
      await checkTarget(input.url, this.env.WEBHOOK_ALLOW_PRIVATE);
    } catch (error) {
      if (!(error instanceof WebhookUrlError)) throw error;
      throw new ValidationFailedError([{ field: 'url', code: 'invalid_url', message: error.message }]);
    }
    return { url: input.url, events: [...new Set(input.events)] };
  }
}

function notFound(id: string): NotFoundError {
  return new NotFoundError(`No webhook endpoint "${id}".`);
}
