import { Module } from '@nestjs/common';
import { ReadersModule } from '@app/comments';
import { AuthModule } from '../auth/auth.module';
import { FeaturedController } from './featured.controller';
import { ReaderIds } from './reader-ids';
import { ReadersController } from './readers.controller';

/** Readers' endpoints (reader id, likes) and the moderators' featured mark. */
@Module({
  imports: [AuthModule, ReadersModule],
  controllers: [ReadersController, FeaturedController],
  providers: [ReaderIds],
  exports: [ReaderIds],
})
export class ReadersApiModule {}
