import { Module } from '@nestjs/common';
import { CommentsModule } from '@app/comments';
import { DemoController } from './demo.controller';
import { DemoPageService } from './demo-page.service';
import { FaviconController } from './favicon.controller';

/** `/demo/post-1`: a Hindi article with the comment section, working with and without JavaScript. */
@Module({
  imports: [CommentsModule],
  controllers: [DemoController, FaviconController],
  providers: [DemoPageService],
})
export class DemoModule {}
