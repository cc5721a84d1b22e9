import { Inject, Injectable } from '@nestjs/common';
import { and, eq, gt } from 'drizzle-orm';
import { anyOf, CommentRow, comments, CommentStatus, Database, DATABASE } from '@app/db';

/**
 * The worker's reads for a batch of comments, one statement each whatever the batch size. Each filters by the
 * batch's sites and keys (a superset of the exact pairs) and groups by both, so the caller picks its own pair.
 */
@Injectable()
export class CheckContextRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async queued(ids: readonly string[]): Promise<CommentRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .select()
      .from(comments)
      .where(and(anyOf(comments.id, [...ids]), eq(comments.status, 'queued')));
  }

  async statuses(
    ids: string[],
  ): Promise<{ id: string; siteId: string; threadId: string; status: CommentStatus }[]> {
    if (ids.length === 0) return [];
    return this.db
      .select({
        id: comments.id,
        siteId: comments.siteId,
        threadId: comments.threadId,
        status: comments.status,
      })
      .from(comments)
      .where(anyOf(comments.id, ids));
  }

  /** The threads each (site, text fingerprint) appeared in since `since`. */
  async threadsWithText(siteIds: string[], fingerprints: string[], since: Date) {
    return this.db
      .selectDistinct({
        siteId: comments.siteId,
        fingerprint: comments.bodyFingerprint,
        threadId: comments.threadId,
      })
      .from(comments)
      .where(
        and(
          anyOf(comments.siteId, siteIds),
          anyOf(comments.bodyFingerprint, fingerprints),
          gt(comments.createdAt, since),
        ),
      );
  }
}
