import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { adminHeaders } from '../support/moderators';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Values PostgreSQL cannot store (year 10000), repeated parameters: the client's 4xx naming the field, never 500. */
describe('out-of-range and repeated input', () => {
  const api = useTestApp({ withWorker: true, admin: true });
  let siteId: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    siteId = await createSite(api.app, { id: 'demo', premoderation: 'all' }).catch(() => createSite(api.app));
    admin = await adminHeaders(api.url);
  });

  const badCursors = [
    cursorOf(['10000-01-01', 'a']),
    cursorOf(['-000001-01-01T00:00:00Z', 'a']),
    cursorOf(['+275760-09-13T00:00:00Z', 'a']),
    cursorOf(['2026-01-01T00:00:00Z', 'a\u0000b']),
    cursorOf(['2026-01-01T00:00:00Z', 'x'.repeat(5000)]),
    cursorOf(['2026-01-01T00:00:00Z']),
  ];

  it.each(badCursors.map((c, i) => [i, c]))(
    'cursor %i: 400 on the public thread read, naming cursor',
    async (_i, cursor) => {
      const response = await http(`${api.url}/v1/sites/${siteId}/threads/t/comments?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    },
  );

  it.each(badCursors.map((c, i) => [i, c]))('cursor %i: 4xx on the demo page', async (_i, cursor) => {
    const response = await http(`${api.url}/demo/post-1?cursor=${cursor}`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it.each(badCursors.map((c, i) => [i, c]))(
    'cursor %i: 422 on the moderation queue and the audit',
    async (_i, cursor) => {
      for (const path of [
        `/v1/moderation/comments?cursor=${cursor}`,
        `/v1/moderation/audit?cursor=${cursor}`,
      ]) {
        const response = await http(`${api.url}${path}`, { headers: admin });
        expect(response.status).toBe(422);
        expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
      }
    },
  );

  it('repeated parameters are a 422 naming them, on the queue and the audit', async () => {
    for (const query of ['q=a&q=b', 'status=held&status=spam', 'limit=1&limit=2', 'siteId=a&siteId=b']) {
      const response = await http(`${api.url}/v1/moderation/comments?${query}`, { headers: admin });
      expect(response.status).toBe(422);
      expect(response.body.errors[0].field).toBe(query.split('=')[0]);
    }
    for (const query of ['cursor=a&cursor=b', 'commentId=a&commentId=b']) {
      const response = await http(`${api.url}/v1/moderation/audit?${query}`, { headers: admin });
      expect(response.status).toBe(422);
      expect(response.body.errors[0].field).toBe(query.split('=')[0]);
    }
    const publicRead = await http(`${api.url}/v1/sites/${siteId}/threads/t/comments?cursor=a&cursor=b`);
    expect(publicRead.status).toBe(400);
    const limits = await http(`${api.url}/v1/sites/${siteId}/threads/t/comments?limit=1&limit=2`);
    expect(limits.status).toBeGreaterThanOrEqual(400);
    expect(limits.status).toBeLessThan(500);
  });

  it('a ban until a date PostgreSQL cannot store is a 422 naming until', async () => {
    const held = await submitChecked(api.url, siteId, 'ban', { body: 'यह टिप्पणी रोकी जाएगी।' });
    for (const until of ['10000-01-01', '+275760-09-13T00:00:00Z', '+010000-01-01T00:00:00Z']) {
      const response = await http(`${api.url}/v1/moderation/comments/${held.id}/author`, {
        method: 'POST',
        headers: admin,
        json: { action: 'ban', until },
      });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'until' })]);
    }
    const fine = await http(`${api.url}/v1/moderation/comments/${held.id}/author`, {
      method: 'POST',
      headers: admin,
      json: { action: 'ban', until: new Date(Date.now() + 86400_000).toISOString() },
    });
    expect(fine.status).toBe(200);
  });
});
