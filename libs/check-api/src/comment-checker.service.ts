import { Inject, Injectable } from '@nestjs/common';
import { Secrets, SECRETS } from '@app/config';
import {
  AuthorStandingService,
  CommentsRepository,
  emailLookupHmac,
  SitesService,
  SpamClassifierSource,
} from '@app/comments';
import {
  CheckContext,
  moderate,
  ModerationOutcome,
  normaliseSubmittedText,
  SiteSettings,
} from '@app/moderation';

/** A comment as another comment system sends it: nothing here is stored. */
export interface ForeignComment {
  body: string;
  authorName?: string;
  authorUrl?: string;
  authorEmail?: string;
  clientIp?: string;
  /** A honeypot field the caller's form had and a human left empty. */
  honeypot?: string;
}

/**
 * The worker's checks for a comment that lives in another system: the site's settings and learned spam model, and
 * the author's history on that site looked up by the keyed HMAC of the email and by IP. Synchronous for the caller,
 * and nothing of the comment is written anywhere.
 */
@Injectable()
export class CommentCheckerService {
  constructor(
    private readonly sites: SitesService,
    private readonly classifiers: SpamClassifierSource,
    private readonly comments: CommentsRepository,
    private readonly standings: AuthorStandingService,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async check(
    siteId: string,
    comment: ForeignComment,
  ): Promise<{ outcome: ModerationOutcome; site: SiteSettings }> {
    const site = await this.sites.settings(siteId);
    const context = await this.contextFor(site, comment);
    const outcome = moderate(
      {
        id: 'drop-in',
        body: normaliseSubmittedText(comment.body),
        authorName: normaliseSubmittedText(comment.authorName ?? ''),
        authorUrl: comment.authorUrl ? normaliseSubmittedText(comment.authorUrl) : null,
        honeypot: comment.honeypot || null,
        parentId: null,
      },
      context,
    );
    return { outcome, site };
  }

  private async contextFor(site: SiteSettings, comment: ForeignComment): Promise<CheckContext> {
    const emailHmac = comment.authorEmail?.trim()
      ? emailLookupHmac(comment.authorEmail, this.secrets.emailLookupKey)
      : null;
    const ip = comment.clientIp?.trim() || null;
    const known = emailHmac !== null || ip !== null;
    // Without an email the HMAC lookup is skipped: a made-up key would only ever find nothing.
    const [counts, standing, spamClassifier] = await Promise.all([
      known ? this.comments.authorCounts(site.id, emailHmac ?? '', ip) : null,
      known ? this.standings.standingOf(site.id, emailHmac ?? '', ip) : null,
      this.classifiers.forSite(site.id),
    ]);
    return {
      site,
      formToken: { state: 'not-applicable' },
      author: {
        approvedCount: counts?.approved ?? 0,
        spamCount: counts?.spam ?? 0,
        ipSpamCount: counts?.ipSpam ?? 0,
        trusted: standing?.trusted ?? false,
        banned: standing?.banned ?? false,
      },
      parentStatus: null,
      sameTextElsewhere: 0,
      spamClassifier,
    };
  }
}
