import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments.module';
import { CountsService } from './counts.service';
import { FeedsService } from './feeds.service';
import { SyndicationRepository } from './syndication.repository';

/** What other pages read of a site's comments: counts for article lists, Atom feeds (issue 17). */
@Module({
  imports: [CommentsModule],
  providers: [SyndicationRepository, CountsService, FeedsService],
  exports: [CountsService, FeedsService],
})
export class SyndicationModule {}
