import { Module } from '@nestjs/common';
import { SyndicationModule } from '@app/comments';
import { CountScriptController } from './count-script.controller';
import { SyndicationController } from './syndication.controller';

/** Counts, `/count.js` and Atom feeds. */
@Module({
  imports: [SyndicationModule],
  controllers: [SyndicationController, CountScriptController],
})
export class SyndicationApiModule {}
