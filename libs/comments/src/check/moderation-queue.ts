import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ModerationJob, moderationJobId, QUEUES } from '@app/queue';

/** Puts a stored comment on the moderation queue. The job id is the comment id, so re-enqueueing never duplicates. */
@Injectable()
export class ModerationQueue {
  private readonly logger = new Logger(ModerationQueue.name);

  constructor(@InjectQueue(QUEUES.moderation) private readonly queue: Queue<ModerationJob>) {}

  async enqueue(commentId: string): Promise<void> {
    await this.queue.add('check', { commentId }, { jobId: moderationJobId(commentId) });
  }

  /** After a commit: Redis being away must not fail a stored submission; the sweeper enqueues it later. */
  async enqueueOrLeaveToSweeper(commentId: string): Promise<boolean> {
    try {
      await this.enqueue(commentId);
      return true;
    } catch (error) {
      this.logger.warn({ commentId, err: (error as Error).message }, 'queue unavailable; the sweeper will enqueue it');
      return false;
    }
  }

  /**
   * Re-enqueues a comment that is still `queued` but has no live job (Redis lost it, or it failed for good).
   * Answers whether it did.
   */
  async requeueIfNoLiveJob(commentId: string): Promise<boolean> {
    const job = await this.queue.getJob(moderationJobId(commentId));
    if (job) {
      const state = await job.getState();
      if (state !== 'failed' && state !== 'completed' && state !== 'unknown') return false;
      await job.remove().catch(() => undefined);
    }
    await this.enqueue(commentId);
    return true;
  }
}
