import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES } from '@app/queue';

/**
 * A queue whose connection drops emits 'error'; without a listener BullMQ prints it raw to the console. Redis being
 * away is expected now and then (the sweeper and the outbox cover it), so it becomes one structured warning.
 */
@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  private readonly logger = new Logger('Queue');

  constructor(
    @InjectQueue(QUEUES.moderation) private readonly moderation: Queue,
    @InjectQueue(QUEUES.webhooks) private readonly webhooks: Queue,
  ) {}

  onModuleInit(): void {
    for (const queue of [this.moderation, this.webhooks]) {
      queue.on('error', (error: Error) =>
        this.logger.warn({ queue: queue.name, err: error.message }, 'queue error'),
      );
    }
  }
}
