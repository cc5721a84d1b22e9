import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { CheckedComment, CommentCheckService, GroupCommit } from '@app/comments';
import { Env, ENV } from '@app/config';
import { MetricsService } from '@app/platform';
import { ModerationJob, QUEUES, WORKER_CONFIG } from '@app/queue';

/**
 * Runs the checks. BullMQ hands this process up to WORKER_CONCURRENCY jobs at once, each with its own lock,
 * stall detection and retries; the jobs waiting here at the same moment are coalesced into one batch (one set of
 * context queries, one transaction). A job's promise settles with its own comment's result, so a failure is
 * retried by BullMQ for that job alone, and a job is acked only after the commit that holds its verdict.
 */
@Processor({ name: QUEUES.moderation, configKey: WORKER_CONFIG })
export class ModerationProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(ModerationProcessor.name);
  private readonly batches: GroupCommit<string, CheckedComment>;

  constructor(
    private readonly checks: CommentCheckService,
    @Inject(ENV) private readonly env: Env,
    private readonly metrics: MetricsService,
  ) {
    super();
    this.batches = new GroupCommit((ids) => this.checks.checkMany(ids), {
      maxBatch: env.WORKER_BATCH_MAX,
      maxInFlight: env.WORKER_COMMITS_IN_FLIGHT,
      gatherSameTurn: true,
    });
  }

  onModuleInit(): void {
    this.worker.concurrency = this.env.WORKER_CONCURRENCY;
  }

  /** The worker's one start-up line. */
  onApplicationBootstrap(): void {
    this.logger.log(
      { concurrency: this.env.WORKER_CONCURRENCY, batch: this.env.WORKER_BATCH_MAX },
      'moderation worker started',
    );
  }

  async process(job: Job<ModerationJob>): Promise<{ verdict: string | null }> {
    const { outcome, siteId } = await this.batches.submit(job.data.commentId);
    if (outcome && siteId) {
      this.metrics.verdicts.inc({ site: siteId, verdict: outcome.verdict });
      for (const check of outcome.checks) {
        if (check.verdict !== 'pass')
          this.metrics.checksFired.inc({ site: siteId, check: check.name, verdict: check.verdict });
      }
    }
    return { verdict: outcome?.verdict ?? null };
  }

  /** A dropped Redis connection is retried by the worker itself; say so once, structured, not on the raw console. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error.message }, 'moderation worker connection error');
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<ModerationJob> | undefined, error: Error): void {
    this.metrics.jobFailures.inc({ queue: QUEUES.moderation });
    this.logger.warn(
      { commentId: job?.data.commentId, attempts: job?.attemptsMade, err: error.message },
      'moderation job failed',
    );
  }
}
