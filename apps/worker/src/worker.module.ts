import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { PlatformModule } from '@app/platform';
import { ModerationProcessor } from './moderation.processor';
import { SweeperScheduler } from './sweeper.scheduler';

@Module({
  imports: [PlatformModule, CommentsModule],
  providers: [ModerationProcessor, SweeperScheduler],
})
export class WorkerModule {}
