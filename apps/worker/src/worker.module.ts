import { Module } from '@nestjs/common';
import { CommentsModule, DataRightsModule } from '@app/comments';
import { PlatformModule } from '@app/platform';
import { LivePublisherModule } from '../../api/src/live/live-publisher.module';
import { ModerationProcessor } from './moderation.processor';
import { SweeperScheduler } from './sweeper.scheduler';
import { IpRetentionScheduler } from './ip-retention.scheduler';
import { WebhooksWorkerModule } from './webhooks/webhooks-worker.module';

@Module({
  imports: [PlatformModule, CommentsModule, DataRightsModule, LivePublisherModule, WebhooksWorkerModule],
  providers: [ModerationProcessor, SweeperScheduler, IpRetentionScheduler],
})
export class WorkerModule {}
