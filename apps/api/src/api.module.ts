import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { PlatformModule } from '@app/platform';
import { HealthController } from './health/health.controller';
import { LiveModule } from './live/live.module';
import { PublicCommentsController } from './public/public-comments.controller';
import { PublicOriginPolicy } from './public/public-origin.policy';

@Module({
  imports: [PlatformModule, CommentsModule, LiveModule],
  controllers: [PublicCommentsController, HealthController],
  providers: [PublicOriginPolicy],
})
export class ApiModule {}
