import { Inject, Injectable } from '@nestjs/common';
import { Secrets, SECRETS } from '@app/config';
import { CommentRow, CommentStatus } from '@app/db';
import { NotFoundError } from '../domain-errors';
import { AUTHOR_ACTOR } from '../own-comments/author-actor';
import { canSeeSite, CurrentModerator, visibleSites } from '../moderators/current-moderator';
import { FieldErrors } from '../field-errors';
import { ModeratorsRepository } from '../moderators/moderators.repository';
import { HELD_BY_READERS } from '../reports/report-filing.service';
import { ModComment, toModComment } from './mod-comment';
import { ModerationRepository } from './moderation.repository';
import { AuditQueryDto, QueueQueryDto, STATUSES } from './moderation.dto';
import { decodeCursor, encodeCursor } from './page-cursor';

export interface QueuePage {
  items: ModComment[];
  nextCursor: string | null;
  counts: Record<CommentStatus, number>;
}

/** The moderators' read side: queue pages with counts, single comments, the audit log. */
@Injectable()
export class ModerationReadService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly moderators: ModeratorsRepository,
    @Inject(SECRETS) private readonly secrets: Secrets,
  ) {}

  async queue(moderator: CurrentModerator, query: QueueQueryDto): Promise<QueuePage> {
    const errors = new FieldErrors();
    const limit = query.limit ?? 25;
    const cursor = decodeCursor(query.cursor, errors);
    errors.throwIfAny();
    const filter = {
      siteIds: visibleSites(moderator, query.siteId),
      status: query.status,
      threadId: query.threadId,
      language: query.language,
      category: query.category,
      q: query.q?.trim() || undefined,
    };

    const [rows, counts] = await Promise.all([
      this.repository.page(filter, cursor, limit + 1),
      this.repository.countsByStatus(filter),
    ]);
    const page = rows.slice(0, limit);
    return {
      items: await this.present(page),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
      counts: Object.fromEntries(STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<
        CommentStatus,
        number
      >,
    };
  }

  async one(moderator: CurrentModerator, id: string): Promise<ModComment> {
    const [row] = await this.repository.findMany([id]);
    if (!row || !canSeeSite(moderator, row.siteId)) throw new NotFoundError(`No comment "${id}".`);
    return (await this.present([row]))[0];
  }

  /** Rows to ModComments with their checks, parents and deciders, in three queries whatever the page size. */
  async present(rows: CommentRow[]): Promise<ModComment[]> {
    const ids = rows.map((r) => r.id);
    const parentIds = [...new Set(rows.map((r) => r.parentId).filter((p): p is string => !!p))];
    const deciders = [
      ...new Set(rows.map((r) => r.decidedBy).filter((d): d is string => !!d && d !== 'auto')),
    ];
    const [checks, parents, names] = await Promise.all([
      this.repository.checksOf(ids),
      this.repository.findMany(parentIds),
      this.moderators.namesOf(deciders),
    ]);
    const parentById = new Map(parents.map((p) => [p.id, p]));
    return rows.map((row) =>
      toModComment(row, {
        checks: checks.get(row.id) ?? [],
        parent: row.parentId ? parentById.get(row.parentId) : undefined,
        emailKey: this.secrets.emailEncryptionKey,
        moderatorNames: names,
      }),
    );
  }

  async audit(moderator: CurrentModerator, query: AuditQueryDto) {
    const errors = new FieldErrors();
    const limit = query.limit ?? 50;
    const cursor = decodeCursor(query.cursor, errors);
    errors.throwIfAny();
    const siteIds = visibleSites(moderator, query.siteId);
    const rows = await this.repository.auditPage({ siteIds, commentId: query.commentId }, cursor, limit + 1);
    const page = rows.slice(0, limit);
    const [names, commentRows] = await Promise.all([
      this.moderators.namesOf([...new Set(page.map((r) => r.moderatorId))]),
      this.repository.findMany([...new Set(page.map((r) => r.commentId))]),
    ]);
    // The log names the comment by its author and first words, so a moderator need not look ids up.
    const commentById = new Map(
      commentRows.map((c) => [c.id, { authorName: c.authorName, excerpt: firstWords(c.body) }]),
    );
    return {
      items: page.map((r) => ({
        id: r.id,
        siteId: r.siteId,
        commentId: r.commentId,
        comment: commentById.get(r.commentId) ?? null,
        moderator: { id: r.moderatorId, name: names.get(r.moderatorId) ?? actorName(r.moderatorId) },
        action: r.action,
        from: r.fromStatus,
        to: r.toStatus,
        note: r.note,
        at: r.createdAt.toISOString(),
      })),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }
}

/** Ids that are not moderators: the comment's own author (edits, deletes), readers' reports (a hold), else one who left. */
const actorName = (id: string): string =>
  id === AUTHOR_ACTOR
    ? "the comment's author"
    : id === HELD_BY_READERS
      ? 'पाठकों की रिपोर्ट / Readers’ reports'
      : 'a former moderator';

/** Whitespace-separated words (never \b, which splits Devanagari vowel signs from their letters). */
function firstWords(body: string, count = 12): string {
  const words = body.trim().split(/\s+/u);
  return words.length > count ? `${words.slice(0, count).join(' ')} …` : words.join(' ');
}
