import { Module } from '@nestjs/common';
import { LikesService, ReadersModule } from '@app/comments';
import { LivePublisherModule } from '@app/live';
import { LikeBroadcaster } from './like-broadcaster';
import { AuthModule } from '../auth/auth.module';
import { FeaturedController } from './featured.controller';
import { ReaderIds } from './reader-ids';
import { ReadersController } from './readers.controller';

/** Readers' endpoints (reader id, likes) and the moderators' featured mark. */
@Module({
  imports: [AuthModule, ReadersModule, LivePublisherModule],
  controllers: [ReadersController, FeaturedController],
  providers: [ReaderIds, LikeBroadcaster],
  exports: [ReaderIds],
})
export class ReadersApiModule {
  // Like counts reach the live stream through the broadcaster, wired here where both are visible.
  constructor(likes: LikesService, broadcaster: LikeBroadcaster) {
    likes.listenWith(broadcaster);
  }
}
