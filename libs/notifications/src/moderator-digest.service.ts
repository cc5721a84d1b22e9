import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  assertSiteAccess,
  CurrentModerator,
  emailLookupHmac,
  encryptEmail,
  publicUrl,
  SitesService,
} from '@app/comments';
import { Env, ENV, Secrets, SECRETS } from '@app/config';
import { MailService, siteMailLanguage, StagedMail } from '@app/mail';
import { AlertPreference } from './alerts.dto';
import { ModeratorAlertsRepository } from './moderator-alerts.repository';

/** Most digests one tick sends; the rest wait for the next tick. */
const DIGESTS_PER_TICK = 500;

/**
 * The moderators' opt-in digest of what waits for them on a site. A digest goes when its interval
 * (`alertDigestMinutes`) has passed since the last one and something waits; when nothing waits, none goes and the
 * clock is not reset, so the first comment held after a quiet spell is announced at the next tick.
 */
@Injectable()
export class ModeratorDigestService {
  private readonly logger = new Logger(ModeratorDigestService.name);

  constructor(
    private readonly alerts: ModeratorAlertsRepository,
    private readonly mail: MailService,
    private readonly sites: SitesService,
    @Inject(ENV) private readonly env: Env,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  /** The moderator's own choice for a site they see (any other site is a 404, like one that does not exist). */
  async preference(moderator: CurrentModerator, siteId: string): Promise<AlertPreference> {
    assertSiteAccess(moderator, siteId);
    const { alertDigestMinutes } = await this.sites.settings(siteId);
    return { siteId, digest: await this.alerts.isOptedIn(moderator.id, siteId), alertDigestMinutes };
  }

  async setPreference(
    moderator: CurrentModerator,
    siteId: string,
    digest: boolean,
  ): Promise<AlertPreference> {
    assertSiteAccess(moderator, siteId);
    await this.sites.settings(siteId);
    if (digest) await this.alerts.optIn(moderator.id, siteId);
    else await this.alerts.optOut(moderator.id, siteId);
    return this.preference(moderator, siteId);
  }

  /** One tick: stages every due digest with something in it, in one transaction, then enqueues them. */
  async sendDue(): Promise<number> {
    const ids = await this.alerts.transaction(async (tx) => {
      const waiting = (await this.alerts.lockDue(tx, DIGESTS_PER_TICK)).filter(
        (d) => d.held + d.openReports > 0,
      );
      const mails: StagedMail<'moderator-digest'>[] = waiting.map((d) => ({
        siteId: d.siteId,
        recipientEncrypted: encryptEmail(d.moderatorEmail, this.secrets.emailEncryptionKey),
        recipientHmac: emailLookupHmac(d.moderatorEmail, this.secrets.emailLookupKey),
        language: siteMailLanguage(d.languages),
        template: 'moderator-digest',
        params: {
          siteName: d.siteName,
          held: d.held,
          openReports: d.openReports,
          dashboardUrl: `${publicUrl(this.env)}/dashboard`,
        },
      }));
      const staged = await this.mail.stage(tx, mails);
      await this.alerts.markSent(tx, waiting, new Date());
      return staged;
    });
    await this.mail.enqueueMany(ids);
    if (ids.length > 0) this.logger.log({ digests: ids.length }, 'moderator digests queued');
    return ids.length;
  }
}
