import { Module } from '@nestjs/common';
import { OwnCommentsModule } from '@app/comments';
import { OwnCommentsController } from './own-comments.controller';

@Module({
  imports: [OwnCommentsModule],
  controllers: [OwnCommentsController],
})
export class OwnCommentsApiModule {}
