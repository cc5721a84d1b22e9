import { Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule, Env, ENV, loggingParams } from '@app/config';
import { DbModule } from '@app/db';
import { QueueModule } from '@app/queue';

/** What every process needs, whatever its role: validated config, structured logs, the store and the queues. */
@Global()
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [ENV], useFactory: (env: Env) => loggingParams(env) }),
    DbModule,
    QueueModule.register(),
  ],
  exports: [ConfigModule, DbModule, QueueModule],
})
export class PlatformModule {}
