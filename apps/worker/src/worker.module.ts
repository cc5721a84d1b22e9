import { Module } from '@nestjs/common';
import { CommentsModule, DataRightsModule } from '@app/comments';
import { StatusListenersModule } from '@app/live';
import { PlatformModule } from '@app/platform';
import { ModerationProcessor } from './moderation.processor';
import { SweeperScheduler } from './sweeper.scheduler';
import { IpRetentionScheduler } from './ip-retention.scheduler';
import { WebhooksWorkerModule } from './webhooks/webhooks-worker.module';
import { MailWorkerModule } from './mail/mail-worker.module';

@Module({
  imports: [
    PlatformModule,
    CommentsModule,
    DataRightsModule,
    StatusListenersModule,
    WebhooksWorkerModule,
    MailWorkerModule,
  ],
  providers: [ModerationProcessor, SweeperScheduler, IpRetentionScheduler],
})
export class WorkerModule {}
