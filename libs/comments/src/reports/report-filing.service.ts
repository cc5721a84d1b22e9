import { Inject, Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { SECRETS, Secrets } from '@app/config';
import { emailLookupHmac, encryptEmail } from '../crypto/email-crypto';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../domain-errors';
import { CommentLifecycle } from '../lifecycle/comment-lifecycle.service';
import { ipKeyOf, ReaderIdentity, readerKeyOf } from '../readers/reader-key';
import { SitesService } from '../sites/sites.service';
import { reporterWeight, weightedReaders } from './reporter-weight';
import { ReportDto } from './reports.dto';
import { ReportsRepository } from './reports.repository';

/** The IT Rules 2021 grievance clock: a report is decided within 15 days of its acknowledgement. */
export const DECIDE_WITHIN_MS = 15 * 24 * 3600 * 1000;
/** A reader reads and reports by hand; more than this in an hour is a script or a campaign. */
export const REPORTS_PER_READER_PER_HOUR = 10;
/** One address may be a household or a carrier's NAT, so it gets more room than one reader. */
export const REPORTS_PER_ADDRESS_PER_HOUR = 30;
/** `decided_by` and the audit's moderator id of a hold made by readers' reports. */
export const HELD_BY_READERS = 'readers-reports';
const HOUR_MS = 3600 * 1000;

export interface ReportAcknowledgement {
  id: string;
  acknowledgedAt: string;
  decideBy: string;
}

/** A reader's report: acknowledged at once, and enough distinct readers hold the comment for the moderators. */
@Injectable()
export class ReportFilingService {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly reports: ReportsRepository,
    private readonly lifecycle: CommentLifecycle,
    private readonly sites: SitesService,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async file(
    siteId: string,
    commentId: string,
    input: ReportDto,
    reader: ReaderIdentity,
  ): Promise<ReportAcknowledgement> {
    const settings = await this.sites.settings(siteId);
    const reporterKey = readerKeyOf(reader, this.secrets.sessionKey, 'report-ip');
    const ipKey = ipKeyOf(reader.ip, this.secrets.sessionKey, 'report-ip');
    await this.withinLimits(siteId, reporterKey, ipKey);
    const weight = reporterWeight(await this.reports.record(siteId, reporterKey));

    const id = uuidv7();
    const createdAt = new Date();
    const decideBy = new Date(createdAt.getTime() + DECIDE_WITHIN_MS);
    const held = await this.lifecycle.transaction(async (tx) => {
      if (!(await this.reports.lockPublished(tx, siteId, commentId)))
        throw new NotFoundError('No such published comment.');
      const filed = await this.reports.insert(tx, {
        id,
        siteId,
        commentId,
        reason: input.reason,
        note: input.note ?? null,
        reporterKey,
        ipKey,
        weight,
        emailEncrypted: input.email ? encryptEmail(input.email, this.secrets.emailEncryptionKey) : null,
        emailHmac: input.email ? emailLookupHmac(input.email, this.secrets.emailLookupKey) : null,
        createdAt,
        decideBy,
      });
      if (!filed) throw new ConflictError('You have already reported this comment.');
      const readers = weightedReaders(await this.reports.openReportsOf(tx, commentId));
      // Once moderators kept it against reports, new ones wait in the Reported tab: a campaign cannot undo a decision.
      if (readers < settings.reportsToHold || (await this.reports.keptAgainstReports(tx, commentId)))
        return false;
      const { moved } = await this.lifecycle.transition(tx, [commentId], {
        to: 'held',
        from: ['published'],
        by: HELD_BY_READERS,
        audit: {
          moderatorId: HELD_BY_READERS,
          action: 'hold',
          note: `Held by readers' reports: ${formatWeight(readers)} readers reported it (the site holds at ${settings.reportsToHold}).`,
        },
      });
      return moved.length > 0;
    });
    // Ids and the outcome only: never the note or an address.
    this.logger.log({ reportId: id, siteId, commentId, reason: input.reason, held }, 'report filed');
    return { id, acknowledgedAt: createdAt.toISOString(), decideBy: decideBy.toISOString() };
  }

  private async withinLimits(siteId: string, reporterKey: string, ipKey: string): Promise<void> {
    const since = new Date(Date.now() - HOUR_MS);
    const limits = [
      { by: { reporterKey }, max: REPORTS_PER_READER_PER_HOUR },
      { by: { ipKey }, max: REPORTS_PER_ADDRESS_PER_HOUR },
    ];
    for (const { by, max } of limits) {
      const { n, oldest } = await this.reports.filedSince(siteId, by, since);
      if (n < max) continue;
      const retryAfter = oldest ? (oldest.getTime() + HOUR_MS - Date.now()) / 1000 : 3600;
      throw new TooManyRequestsError('Too many reports; please try again later.', retryAfter);
    }
  }
}

const formatWeight = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
