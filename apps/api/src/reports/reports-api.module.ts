import { Module } from '@nestjs/common';
import { ReportDecisions, ReportsModule } from '@app/comments';
import { MailModule } from '@app/mail';
import { AuthModule } from '../auth/auth.module';
import { ReadersApiModule } from '../readers/readers-api.module';
import { ModerationReportsController, ReportsController } from './reports.controller';
import { ReportOutcomeMailer } from './report-outcome-mailer';

/** Readers' reports, the moderators' list, and the outcome mail to reporters. */
@Module({
  imports: [AuthModule, ReportsModule, MailModule, ReadersApiModule],
  controllers: [ReportsController, ModerationReportsController],
  providers: [ReportOutcomeMailer],
})
export class ReportsApiModule {
  // Decided reports reach the mail here, where both are visible; libs/comments cannot depend on libs/mail.
  constructor(decisions: ReportDecisions, mailer: ReportOutcomeMailer) {
    decisions.listenWith(mailer);
  }
}
