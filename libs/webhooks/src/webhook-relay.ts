import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES, WebhookJob, webhookJobId } from '@app/queue';
import { WebhooksRepository } from './webhooks.repository';

const BATCH = 500;
/** The queue's connection waits for Redis to come back; the relay gives up sooner and leaves the rows to the timer. */
const ENQUEUE_WAIT_MS = 3000;
const MAX_PRIORITY = 2_097_152;
/** A job this late and gone from Redis was lost, not merely slow (a slow queue still holds its job). */
const LOST_JOB_GRACE_MS = 60_000;

/**
 * Moves outbox rows (deliveries not yet enqueued) to the `webhooks` queue, one job per delivery, job id = delivery id,
 * so a relay that runs twice never duplicates a job. Nudged after each commit; also run on a timer (see the worker),
 * which is how rows written while Redis was away reach the queue once it is back.
 */
@Injectable()
export class WebhookRelay {
  private readonly logger = new Logger(WebhookRelay.name);
  private running: Promise<number> | null = null;
  private again = false;

  constructor(
    private readonly repository: WebhooksRepository,
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue<WebhookJob>,
  ) {}

  nudge(): void {
    void this.relay().catch((error: Error) =>
      this.logger.warn({ err: error.message }, 'webhook relay failed; the timer retries'),
    );
  }

  /** One relay at a time per process; a nudge during a run asks for one more run. Returns how many were enqueued. */
  relay(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
    return this.running;
  }

  /**
   * At-least-once even when Redis loses jobs (a restart without persistence): a delivery marked enqueued, overdue by
   * `graceMs`, whose job no longer exists (or ended without the row hearing of it) goes back to the outbox.
   * Answers how many it returned.
   */
  async recoverLost(graceMs = LOST_JOB_GRACE_MS): Promise<number> {
    const overdue = await this.repository.overdueEnqueued(new Date(Date.now() - graceMs), BATCH);
    const lost: string[] = [];
    for (const id of overdue) {
      const job = await this.queue.getJob(webhookJobId(id));
      const state = job ? await job.getState() : 'missing';
      if (state === 'missing' || state === 'completed' || state === 'failed' || state === 'unknown') {
        await job?.remove().catch(() => undefined);
        lost.push(id);
      }
    }
    await this.repository.returnToOutbox(lost);
    if (lost.length > 0) {
      this.logger.warn(
        { deliveries: lost.length },
        'webhook jobs lost by the queue were put back in the outbox',
      );
      await this.relay();
    }
    return lost.length;
  }

  private async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await this.repository.outbox(BATCH);
      if (rows.length === 0) return total;
      const now = Date.now();
      // Priority = place in the endpoint's line, so one site's burst of 1,000 does not queue ahead of another's one.
      const backlog = await this.repository.queuedBacklog([...new Set(rows.map((row) => row.endpointId))]);
      const place = (endpointId: string) => {
        const next = (backlog.get(endpointId) ?? 0) + 1;
        backlog.set(endpointId, next);
        return Math.min(next, MAX_PRIORITY);
      };
      await withTimeout(
        this.queue.addBulk(
          rows.map((row) => ({
            name: 'deliver',
            data: { deliveryId: row.id, endpointId: row.endpointId },
            opts: {
              jobId: webhookJobId(row.id),
              priority: place(row.endpointId),
              // A fresh row goes straight to `wait`; only a manual retry scheduled ahead is delayed.
              delay: row.nextAttemptAt.getTime() - now > 1000 ? row.nextAttemptAt.getTime() - now : 0,
              // The delivery row holds the history; a finished job is removed so a manual retry can reuse the id.
              removeOnComplete: true,
            },
          })),
        ),
        ENQUEUE_WAIT_MS,
      );
      await this.repository.markEnqueued(
        rows.map((row) => row.id),
        new Date(),
      );
      total += rows.length;
      if (rows.length < BATCH) return total;
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the queue did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
