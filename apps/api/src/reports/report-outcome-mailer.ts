import { Inject, Injectable } from '@nestjs/common';
import { decryptEmail, DecidedReports, ReportOutcomeListener, SitesService } from '@app/comments';
import { SECRETS, Secrets } from '@app/config';
import { MailService, siteMailLanguage } from '@app/mail';

/** Tells each reporter who left an address what the moderators decided, in the site's language. */
@Injectable()
export class ReportOutcomeMailer implements ReportOutcomeListener {
  constructor(
    private readonly mail: MailService,
    private readonly sites: SitesService,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async reportsDecided({ reports, comments }: DecidedReports): Promise<void> {
    for (const report of reports) {
      const comment = comments.get(report.commentId);
      if (!report.emailEncrypted || !report.outcome || !report.decidedAt || !comment) continue;
      const site = await this.sites.settings(report.siteId);
      await this.mail.send({
        siteId: report.siteId,
        to: decryptEmail(report.emailEncrypted, this.secrets.emailEncryptionKey),
        language: siteMailLanguage(site.languages),
        template: 'report-outcome',
        params: {
          siteName: site.name,
          outcome: report.outcome,
          reportedAt: report.createdAt.toISOString(),
          decidedAt: report.decidedAt.toISOString(),
          // The public view: the author's name and text, never an address.
          comment: { authorName: comment.authorName, body: comment.body },
        },
      });
    }
  }
}
