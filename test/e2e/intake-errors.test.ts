import { CommentsRepository } from '@app/comments';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** Every 4xx and the 503 of the contract, through real HTTP on a real PostgreSQL and Redis. */
describe('intake answers bad input with a clear 4xx', () => {
  // PostgreSQL is reached through a proxy so one test can take it away.
  const api = useTestApp({ databaseProxy: true });
  let siteId: string;
  let thread: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { maxBodyLength: 500 });
    thread = `${api.url}/v1/sites/${siteId}/threads/post-1`;
  });

  const post = (json: unknown, headers: Record<string, string> = {}) =>
    http(`${thread}/comments`, { method: 'POST', json, headers });

  it('422 names each bad field with its code', async () => {
    const response = await post({
      authorName: ' ',
      authorEmail: 'not-mail',
      authorUrl: 'ftp://x.org',
      body: 'x'.repeat(501),
      foo: 1,
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(
      response.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort(),
    ).toEqual(
      [
        'authorEmail:invalid_email',
        'authorName:required',
        'authorUrl:invalid_url',
        'body:too_long',
        'foo:unknown_field',
      ].sort(),
    );
  });

  it('422 in Hindi when the reader prefers Hindi', async () => {
    const response = await post(
      { authorEmail: 'a@b.in', body: 'ठीक है।' },
      { 'accept-language': 'hi-IN,hi;q=0.9' },
    );
    expect(response.body.errors).toEqual([
      { field: 'authorName', code: 'required', message: 'नाम आवश्यक है।' },
    ]);
  });

  it('422 too_long for an email over 100 characters and parent_not_found for an unknown parent', async () => {
    const longEmail = `${'a'.repeat(95)}@example.org`;
    expect((await post(submission({ authorEmail: longEmail }))).body.errors[0]).toMatchObject({
      field: 'authorEmail',
      code: 'too_long',
    });
    const orphan = await post(submission({ parentId: '01900000-0000-7000-8000-000000000000' }));
    expect(orphan.status).toBe(422);
    expect(orphan.body.errors[0]).toMatchObject({ field: 'parentId', code: 'parent_not_found' });
  });

  it('400 for a malformed body, 413 for a huge one, 415 for another content type', async () => {
    const malformed = await http(`${thread}/comments`, {
      method: 'POST',
      body: '{"authorName":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    const proto = await http(`${thread}/comments`, {
      method: 'POST',
      body: '{"__proto__":{"x":1}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(proto.status).toBe(400);
    const huge = await post(submission({ body: 'अ'.repeat(300_000) }));
    expect(huge.status).toBe(413);
    const text = await http(`${thread}/comments`, {
      method: 'POST',
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const xml = await http(`${thread}/comments`, {
      method: 'POST',
      body: '<a/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
  });

  it('403 for a foreign Origin, CORS headers for an allowed one, and none needed without Origin', async () => {
    const foreign = await post(submission(), { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const allowed = await post(submission(), { origin: 'https://news.example' });
    expect(allowed.status).toBe(202);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://news.example');
    const preflight = await http(`${thread}/comments`, {
      method: 'OPTIONS',
      headers: { origin: 'https://news.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('403 on a closed thread and on a closed site', async () => {
    const closedSite = await createSite(api.app, { closed: true });
    const response = await http(`${api.url}/v1/sites/${closedSite}/threads/a/comments`, {
      method: 'POST',
      json: submission(),
    });
    expect(response.status).toBe(403);
  });

  it('404 for an unknown site', async () => {
    const response = await http(`${api.url}/v1/sites/nope/threads/a/comments`, {
      method: 'POST',
      json: submission(),
    });
    expect(response.status).toBe(404);
  });

  it('409 for the same author and text in the thread', async () => {
    const first = submission();
    expect((await post(first)).status).toBe(202);
    const again = await post({ ...first, body: `  ${String(first.body).toUpperCase()}  ` });
    expect(again.status).toBe(409);
  });

  it('429 with Retry-After for the same email within floodSeconds', async () => {
    const floodSite = await createSite(api.app, { floodSeconds: 30 });
    const url = `${api.url}/v1/sites/${floodSite}/threads/t/comments`;
    const author = submission();
    expect((await http(url, { method: 'POST', json: author })).status).toBe(202);
    const second = await http(url, { method: 'POST', json: { ...author, body: 'एक और बात।' } });
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(second.headers.get('retry-after'))).toBeLessThanOrEqual(30);
  });

  it('503 with Retry-After, never 202, while PostgreSQL is unreachable; recovers by itself', async () => {
    await api.databaseProxy.cut();
    try {
      const response = await post(submission());
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeTruthy();
    } finally {
      await api.databaseProxy.restore();
    }
    let recovered = 0;
    for (let i = 0; i < 50 && recovered !== 202; i++) {
      recovered = (await post(submission())).status;
      if (recovered !== 202) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(202);
  });

  it('403 on a thread an operator closed, while other threads stay open', async () => {
    await api.app.get(CommentsRepository).setThreadClosed(siteId, 'closed-thread', true);
    const closed = await http(`${api.url}/v1/sites/${siteId}/threads/closed-thread/comments`, {
      method: 'POST',
      json: submission(),
    });
    expect(closed.status).toBe(403);
    expect(closed.body.detail).toMatch(/closed/);
    expect((await post(submission())).status).toBe(202);
  });
});
