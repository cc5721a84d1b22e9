import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { Env, ENV } from '@app/config';
import { Database, DATABASE } from '@app/db';
import { redisOptions } from './connection';
import { REDIS_KEY_PREFIX, resolveKeyPrefix } from './key-prefix';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './queues';

/** The configKey processors use (`@Processor({ name, configKey: WORKER_CONFIG })`). */
export const WORKER_CONFIG = 'worker';

const keyPrefixProvider = {
  provide: REDIS_KEY_PREFIX,
  inject: [ENV, DATABASE],
  useFactory: (env: Env, db: Database) => resolveKeyPrefix(env.QUEUE_PREFIX, db),
};

/** Resolves the deployment's key prefix before BullMQ opens anything. */
@Module({ providers: [keyPrefixProvider], exports: [REDIS_KEY_PREFIX] })
class KeyPrefixModule {}

/** Registers the shared connection and every queue once; processors and producers inject what they use. */
@Module({})
export class QueueModule {
  static register(): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        KeyPrefixModule,
        BullModule.forRootAsync({
          imports: [KeyPrefixModule],
          inject: [ENV, REDIS_KEY_PREFIX],
          useFactory: (env: Env, prefix: string) => ({
            connection: redisOptions(env.REDIS_URL),
            prefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        // Kept for processors that name it; the same settings as the default (see connection.ts).
        BullModule.forRootAsync(WORKER_CONFIG, {
          imports: [KeyPrefixModule],
          inject: [ENV, REDIS_KEY_PREFIX],
          useFactory: (env: Env, prefix: string) => ({ connection: redisOptions(env.REDIS_URL), prefix }),
        }),
        BullModule.registerQueue(
          { name: QUEUES.moderation },
          { name: QUEUES.webhooks },
          { name: QUEUES.mail },
          { name: QUEUES.alerts },
        ),
      ],
      exports: [BullModule, KeyPrefixModule],
    };
  }
}
