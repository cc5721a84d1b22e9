import { Inject, Injectable, Logger } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { WebhookEndpointRow } from '@app/db';
import { checkTarget, WebhookUrlError } from './address-policy';
import { SendResult, sendWebhook } from './sender';
import { openSecret, signedHeaders } from './signing';
import { WEBHOOK_SECRET_KEY } from './webhook-secret-key';
import { WebhooksRepository } from './webhooks.repository';

export type AttemptOutcome =
  | { kind: 'skipped' }
  | { kind: 'not-yet'; at: Date }
  | { kind: 'delivered' }
  | { kind: 'retry'; at: Date }
  | { kind: 'failed' };

/** One attempt of one delivery: sign, send to the checked address, log the attempt, decide what comes next. */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  readonly retrySchedule: number[];

  constructor(
    private readonly repository: WebhooksRepository,
    @Inject(ENV) private readonly env: Env,
    @Inject(WEBHOOK_SECRET_KEY) private readonly secretKey: Buffer,
  ) {
    this.retrySchedule = env.WEBHOOK_RETRY_SCHEDULE_MS.split(',').map(Number);
  }

  async attempt(deliveryId: string): Promise<AttemptOutcome> {
    const delivery = await this.repository.findDelivery(deliveryId);
    if (!delivery || delivery.status !== 'pending') return { kind: 'skipped' };
    // A job run early (a stalled job picked up again) waits for the time the log promised.
    if (delivery.nextAttemptAt.getTime() > Date.now() + 1000)
      return { kind: 'not-yet', at: delivery.nextAttemptAt };
    const endpoint = await this.repository.findEndpoint(delivery.endpointId);
    if (!endpoint) return { kind: 'skipped' };
    if (!endpoint.enabled) {
      await this.repository.updateDelivery(delivery.id, {
        status: 'failed',
        lastError: `endpoint disabled${endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ''}`,
      });
      return { kind: 'failed' };
    }

    const attemptedAt = new Date();
    const result = await this.send(endpoint, delivery.id, delivery.body);
    await this.repository.recordAttempt({
      deliveryId: delivery.id,
      attemptedAt,
      statusCode: result.statusCode,
      latencyMs: result.latencyMs,
      error: result.error,
    });
    const attempts = delivery.attempts + 1;
    if (result.error === null) {
      await this.repository.updateDelivery(delivery.id, {
        status: 'delivered',
        attempts,
        lastStatusCode: result.statusCode,
        lastError: null,
        deliveredAt: new Date(),
      });
      await this.repository.resetFailures(endpoint.id);
      return { kind: 'delivered' };
    }

    await this.countFailure(endpoint, result);
    const failed = { attempts, lastStatusCode: result.statusCode, lastError: result.error };
    if (attempts > this.retrySchedule.length) {
      await this.repository.updateDelivery(delivery.id, { ...failed, status: 'failed' });
      this.logger.warn({ deliveryId, endpointId: endpoint.id, attempts }, 'webhook delivery failed for good');
      return { kind: 'failed' };
    }
    const at = new Date(Date.now() + this.retrySchedule[attempts - 1]);
    await this.repository.updateDelivery(delivery.id, { ...failed, nextAttemptAt: at });
    return { kind: 'retry', at };
  }

  private async send(endpoint: WebhookEndpointRow, id: string, body: string): Promise<SendResult> {
    let target;
    try {
      // Resolved and checked on every attempt: DNS may have changed since the endpoint was registered.
      target = await checkTarget(endpoint.url, this.env.WEBHOOK_ALLOW_PRIVATE);
    } catch (error) {
      if (!(error instanceof WebhookUrlError)) throw error;
      return { statusCode: null, latencyMs: 0, error: `refused: ${error.message}` };
    }
    const secrets = [openSecret(endpoint.secretEncrypted, this.secretKey)];
    if (
      endpoint.previousSecretEncrypted &&
      endpoint.previousSecretExpiresAt &&
      endpoint.previousSecretExpiresAt > new Date()
    ) {
      secrets.push(openSecret(endpoint.previousSecretEncrypted, this.secretKey));
    }
    return sendWebhook(target, signedHeaders(secrets, id, Math.floor(Date.now() / 1000), body), body);
  }

  /**
   * An endpoint that keeps failing is switched off, with the reason, until an admin enables it: after at least
   * WEBHOOK_DISABLE_AFTER_FAILURES failed attempts in a row spanning WEBHOOK_DISABLE_AFTER_MS. Counting attempts alone
   * would switch off a busy site's receiver after a few seconds' outage, and its later events would never be sent.
   */
  private async countFailure(endpoint: WebhookEndpointRow, result: SendResult): Promise<void> {
    const { failures, failingSince } = await this.repository.countFailure(endpoint.id);
    if (failures < this.env.WEBHOOK_DISABLE_AFTER_FAILURES) return;
    const failingForMs = failingSince ? Date.now() - failingSince.getTime() : 0;
    if (failingForMs < this.env.WEBHOOK_DISABLE_AFTER_MS) return;
    const hours = (failingForMs / 3_600_000).toFixed(1);
    const reason = `disabled after ${failures} failed attempts in a row over ${hours} h; last: ${result.error}`;
    if (await this.repository.disable(endpoint.id, reason)) {
      this.logger.warn({ endpointId: endpoint.id, failures }, 'webhook endpoint disabled');
    }
  }
}
