import { Inject, Injectable } from '@nestjs/common';
import { and, asc, eq, sql } from 'drizzle-orm';
import { CommentRow, comments, Database, DATABASE } from '@app/db';

export interface ExportCursor {
  threadId: string;
  createdAt: Date;
  id: string;
}

/** A site's comments in thread order, a page at a time, so an export never holds the site in memory. */
@Injectable()
export class ExportRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async page(siteId: string, after: ExportCursor | null, limit: number): Promise<CommentRow[]> {
    const afterCursor = after
      ? sql`(${comments.threadId}, ${comments.createdAt}, ${comments.id}) > (${after.threadId}, ${after.createdAt.toISOString()}::timestamptz, ${after.id})`
      : undefined;
    return this.db
      .select()
      .from(comments)
      .where(afterCursor ? and(eq(comments.siteId, siteId), afterCursor) : eq(comments.siteId, siteId))
      .orderBy(asc(comments.threadId), asc(comments.createdAt), asc(comments.id))
      .limit(limit);
  }
}
