import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ModerationJob, moderationJobId, QUEUES } from '@app/queue';

const ENQUEUE_WAIT_MS = 1000;

/**
 * A checked comment's job is deleted when it completes, not kept in a trimmed history: the verdict lives in the
 * store, and keeping 1,000 completed jobs cost every completion a trim in Redis on the worker's hot path. Nothing
 * is lost by it: the job id only deduplicates adds while the job waits or runs, and a comment still `queued`
 * without a live job is the sweeper's (`requeueIfNoLiveJob` treats a missing job like a finished one).
 */
const jobOptions = (commentId: string) => ({ jobId: moderationJobId(commentId), removeOnComplete: true });

/** Puts a stored comment on the moderation queue. The job id is the comment id, so re-enqueueing never duplicates. */
@Injectable()
export class ModerationQueue {
  private readonly logger = new Logger(ModerationQueue.name);

  constructor(@InjectQueue(QUEUES.moderation) private readonly queue: Queue<ModerationJob>) {}

  async enqueue(commentId: string): Promise<void> {
    await this.queue.add('check', { commentId }, jobOptions(commentId));
  }

  /**
   * After a commit: Redis being away must neither fail nor stall a stored submission. The add waits at most
   * ENQUEUE_WAIT_MS; if Redis returns later the pending add still runs, and the sweeper covers the rest.
   */
  async enqueueOrLeaveToSweeper(commentId: string): Promise<boolean> {
    return this.enqueueManyOrLeaveToSweeper([commentId]);
  }

  /** The same for a committed batch: one addBulk, bounded the same way. */
  async enqueueManyOrLeaveToSweeper(commentIds: readonly string[]): Promise<boolean> {
    if (commentIds.length === 0) return true;
    return this.withinWait(
      this.queue.addBulk(
        commentIds.map((commentId) => ({
          name: 'check',
          data: { commentId },
          opts: jobOptions(commentId),
        })),
      ),
      commentIds.length,
    );
  }

  /**
   * A comment queued again after its first check (an author's edit): its finished job still holds the id, so it is
   * replaced; one still waiting or running reads the new text from the store. Bounded like the others.
   */
  async requeueOrLeaveToSweeper(commentId: string): Promise<boolean> {
    return this.withinWait(this.requeueIfNoLiveJob(commentId), 1);
  }

  private async withinWait(work: Promise<unknown>, commentIds: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        work,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('Redis did not answer in time')), ENQUEUE_WAIT_MS);
        }),
      ]);
      return true;
    } catch (error) {
      this.logger.warn(
        { commentIds, err: (error as Error).message },
        'queue unavailable; the sweeper will enqueue it',
      );
      return false;
    } finally {
      clearTimeout(timer);
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
