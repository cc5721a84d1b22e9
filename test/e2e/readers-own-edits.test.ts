import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { createSite } from '../support/sites';
import { openSse } from '../support/sse';
import { useTestApp, waitFor } from '../support/test-app';
import { adminClient } from '../support/webhook-helpers';
import { WebhookReceiver } from '../support/webhook-receiver';

const ADMIN = { email: 'own-edits-admin@example.org', password: randomBytes(12).toString('hex') };

/** A reader edits and deletes their own comment with its status token: window, re-check, audit, webhooks, live. */
describe('readers: edit and delete your own comment', () => {
  const receiver = new WebhookReceiver();
  const app = useTestApp({
    withWorker: true,
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      WEBHOOK_RELAY_INTERVAL_MS: '300',
    },
    before: async () => {
      await receiver.start();
    },
    beforeClose: async () => {
      await pool?.end();
      await receiver.stop();
    },
  });
  let admin: Awaited<ReturnType<typeof adminClient>>;
  let pool: Pool;
  let siteId: string;

  const own = (id: string, token: string | null, init: RequestInit & { json?: unknown } = {}) =>
    http(`${app.url}/v1/comments/${id}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) },
    });
  const statusOf = async (id: string, token: string) =>
    (await http(`${app.url}/v1/comments/${id}/status`, { headers: { authorization: `Bearer ${token}` } }))
      .body.status as string;
  const thread = async (threadId: string) =>
    (await http(`${app.url}/v1/sites/${siteId}/threads/${threadId}/comments`)).body;
  const published = async (thread: string, over: Record<string, unknown> = {}) => {
    const comment = await submitChecked(app.url, siteId, thread, over);
    expect(comment.status).toBe('published');
    return comment;
  };

  beforeAll(async () => {
    pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
    admin = await adminClient(app.url, ADMIN.email, ADMIN.password);
    siteId = await createSite(app.app, { languages: ['hi', 'en'] });
    const created = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: `${receiver.url}/hooks`, events: ['comment.published', 'comment.unpublished'] },
    });
    expect(created.status).toBe(201);
    receiver.verifyWith('/hooks', created.body.secret);
  });

  it('edits within the window: checked again, republished with editedAt, the previous text in the audit, live', async () => {
    const before = 'रेल बजट में नई गाड़ियों की घोषणा अच्छी है।';
    const after = 'रेल बजट में नई गाड़ियों की घोषणा अच्छी है, पर किराया भी बढ़ा है।';
    const { id, statusToken } = await published('rail', { body: before });
    const stream = await openSse(`${app.url}/v1/sites/${siteId}/threads/rail/events`);
    try {
      const edited = await own(id, statusToken, { method: 'PATCH', json: { body: `  ${after}  ` } });
      expect(edited.status).toBe(202);
      expect(edited.body).toEqual({ id, status: 'queued' });
      // Out of the thread while it is checked again, then back with the new text.
      const gone = await stream.next((f) => f.event === 'comment.unpublished');
      expect(JSON.parse(gone.data!)).toEqual({ id });
      const back = await stream.next((f) => f.event === 'comment.published');
      expect(JSON.parse(back.data!)).toMatchObject({ id, body: after });
    } finally {
      stream.close();
    }
    expect(await statusOf(id, statusToken)).toBe('published');
    const shown = (await thread('rail')).comments.find((c: { id: string }) => c.id === id);
    expect(shown.body).toBe(after);
    expect(Date.parse(shown.editedAt)).toBeGreaterThan(Date.parse(shown.createdAt));

    const audit = await admin(`/v1/moderation/audit?siteId=${siteId}&commentId=${id}`);
    const edit = audit.body.items.find((e: { action: string }) => e.action === 'author-edit');
    expect(edit).toMatchObject({
      from: 'published',
      to: 'queued',
      note: before,
      moderator: { id: 'author', name: "the comment's author" },
    });
    const hooks = await waitFor(async () => {
      const mine = receiver.calls
        .filter((c) => c.path === '/hooks')
        .map((c) => JSON.parse(c.body) as { type: string; data: { comment: { id: string; body: string } } })
        .filter((e) => e.data.comment.id === id);
      return mine.length >= 3 && mine;
    });
    expect(hooks.map((e) => e.type)).toEqual([
      'comment.published',
      'comment.unpublished',
      'comment.published',
    ]);
    expect(hooks[2].data.comment.body).toBe(after);
  });

  it('holds a published comment whose edit adds links, like a new one', async () => {
    const { id, statusToken } = await published('links', { body: 'मेट्रो का नया रूट सुविधाजनक है।' });
    const withLinks =
      'मेट्रो का नया रूट सुविधाजनक है। मैंने दोनों रूट पर लिखा है: https://meri-diary.example.in/metro और https://shahar-ki-baatein.example.in/rail';
    expect((await own(id, statusToken, { method: 'PATCH', json: { body: withLinks } })).status).toBe(202);
    const status = await waitFor(async () => {
      const now = await statusOf(id, statusToken);
      return now !== 'queued' && now;
    });
    expect(status).toBe('held');
    const mod = await admin(`/v1/moderation/comments?siteId=${siteId}&status=held`);
    const held = mod.body.items.find((c: { id: string }) => c.id === id);
    expect(held.checks.map((c: { name: string }) => c.name)).toContain('links');
    expect((await thread('links')).comments.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('answers 404 for a wrong or missing token, 422 naming body in both languages, 403 after the window', async () => {
    const { id, statusToken } = await published('rules', { body: 'सड़क की मरम्मत जल्दी होनी चाहिए।' });
    expect((await own(id, 'not-the-token', { method: 'PATCH', json: { body: 'x' } })).status).toBe(404);
    expect((await own(id, null, { method: 'PATCH', json: { body: 'x' } })).status).toBe(404);
    expect((await own(id, 'not-the-token', { method: 'DELETE' })).status).toBe(404);
    expect((await own('no-such-comment', statusToken, { method: 'DELETE' })).status).toBe(404);

    const empty = await own(id, statusToken, {
      method: 'PATCH',
      json: { body: '   ' },
      headers: { 'accept-language': 'hi' },
    });
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual([{ field: 'body', code: 'required', message: 'टिप्पणी आवश्यक है।' }]);
    const long = await own(id, statusToken, { method: 'PATCH', json: { body: 'अ'.repeat(10001) } });
    expect(long.body.errors).toEqual([
      { field: 'body', code: 'too_long', message: 'Comment may be at most 10000 characters long.' },
    ]);
    const extra = await own(id, statusToken, {
      method: 'PATCH',
      json: { body: 'ठीक है।', authorName: 'कोई और' },
    });
    expect(extra.status).toBe(422);
    expect(extra.body.errors.map((e: { field: string }) => e.field)).toEqual(['authorName']);
    expect(await statusOf(id, statusToken)).toBe('published');

    // Past the default 15 minutes, neither edit nor delete.
    await pool.query(`UPDATE comments SET created_at = now() - interval '901 seconds' WHERE id = $1`, [id]);
    expect((await own(id, statusToken, { method: 'PATCH', json: { body: 'देर से बदलाव।' } })).status).toBe(403);
    expect((await own(id, statusToken, { method: 'DELETE' })).status).toBe(403);
    expect(await statusOf(id, statusToken)).toBe('published');
  });

  it('deletes: out of the thread and its count, unpublished webhook and live event, shown to moderators as deleted', async () => {
    const { id, statusToken } = await published('delete', { body: 'यह टिप्पणी मैं बाद में हटा दूँगी।' });
    const reply = await published('delete', { body: 'मैं इससे सहमत हूँ।', parentId: id });
    expect((await thread('delete')).count).toBe(2);
    const stream = await openSse(`${app.url}/v1/sites/${siteId}/threads/delete/events`);
    try {
      const deleted = await own(id, statusToken, { method: 'DELETE' });
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe('');
      const gone = await stream.next((f) => f.event === 'comment.unpublished');
      expect(JSON.parse(gone.data!)).toEqual({ id });
    } finally {
      stream.close();
    }
    const after = await thread('delete');
    expect(after.count).toBe(1);
    // The reply stays, still naming its (now absent) parent.
    expect(after.comments.map((c: { id: string; parentId: string }) => [c.id, c.parentId])).toEqual([
      [reply.id, id],
    ]);
    expect(await statusOf(id, statusToken)).toBe('not_published');
    expect((await own(id, statusToken, { method: 'DELETE' })).status).toBe(204); // idempotent
    expect((await own(id, statusToken, { method: 'PATCH', json: { body: 'वापस।' } })).status).toBe(403);

    const mod = await admin(`/v1/moderation/comments?siteId=${siteId}&status=rejected`);
    expect(mod.body.items.find((c: { id: string }) => c.id === id)).toMatchObject({
      status: 'rejected',
      decidedBy: 'author',
      deletedByAuthor: true,
    });
    const approve = await admin(`/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    expect(approve.status).toBe(409);
    const hooks = await waitFor(async () => {
      const types = receiver.calls
        .filter((c) => c.path === '/hooks')
        .map((c) => JSON.parse(c.body) as { type: string; data: { comment: { id: string; body: string } } })
        .filter((e) => e.data.comment.id === id)
        .map((e) => e.type);
      return types.length >= 2 && types;
    });
    expect(hooks).toEqual(['comment.published', 'comment.unpublished']);
  });

  it('edits a held comment back into the checks, where the new text is published', async () => {
    const held = await submitChecked(app.url, siteId, 'held', {
      body: 'इस पुल की दोनों रिपोर्ट पढ़िए, https://meri-diary.example.in/pul और https://shahar-ki-baatein.example.in/pul — दोनों में मरम्मत के ठेके का ज़िक्र है।',
    });
    expect(held.status).toBe('held');
    const edited = await own(held.id, held.statusToken, {
      method: 'PATCH',
      json: { body: 'फ़ोन की क़ीमतें इस साल काफ़ी बढ़ी हैं।' },
    });
    expect(edited.status).toBe(202);
    const status = await waitFor(async () => {
      const now = await statusOf(held.id, held.statusToken);
      return now !== 'queued' && now;
    });
    expect(status).toBe('published');
  });
});
