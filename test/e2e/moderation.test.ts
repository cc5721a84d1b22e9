import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { login, moderatorOf, useTestAdmin } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** The moderation API through real HTTP, the worker on Redis, and PostgreSQL. */
describe('moderation API', () => {
  const api = useTestApp({ withWorker: true, before: async () => useTestAdmin() });
  let siteA: string;
  let siteB: string;
  let admin: Record<string, string>;
  let modA: Record<string, string>;

  beforeAll(async () => {
    siteA = await createSite(api.app, { premoderation: 'all', languages: ['hi', 'en'] });
    siteB = await createSite(api.app, { premoderation: 'all' });
    admin = { authorization: `Bearer ${(await login(api.url)).token}` };
    modA = (await moderatorOf(api.app, api.url, [siteA])).headers;
  });

  const get = (path: string, headers = modA) => http(`${api.url}${path}`, { headers });
  const post = (path: string, json: unknown, headers = modA) =>
    http(`${api.url}${path}`, { method: 'POST', headers, json });
  const publicThread = async (site: string, thread: string) =>
    (await http(`${api.url}/v1/sites/${site}/threads/${thread}/comments`)).body.comments.map(
      (c: { id: string }) => c.id,
    );

  it('lists held comments with their reasons, a masked email and counts', async () => {
    const email = `priya.verma.${Date.now()}@example.org`;
    const held = await submitChecked(api.url, siteA, 'story-1', {
      authorEmail: email,
      body: 'यह खबर सच में चिंताजनक है।',
    });
    expect(held.status).toBe('held');
    const page = await get(`/v1/moderation/comments?siteId=${siteA}&status=held`);
    expect(page.status).toBe(200);
    const item = page.body.items.find((c: { id: string }) => c.id === held.id);
    expect(item).toMatchObject({
      siteId: siteA,
      threadId: 'story-1',
      status: 'held',
      authorEmailMasked: 'p***@example.org',
      decidedBy: 'auto',
      language: 'hi',
    });
    expect(item.checks).toContainEqual(
      expect.objectContaining({
        name: 'premoderation',
        verdict: 'hold',
        reason: expect.stringMatching(/reviews every comment/),
      }),
    );
    expect(item.spamScore).toBeGreaterThanOrEqual(0);
    expect(page.body.counts).toEqual(
      expect.objectContaining({ queued: expect.any(Number), held: expect.any(Number), published: 0 }),
    );
    expect(page.text).not.toContain(email);
  });

  it('gives a moderator of site A a 404 on anything of site B', async () => {
    const other = await submitChecked(api.url, siteB, 'b-1');
    expect((await get(`/v1/moderation/comments?siteId=${siteB}`)).status).toBe(404);
    expect((await get(`/v1/moderation/comments/${other.id}`)).status).toBe(404);
    expect((await post(`/v1/moderation/comments/${other.id}/decision`, { action: 'approve' })).status).toBe(
      404,
    );
    expect((await post(`/v1/moderation/comments/${other.id}/author`, { action: 'ban' })).status).toBe(404);
    expect((await get(`/v1/moderation/audit?siteId=${siteB}`)).status).toBe(404);
    expect((await post('/v1/moderation/decisions', { ids: [other.id], action: 'approve' })).body).toEqual({
      updated: 0,
    });
    const mine = await get('/v1/moderation/comments');
    expect(mine.body.items.every((c: { siteId: string }) => c.siteId === siteA)).toBe(true);
    expect((await get(`/v1/admin/sites/${siteB}`)).status).toBe(403); // the admin API is for admins
    expect((await get(`/v1/moderation/comments/${other.id}`, admin)).status).toBe(200); // an admin sees every site
  });

  it('approves, then unpublishes, and records both in the audit log with the note', async () => {
    const { id } = await submitChecked(api.url, siteA, 'story-2');
    const approved = await post(`/v1/moderation/comments/${id}/decision`, {
      action: 'approve',
      note: 'ठीक है',
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      id,
      status: 'published',
      decidedBy: expect.stringMatching(/^mod/),
    });
    expect(await publicThread(siteA, 'story-2')).toEqual([id]);
    expect((await post(`/v1/moderation/comments/${id}/decision`, { action: 'approve' })).status).toBe(409);

    const rejected = await post(`/v1/moderation/comments/${id}/decision`, { action: 'reject' });
    expect(rejected.body.status).toBe('rejected');
    expect(await publicThread(siteA, 'story-2')).toEqual([]);

    const audit = await get(`/v1/moderation/audit?siteId=${siteA}&commentId=${id}`);
    expect(
      audit.body.items.map((e: { from: string; to: string; action: string }) => [e.action, e.from, e.to]),
    ).toEqual([
      ['reject', 'published', 'rejected'],
      ['approve', 'held', 'published'],
    ]);
    expect(audit.body.items[1]).toMatchObject({
      note: 'ठीक है',
      moderator: { name: expect.any(String) },
      at: expect.any(String),
    });
  });

  it('applies a bulk decision to every comment it may and counts them', async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await submitChecked(api.url, siteA, 'story-3')).id);
    const bulk = await post('/v1/moderation/decisions', {
      ids: [...ids, 'no-such-id'],
      action: 'spam',
      note: 'bulk',
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toEqual({ updated: 3 });
    const spam = await get(`/v1/moderation/comments?siteId=${siteA}&threadId=story-3&status=spam`);
    expect(spam.body.items.map((c: { id: string }) => c.id).sort()).toEqual([...ids].sort());
    expect(spam.body.counts.spam).toBeGreaterThanOrEqual(3);
    const audit = await get(`/v1/moderation/audit?siteId=${siteA}`);
    expect(audit.body.items.filter((e: { note: string }) => e.note === 'bulk')).toHaveLength(3);
  });

  it('names the bad field with a 422', async () => {
    const { id } = await submitChecked(api.url, siteA, 'story-4');
    const bad = await post(`/v1/moderation/comments/${id}/decision`, { action: 'publish', extra: 1 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['action', 'extra']);
    expect((await get(`/v1/moderation/comments?status=nope`)).body.errors[0].field).toBe('status');
    expect((await post('/v1/moderation/decisions', { ids: 'x', action: 'spam' })).status).toBe(422);
  });

  it('answers a repeated or malformed query parameter and a non-object body with a 422 naming the field', async () => {
    for (const [path, field] of [
      ['/v1/moderation/comments?q=a&q=b', 'q'],
      ['/v1/moderation/comments?status=held&status=spam', 'status'],
      ['/v1/moderation/comments?limit=5&limit=6', 'limit'],
      ['/v1/moderation/comments?limit=0', 'limit'],
      ['/v1/moderation/comments?cursor=a&cursor=b', 'cursor'],
      ['/v1/moderation/audit?siteId=a&siteId=b', 'siteId'],
      ['/v1/moderation/audit?limit=201', 'limit'],
    ]) {
      const answer = await get(path);
      expect({
        path,
        status: answer.status,
        fields: answer.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({
        path,
        status: 422,
        fields: [field],
      });
    }
    // Parameters it does not know (a cache-buster) are ignored, as before; empty ones count as absent.
    expect((await get(`/v1/moderation/comments?siteId=${siteA}&_=123&status=&q=`)).status).toBe(200);
    const { id } = await submitChecked(api.url, siteA, 'story-4b');
    const array = await post(`/v1/moderation/comments/${id}/decision`, ['approve']);
    expect(array.status).toBe(422);
    expect(array.body.errors).toEqual([
      { field: 'action', code: 'required', message: 'action is one of approve, reject, spam, hold.' },
    ]);
    const tooMany = await post('/v1/moderation/decisions', {
      action: 'spam',
      ids: Array.from({ length: 201 }, (_, i) => `c${i}`),
    });
    expect(tooMany.body.errors).toEqual([
      { field: 'ids', code: 'too_long', message: 'At most 200 ids at once.' },
    ]);
    const farFuture = await post(`/v1/moderation/comments/${id}/author`, {
      action: 'ban',
      until: '+010000-01-01T00:00:00Z',
    });
    expect(farFuture.status).toBe(422);
    expect(farFuture.body.errors[0].field).toBe('until');
  });

  it('sends a banned author to spam silently, and lets a trusted author skip pre-moderation', async () => {
    const bannedEmail = `spammer.${Date.now()}@example.org`;
    const first = await submitChecked(api.url, siteA, 'story-5', { authorEmail: bannedEmail });
    const ban = await post(`/v1/moderation/comments/${first.id}/author`, { action: 'ban' });
    expect(ban.status).toBe(200);
    expect(ban.body).toMatchObject({ action: 'ban', by: 'email', until: null });
    const next = await submitChecked(api.url, siteA, 'story-5', {
      authorEmail: bannedEmail,
      body: 'फिर से मैं',
    });
    expect(next.status).toBe('not_published');

    const trustedEmail = `regular.${Date.now()}@example.org`;
    const before = await submitChecked(api.url, siteA, 'story-6', { authorEmail: trustedEmail });
    expect(before.status).toBe('held');
    expect((await post(`/v1/moderation/comments/${before.id}/author`, { action: 'trust' })).status).toBe(200);
    const after = await submitChecked(api.url, siteA, 'story-6', {
      authorEmail: trustedEmail,
      body: 'एक और अच्छी बात।',
    });
    expect(after.status).toBe('published');

    expect((await post(`/v1/moderation/comments/${before.id}/author`, { action: 'clear' })).status).toBe(200);
    const cleared = await submitChecked(api.url, siteA, 'story-6', {
      authorEmail: trustedEmail,
      body: 'तीसरी टिप्पणी।',
    });
    expect(cleared.status).toBe('held');
    const bad = await post(`/v1/moderation/comments/${before.id}/author`, {
      action: 'ban',
      until: '2001-01-01T00:00:00Z',
    });
    expect(bad.body.errors[0].field).toBe('until');
  });
});

describe('admin API', () => {
  const api = useTestApp({ before: async () => useTestAdmin() });
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = { authorization: `Bearer ${(await login(api.url)).token}` };
  });

  const call = (method: string, path: string, json?: unknown) =>
    http(`${api.url}${path}`, { method, headers: admin, json });

  it('creates, reads and changes a site, naming every bad field', async () => {
    const created = await call('POST', '/v1/admin/sites', {
      id: 'news-hi',
      name: 'हिंदी समाचार',
      languages: ['hi'],
      allowedOrigins: ['https://news.example'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 'news-hi',
      maxLinks: 2,
      premoderation: 'none',
      spamThresholds: { hold: expect.any(Number) },
    });
    expect((await call('POST', '/v1/admin/sites', { id: 'news-hi', name: 'again' })).status).toBe(409);

    const bad = await call('PATCH', '/v1/admin/sites/news-hi', {
      maxLinks: -1,
      premoderation: 'sometimes',
      allowedOrigins: ['not a url'],
      spamThresholds: { hold: 2 },
      colour: 'red',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['allowedOrigins', 'colour', 'maxLinks', 'premoderation', 'spamThresholds.hold'].sort(),
    );

    const patched = await call('PATCH', '/v1/admin/sites/news-hi', {
      premoderation: 'first-time',
      spamThresholds: { spam: 0.9 },
      floodSeconds: 0,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      premoderation: 'first-time',
      floodSeconds: 0,
      spamThresholds: { spam: 0.9 },
    });
    expect((await call('GET', '/v1/admin/sites/news-hi')).body.premoderation).toBe('first-time');
    expect((await call('GET', '/v1/admin/sites')).body.items.map((s: { id: string }) => s.id)).toContain(
      'news-hi',
    );
    expect((await call('GET', '/v1/admin/sites/nope')).status).toBe(404);
  });

  it('creates moderators scoped to sites and closes a thread', async () => {
    await call('POST', '/v1/admin/sites', { id: 'scoped', name: 'Scoped' });
    const created = await call('POST', '/v1/admin/moderators', {
      email: 'Asha@Example.org',
      password: 'long-enough-pw',
      role: 'moderator',
      sites: ['scoped'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      role: 'moderator',
      sites: ['scoped'],
      emailMasked: 'a***@example.org',
    });
    expect(created.text).not.toContain('asha@example.org');
    expect(
      (
        await call('POST', '/v1/admin/moderators', {
          email: 'asha@example.org',
          password: 'long-enough-pw',
          role: 'moderator',
          sites: [],
        })
      ).status,
    ).toBe(409);
    const bad = await call('POST', '/v1/admin/moderators', {
      email: 'x',
      password: 'short',
      role: 'boss',
      sites: ['nope'],
    });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'email',
      'password',
      'role',
      'sites',
    ]);
    const session = await login(api.url, { email: 'asha@example.org', password: 'long-enough-pw' });
    expect(
      (await http(`${api.url}/v1/admin/sites`, { headers: { authorization: `Bearer ${session.token}` } }))
        .status,
    ).toBe(403);

    expect((await call('PATCH', '/v1/admin/sites/scoped/threads/t-1', { closed: true })).body).toEqual({
      siteId: 'scoped',
      threadId: 't-1',
      closed: true,
    });
    const submitted = await http(`${api.url}/v1/sites/scoped/threads/t-1/comments`, {
      method: 'POST',
      json: { authorName: 'A', authorEmail: 'a@example.org', body: 'hello' },
    });
    expect(submitted.status).toBe(403);
  });
});
