import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuthorKey } from '@app/db';
import { NotFoundError } from '../domain-errors';
import { canSeeSite, CurrentModerator } from '../moderators/current-moderator';
import { FieldErrors } from '../field-errors';
import { StandingRepository } from './standing.repository';
import { AuthorStandingDto } from '../review/moderation.dto';
import { ModerationRepository } from '../review/moderation.repository';

/**
 * Bans and trust of a comment's author, by the email's keyed HMAC and/or the IP the comment came from, on that site.
 * A ban sends their next comments to spam silently; trust lets them skip pre-moderation. `until` null: for good.
 */
@Injectable()
export class AuthorStandingService {
  private readonly logger = new Logger('AuthorStanding');

  constructor(
    private readonly standings: StandingRepository,
    private readonly moderation: ModerationRepository,
  ) {}

  async setForComment(moderator: CurrentModerator, commentId: string, input: AuthorStandingDto) {
    const { action } = input;
    const by = input.by ?? 'email';
    const until = input.until ? new Date(input.until) : null;
    const note = input.note?.slice(0, 1000).trim() || null;
    const [comment] = await this.moderation.findMany([commentId]);
    if (!comment || !canSeeSite(moderator, comment.siteId))
      throw new NotFoundError(`No comment "${commentId}".`);
    const keys: [AuthorKey, string][] = [];
    if (by !== 'ip') keys.push(['email', comment.authorEmailHmac]);
    if (by !== 'email') {
      if (!comment.clientIp) {
        const errors = new FieldErrors();
        errors.add('by', 'invalid', 'This comment has no IP address on record; use "email".');
        errors.throwIfAny();
      }
      keys.push(['ip', comment.clientIp!]);
    }
    await this.moderation.transaction(async (tx) => {
      for (const [keyKind, keyValue] of keys) {
        if (action === 'clear') await this.standings.clearStanding(tx, comment.siteId, keyKind, keyValue);
        else {
          const standing = action === 'ban' ? 'banned' : 'trusted';
          await this.standings.setStanding(tx, {
            siteId: comment.siteId,
            keyKind,
            keyValue,
            standing,
            until,
            createdBy: moderator.id,
          });
        }
      }
      await this.moderation.insertAudit(tx, {
        id: uuidv7(),
        siteId: comment.siteId,
        commentId,
        moderatorId: moderator.id,
        action: `author.${action}`,
        fromStatus: null,
        toStatus: null,
        note: [
          note,
          `by ${by}`,
          until ? `until ${until.toISOString()}` : action === 'clear' ? null : 'for good',
        ]
          .filter(Boolean)
          .join('; '),
      });
    });
    this.logger.log(
      { commentId, siteId: comment.siteId, moderatorId: moderator.id, action, by },
      'author standing changed',
    );
    return { commentId, siteId: comment.siteId, action, by, until: until?.toISOString() ?? null };
  }
}
