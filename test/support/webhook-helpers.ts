import { INestApplicationContext } from '@nestjs/common';
import { CommentLifecycle } from '@app/comments';
import { CommentStatus } from '@app/db';
import { http, submission, TestResponse } from './client';
import { formToken as formTokenShownAgo } from './moderation';
import { ADMIN } from './moderators';
import { useTestApp, waitFor } from './test-app';
import { WebhookReceiver } from './webhook-receiver';

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

export type AdminClient = Awaited<ReturnType<typeof adminClient>>;

/**
 * The webhook tests' setup: a verifying receiver started before the app, the app with the worker and the kit admin
 * (`env` for the webhook timings the file needs), and an admin client on it. The receiver stops after the app.
 */
export function useWebhookTestApp(env: Record<string, string> = {}) {
  const receiver = new WebhookReceiver();
  const api = useTestApp({ withWorker: true, admin: true, env, before: () => receiver.start() });
  afterAll(() => receiver.stop());
  let client: AdminClient | undefined;
  beforeAll(async () => {
    client = await adminClient(api.url, ADMIN.email, ADMIN.password);
  });
  const admin = ((path: string, init?: RequestInit & { json?: unknown }) => {
    if (!client) throw new Error('useWebhookTestApp: the admin client is used before beforeAll logged in');
    return client(path, init);
  }) as AdminClient;
  return { api, receiver, admin };
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
 * A status change through the one writer, as the moderation API makes it: counters, in-transaction listeners inside,
 * after-commit ones after. `fail` rolls the transaction back after the listeners ran.
 */
export async function changeStatus(
  app: INestApplicationContext,
  commentId: string,
  status: CommentStatus,
  options: { fail?: boolean } = {},
): Promise<void> {
  const lifecycle = app.get(CommentLifecycle);
  await lifecycle.transaction(async (tx) => {
    await lifecycle.transition(tx, [commentId], { to: status, by: 'test' });
    if (options.fail) throw new Error('rolled back on purpose');
  });
}
