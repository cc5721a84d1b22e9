import { INestApplicationContext } from '@nestjs/common';
import { eq, inArray } from 'drizzle-orm';
import { IpRetentionService } from '@app/comments';
import { comments, Database, DATABASE } from '@app/db';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { startWorker, useTestApp, waitFor } from '../support/test-app';

const DAY = 86_400_000;

describe('IP and user-agent retention', () => {
  let worker: INestApplicationContext | undefined;
  const api = useTestApp({ beforeClose: async () => worker?.close() });
  let db: Database;
  let siteId: string;

  beforeAll(async () => {
    db = api.app.get(DATABASE);
    siteId = await createSite(api.app);
  });
  afterAll(() => {
    delete process.env.RETENTION_IP_DAYS;
  });

  /** A real submission (IP and user agent as the API records them), then dated `ageDays` back. */
  async function commentAged(ageDays: number): Promise<string> {
    const response = await http(`${api.url}/v1/sites/${siteId}/threads/retention/comments`, {
      method: 'POST',
      json: submission({ body: `पुरानी टिप्पणी, ${ageDays} दिन पहले की। (${Math.random()})` }),
      headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0' },
    });
    expect(response.status).toBe(202);
    const id = response.body.id as string;
    await db
      .update(comments)
      .set({ createdAt: new Date(Date.now() - ageDays * DAY) })
      .where(eq(comments.id, id));
    return id;
  }

  const personal = async (ids: string[]) =>
    new Map(
      (
        await db
          .select({ id: comments.id, ip: comments.clientIp, ua: comments.userAgent, body: comments.body })
          .from(comments)
          .where(inArray(comments.id, ids))
      ).map((r) => [r.id, r]),
    );

  it('erases IPs and user agents older than RETENTION_IP_DAYS (default 30) and keeps the rest', async () => {
    const old = await commentAged(31);
    const recent = await commentAged(29);
    const before = await personal([old, recent]);
    expect(before.get(old)).toMatchObject({ ip: '127.0.0.1', ua: expect.stringContaining('Firefox') });

    const erased = await api.app.get(IpRetentionService).eraseExpired();
    expect(erased).toBe(1);
    const after = await personal([old, recent]);
    expect(after.get(old)).toMatchObject({ ip: null, ua: null, body: before.get(old)!.body });
    expect(after.get(recent)).toMatchObject({ ip: '127.0.0.1', ua: expect.stringContaining('Firefox') });
    expect(await api.app.get(IpRetentionService).eraseExpired()).toBe(0);
  });

  it('runs as a scheduled worker job with the configured number of days', async () => {
    const tenDaysOld = await commentAged(11);
    const fresh = await commentAged(9);
    process.env.RETENTION_IP_DAYS = '10';
    worker = await startWorker();
    await waitFor(async () => (await personal([tenDaysOld])).get(tenDaysOld)!.ip === null, {
      what: 'the worker’s retention run',
      timeoutMs: 15_000,
    });
    expect((await personal([fresh])).get(fresh)!.ip).toBe('127.0.0.1');
  });
});
