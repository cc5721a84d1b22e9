import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnModuleInit } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { Env, ENV } from '@app/config';
import { MetricsService } from '@app/platform';
import { QUEUES, WebhookJob, WORKER_CONFIG } from '@app/queue';
import { EndpointFairShare, WebhookDeliveryService } from '@app/webhooks';

/**
 * Delivers one webhook. Retries follow WEBHOOK_RETRY_SCHEDULE_MS, kept in the delivery row, so the job is moved back
 * to `delayed` rather than failed; an error of our own (database, Redis) is thrown and BullMQ retries it.
 */
@Processor({ name: QUEUES.webhooks, configKey: WORKER_CONFIG })
export class WebhookDeliveryProcessor extends WorkerHost implements OnModuleInit {
  private fairShare: EndpointFairShare;
  private readonly logger = new Logger(WebhookDeliveryProcessor.name);

  constructor(
    private readonly deliveries: WebhookDeliveryService,
    @Inject(ENV) private readonly env: Env,
    private readonly metrics: MetricsService,
  ) {
    super();
  }

  onModuleInit(): void {
    this.worker.concurrency = this.env.WEBHOOK_CONCURRENCY;
    this.fairShare = new EndpointFairShare(this.env.WEBHOOK_ENDPOINT_CONCURRENCY);
  }

  /** A dropped Redis connection is retried by the worker itself; say so once, structured, not on the raw console. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error.message }, 'webhook worker connection error');
  }

  async process(job: Job<WebhookJob>, token?: string): Promise<string> {
    const { deliveryId, endpointId } = job.data;
    const parkMs = this.fairShare.enter(endpointId);
    if (parkMs !== null) return this.postpone(job, token, Date.now() + parkMs);
    const started = performance.now();
    let outcome;
    try {
      outcome = await this.deliveries.attempt(deliveryId);
    } finally {
      this.fairShare.leave(endpointId, performance.now() - started);
    }
    this.metrics.webhookDeliveries.inc({ outcome: outcome.kind });
    if (outcome.kind === 'retry' || outcome.kind === 'not-yet')
      return this.postpone(job, token, outcome.at.getTime());
    return outcome.kind;
  }

  private async postpone(job: Job<WebhookJob>, token: string | undefined, at: number): Promise<never> {
    await job.moveToDelayed(at, token);
    throw new DelayedError();
  }
}
