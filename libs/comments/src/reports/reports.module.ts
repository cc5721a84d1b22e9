import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments.module';
import { ReportFilingService } from './report-filing.service';
import { ReportsReadService } from './reports-read.service';

/** Readers' reports and the moderators' list of them (issue 17); deciding lives with the decisions in CommentsModule. */
@Module({
  imports: [CommentsModule],
  providers: [ReportFilingService, ReportsReadService],
  exports: [ReportFilingService, ReportsReadService],
})
export class ReportsModule {}
