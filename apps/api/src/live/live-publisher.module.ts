import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { LivePublisher } from './live-publisher';

/** Imported by every process that changes a comment's status: the api (moderator decisions) and the worker. */
@Module({ imports: [CommentsModule], providers: [LivePublisher], exports: [LivePublisher] })
export class LivePublisherModule {}
