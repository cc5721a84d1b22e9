import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { AuthorKey } from '@app/db';
import { NotFoundError } from '../domain-errors';
import { canSeeSite, CurrentModerator } from '../moderators/current-moderator';
import { FieldErrors, objectBody } from '../moderators/field-errors';
import { LearningRepository } from './learning.repository';
import { ModerationRepository } from './moderation.repository';

type StandingAction = 'ban' | 'trust' | 'clear';
type By = 'email' | 'ip' | 'both';

/**
 * Bans and trust of a comment's author, by the email's keyed HMAC and/or the IP the comment came from, on that site.
 * A ban sends their next comments to spam silently; trust lets them skip pre-moderation. `until` null: for good.
 */
@Injectable()
export class AuthorStandingService {
  private readonly logger = new Logger('AuthorStanding');

  constructor(
    private readonly learning: LearningRepository,
    private readonly moderation: ModerationRepository,
  ) {}

  /** What the checks need to know of an author right now. */
  async standingOf(
    siteId: string,
    emailHmac: string,
    ip: string | null,
  ): Promise<{ banned: boolean; trusted: boolean }> {
    const rows = await this.learning.activeStandings(siteId, emailHmac, ip, new Date());
    const banned = rows.some((r) => r.standing === 'banned');
    return { banned, trusted: !banned && rows.some((r) => r.standing === 'trusted') };
  }

  async setForComment(moderator: CurrentModerator, commentId: string, input: unknown) {
    const { action, by, until, note } = parse(input);
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
        if (action === 'clear') await this.learning.clearStanding(tx, comment.siteId, keyKind, keyValue);
        else {
          const standing = action === 'ban' ? 'banned' : 'trusted';
          await this.learning.setStanding(tx, {
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

const MAX_UNTIL_MS = 10 * 365 * 24 * 3600 * 1000;

function parse(input: unknown) {
  const body = objectBody(input);
  const errors = new FieldErrors();
  errors.unknownFields(body, ['action', 'by', 'until', 'note']);
  const action = body.action as StandingAction;
  if (!['ban', 'trust', 'clear'].includes(action))
    errors.add(
      'action',
      body.action === undefined ? 'required' : 'invalid',
      'action is ban, trust or clear.',
    );
  // By email unless asked: an IP is often shared (an office, a mobile carrier), so banning it can hit others.
  const by = (body.by ?? 'email') as By;
  if (!['email', 'ip', 'both'].includes(by)) errors.add('by', 'invalid', 'by is email, ip or both.');
  let until: Date | null = null;
  if (body.until !== undefined && body.until !== null) {
    until = typeof body.until === 'string' ? new Date(body.until) : null;
    // Bounded so the time always fits the store; a longer ban is a ban for good (null).
    const latest = Date.now() + MAX_UNTIL_MS;
    if (
      !until ||
      Number.isNaN(until.getTime()) ||
      until.getTime() <= Date.now() ||
      until.getTime() > latest
    ) {
      errors.add('until', 'invalid', 'until is an ISO 8601 time within the next 10 years, or null for good.');
    }
  }
  const note = typeof body.note === 'string' ? body.note.slice(0, 1000).trim() || null : null;
  if (body.note !== undefined && typeof body.note !== 'string')
    errors.add('note', 'invalid', 'note is text.');
  errors.throwIfAny();
  return { action, by, until, note };
}
