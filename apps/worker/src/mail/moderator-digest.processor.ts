import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Env, ENV } from '@app/config';
import { ModeratorDigestService } from '@app/notifications';
import { AlertsJob, MODERATOR_DIGEST_SCHEDULER, QUEUES, WORKER_CONFIG } from '@app/queue';

/**
 * The moderators' digest tick: a BullMQ job scheduler (one job per interval however many workers run), each tick
 * sending the digests that are due. A failed tick throws; the next one finds the same digests still due.
 */
@Processor({ name: QUEUES.alerts, configKey: WORKER_CONFIG })
export class ModeratorDigestProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly digests: ModeratorDigestService,
    @InjectQueue(QUEUES.alerts) private readonly queue: Queue<AlertsJob>,
    @Inject(ENV) private readonly env: Env,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // Upserting is idempotent: every worker may do it at start; the interval follows the latest setting.
    await this.queue.upsertJobScheduler(
      MODERATOR_DIGEST_SCHEDULER,
      { every: this.env.ALERT_DIGEST_TICK_MS },
      { name: 'tick', data: {}, opts: { attempts: 1, removeOnComplete: 10, removeOnFail: 100 } },
    );
  }

  async process(): Promise<number> {
    return this.digests.sendDue();
  }
}
