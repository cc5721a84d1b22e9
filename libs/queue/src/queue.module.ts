import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { redisOptions } from './connection';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';

/** The configKey processors use (`@Processor({ name, configKey: WORKER_CONFIG })`). */
export const WORKER_CONFIG = 'worker';

/** Registers the shared connection and every queue once; processors and producers inject what they use. */
@Module({})
export class QueueModule {
  static register(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [ENV],
          useFactory: (env: Env) => ({
            connection: redisOptions(env.REDIS_URL),
            prefix: env.QUEUE_PREFIX,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        // Kept for processors that name it; the same settings as the default (see connection.ts).
        BullModule.forRootAsync(WORKER_CONFIG, {
          inject: [ENV],
          useFactory: (env: Env) => ({ connection: redisOptions(env.REDIS_URL), prefix: env.QUEUE_PREFIX }),
        }),
        BullModule.registerQueue(
          { name: QUEUES.moderation },
          { name: QUEUES.webhooks },
          { name: QUEUES.mail },
        ),
      ],
      exports: [BullModule],
    };
  }
}
