import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { PlatformModule } from '@app/platform';
import { LivePublisherModule } from '../../api/src/live/live-publisher.module';
import { ModerationProcessor } from './moderation.processor';
import { SweeperScheduler } from './sweeper.scheduler';

@Module({
  imports: [PlatformModule, CommentsModule, LivePublisherModule],
  providers: [ModerationProcessor, SweeperScheduler],
})
export class WorkerModule {}
