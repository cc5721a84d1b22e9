import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { QUEUES } from '@app/queue';

/**
 * Every metric the service exposes, defined once. Labels are bounded (site ids, verdicts, check names, routes as
 * patterns): never a comment id, an IP or any text.
 */
@Injectable()
export class MetricsService implements OnModuleInit {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route pattern',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly verdicts = new Counter({
    name: 'moderation_verdicts_total',
    help: 'Verdicts reached by the worker, per site',
    labelNames: ['site', 'verdict'] as const,
    registers: [this.registry],
  });

  readonly checksFired = new Counter({
    name: 'moderation_checks_fired_total',
    help: 'Checks that did not pass, per site, check and what they said',
    labelNames: ['site', 'check', 'verdict'] as const,
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'queue_job_failures_total',
    help: 'Job attempts that threw (each is retried until attempts run out)',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  readonly sweeperRequeued = new Counter({
    name: 'sweeper_requeued_total',
    help: 'Queued comments the sweeper found without a live job and enqueued again',
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly checkApiCalls = new Counter({
    name: 'check_api_calls_total',
    help: 'Drop-in check API calls per key id (never the key), API and outcome',
    labelNames: ['key', 'api', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(
    @InjectQueue(QUEUES.moderation) private readonly moderationQueue: Queue,
    @InjectQueue(QUEUES.webhooks) private readonly webhooksQueue: Queue,
  ) {}

  onModuleInit(): void {
    collectDefaultMetrics({ register: this.registry });
    const queues = [this.moderationQueue, this.webhooksQueue];
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state, read from Redis at scrape time',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        for (const queue of queues) {
          const counts = await queue
            .getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized')
            .catch(() => null);
          if (!counts) continue;
          for (const [state, n] of Object.entries(counts)) this.set({ queue: queue.name, state }, n);
        }
      },
    });
    new Gauge({
      name: 'queue_lag_seconds',
      help: 'Age of the oldest waiting job per queue (0 when none wait)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        for (const queue of queues) {
          const [oldest] = await queue.getWaiting(-1, -1).catch(() => []);
          this.set({ queue: queue.name }, oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0);
        }
      },
    });
  }
}
