import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { ThreadEventsController } from './thread-events.controller';
import { ThreadStreams } from './thread-streams';

/** The live comment stream: SSE readers in this process, fed over Redis pub/sub by every process's publisher (libs/live). */
@Module({
  imports: [CommentsModule],
  controllers: [ThreadEventsController],
  providers: [ThreadStreams],
  exports: [ThreadStreams],
})
export class LiveModule {}
