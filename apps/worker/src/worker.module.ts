import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { StatusListenersModule } from '@app/live';
import { PlatformModule } from '@app/platform';
import { ModerationProcessor } from './moderation.processor';
import { SweeperScheduler } from './sweeper.scheduler';
import { WebhooksWorkerModule } from './webhooks/webhooks-worker.module';

@Module({
  imports: [PlatformModule, CommentsModule, StatusListenersModule, WebhooksWorkerModule],
  providers: [ModerationProcessor, SweeperScheduler],
})
export class WorkerModule {}
