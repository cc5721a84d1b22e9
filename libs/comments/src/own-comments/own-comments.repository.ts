import { Injectable } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { CommentRow, comments, Queryable } from '@app/db';

/** The author's own changes to a comment's text; its status is the lifecycle's alone. */
@Injectable()
export class OwnCommentsRepository {
  async lock(tx: Queryable, id: string): Promise<CommentRow | undefined> {
    const [row] = await tx.select().from(comments).where(eq(comments.id, id)).for('update');
    return row;
  }

  async replaceBody(
    tx: Queryable,
    id: string,
    change: { body: string; bodyFingerprint: string; editedAt: Date },
  ): Promise<void> {
    await tx.update(comments).set(change).where(eq(comments.id, id));
  }
}
