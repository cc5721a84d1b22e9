import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, Env, ENV, loggingParams } from '@app/config';
import { DbModule } from '@app/db';
import { QueueModule } from '@app/queue';
import { MetricsService } from './metrics.service';
import { QueueErrorLogger } from './queue-error-logger';

/** What every process needs, whatever its role: validated config, structured logs, the store and the queues. */
@Global()
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [ENV], useFactory: (env: Env) => loggingParams(env) }),
    DbModule,
    QueueModule.register(),
  ],
  providers: [MetricsService, QueueErrorLogger],
  exports: [ConfigModule, DbModule, QueueModule, MetricsService],
})
export class PlatformModule {}
