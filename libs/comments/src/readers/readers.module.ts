import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments.module';
import { FeaturedService } from './featured.service';
import { LikesService } from './likes.service';

/** What readers do besides posting: likes, and the moderators' featured mark that `top` puts first. */
@Module({
  imports: [CommentsModule],
  providers: [LikesService, FeaturedService],
  exports: [LikesService, FeaturedService],
})
export class ReadersModule {}
