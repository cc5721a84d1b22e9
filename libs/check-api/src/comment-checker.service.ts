import { Inject, Injectable } from '@nestjs/common';
import { CheckContextLoader, emailLookupHmac } from '@app/comments';
import { Secrets, SECRETS } from '@app/config';
import { moderate, ModerationOutcome, normaliseSubmittedText } from '@app/moderation';

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
    private readonly contexts: CheckContextLoader,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async check(siteId: string, comment: ForeignComment): Promise<{ outcome: ModerationOutcome }> {
    const body = normaliseSubmittedText(comment.body);
    const context = await this.contexts.loadForeign({
      siteId,
      body,
      authorEmailHmac: comment.authorEmail?.trim()
        ? emailLookupHmac(comment.authorEmail, this.secrets.emailLookupKey)
        : null,
      clientIp: comment.clientIp?.trim() || null,
    });
    const outcome = moderate(
      {
        id: 'drop-in',
        body,
        authorName: normaliseSubmittedText(comment.authorName ?? ''),
        authorUrl: comment.authorUrl ? normaliseSubmittedText(comment.authorUrl) : null,
        honeypot: comment.honeypot || null,
        parentId: null,
      },
      context,
    );
    return { outcome };
  }
}
