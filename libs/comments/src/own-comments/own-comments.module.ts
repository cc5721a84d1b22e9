import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments.module';
import { OwnCommentsRepository } from './own-comments.repository';
import { OwnCommentsService } from './own-comments.service';

/** A reader's edit and delete of their own comment (issue 17). */
@Module({
  imports: [CommentsModule],
  providers: [OwnCommentsRepository, OwnCommentsService],
  exports: [OwnCommentsService],
})
export class OwnCommentsModule {}
