import { Inject, Injectable, Logger } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { MetricsService } from '@app/platform';
import { CommentsRepository } from '../comments.repository';
import { ModerationQueue } from './moderation-queue';

/**
 * Nothing answered 202 is lost: any comment still `queued` after a while without a live job is enqueued again.
 * Each worker process sweeps on its own timer; deterministic job ids make concurrent sweeps harmless, and no
 * schedule lives in Redis that a Redis restart could wipe.
 */
@Injectable()
export class SweeperService {
  private readonly logger = new Logger(SweeperService.name);
  private running = false;

  constructor(
    private readonly comments: CommentsRepository,
    private readonly queue: ModerationQueue,
    @Inject(ENV) private readonly env: Env,
    private readonly metrics: MetricsService,
  ) {}

  async sweep(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let count = 0;
    try {
      const before = new Date(Date.now() - this.env.SWEEP_MIN_AGE_MS);
      for (const id of await this.comments.queuedOlderThan(before, 500)) {
        if (await this.queue.requeueIfNoLiveJob(id)) count++;
      }
      if (count > 0) this.logger.warn({ requeued: count }, 'sweeper re-enqueued comments without a live job');
      this.metrics.sweeperRequeued.inc(count);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'sweep failed; will try again');
    } finally {
      this.running = false;
    }
    return count;
  }
}
