import { INestApplicationContext } from '@nestjs/common';
import { eq } from 'drizzle-orm';
import { CommentEvents, CommentsRepository } from '@app/comments';
import { comments, CommentStatus } from '@app/db';
import { http, submission, TestResponse } from './client';
import { formToken as formTokenShownAgo } from './moderation';
import { waitFor } from './test-app';

/** An admin session on a running API (ADMIN_EMAIL/ADMIN_PASSWORD set before it started). */
export async function adminClient(apiUrl: string, email: string, password: string) {
  const login = await http(`${apiUrl}/v1/auth/login`, { method: 'POST', json: { email, password } });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${login.text}`);
  const token: string = login.body.token;
  return <T = any>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<TestResponse<T>> =>
    http<T>(`${apiUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });
}

/** A comment through the real pipeline: a form shown 5 s ago, submitted over HTTP, published by the worker. */
export async function publishThroughPipeline(
  apiUrl: string,
  siteId: string,
  threadId: string,
  over: Record<string, unknown> = {},
): Promise<string> {
  const thread = `${apiUrl}/v1/sites/${siteId}/threads/${threadId}`;
  const formToken = await formTokenShownAgo(apiUrl, siteId, threadId, 5);
  const accepted = await http(`${thread}/comments`, {
    method: 'POST',
    json: submission({ formToken, ...over }),
  });
  if (accepted.status !== 202) throw new Error(`submission refused: ${accepted.status} ${accepted.text}`);
  await waitFor(
    async () => {
      const view = await http(`${apiUrl}/v1/comments/${accepted.body.id}/status`, {
        headers: { authorization: `Bearer ${accepted.body.statusToken}` },
      });
      return view.body.status === 'published';
    },
    { what: 'the comment to be published' },
  );
  return accepted.body.id;
}

/**
 * A moderator-style status change through CommentEvents, as the moderation API does it: the in-transaction
 * listeners run inside, the after-commit ones after. `fail` rolls the transaction back after the listeners ran.
 */
export async function changeStatus(
  app: INestApplicationContext,
  commentId: string,
  status: CommentStatus,
  options: { fail?: boolean } = {},
): Promise<void> {
  const repository = app.get(CommentsRepository);
  const events = app.get(CommentEvents);
  const before = (await repository.findById(commentId))!;
  const changed = await repository.transaction(async (tx) => {
    await tx
      .update(comments)
      .set({
        status,
        publishedAt: status === 'published' ? new Date() : before.publishedAt,
        decidedAt: new Date(),
      })
      .where(eq(comments.id, commentId));
    const row = (await repository.findById(commentId, tx))!;
    await events.inTransaction(tx, row, before.status);
    if (options.fail) throw new Error('rolled back on purpose');
    return row;
  });
  await events.afterCommit(changed, before.status);
}
