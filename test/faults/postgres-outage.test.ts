import { DATABASE } from '@app/db';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { TcpProxy } from '../support/tcp-proxy';
import { RunningApi, startApi } from '../support/test-app';
import {
  Answer,
  progress,
  sleep,
  statusCounts,
  stillQueued,
  submitLoad,
  threadCountMismatches,
  waitForOrExplain,
} from './fault-kit';

/**
 * PostgreSQL vanishes under load (a TCP proxy cut, never the shared server) while the worker is mid-flight.
 * Submissions get 503 with Retry-After, never 202; the worker's jobs fail and retry; both recover by themselves.
 */
describe('fault: PostgreSQL goes away under load', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: TcpProxy;
  let api: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    proxy = new TcpProxy('127.0.0.1', Number(new URL(db.url).port || 5432));
    await proxy.start();
    const proxied = new URL(db.url);
    proxied.port = String(proxy.port);
    process.env.DATABASE_URL = proxied.toString();
    api = await startApi({ withWorker: true });
  });

  afterAll(async () => {
    await api?.close();
    await proxy?.cut();
    await db?.drop();
  }, 120_000);

  it('answers 503 with Retry-After while it is away, then accepts again, and loses nothing', async () => {
    const siteId = await createSite(api.app);
    let stop = false;
    let answers: Answer[] = [];
    const load = submitLoad(api.url, siteId, {
      concurrency: 8,
      threads: 10,
      until: () => stop,
      label: 'pg',
    }).then((a) => (answers = a));

    await sleep(3000);
    const beforeCut = await statusCounts(db.url);
    progress(`before the cut: ${JSON.stringify(beforeCut)}`);
    await proxy.cut();
    const cutAt = Date.now();
    await sleep(4000);
    const restoreAt = Date.now();
    await proxy.restore();
    progress('restored');
    await sleep(5000);
    stop = true;
    await load;

    const during = answers.filter((a) => a.startedAt >= cutAt && a.endedAt <= restoreAt);
    progress(
      `${answers.length} answers, ${during.length} wholly during the outage: ${JSON.stringify([...new Set(during.map((a) => a.status))])}`,
    );
    expect(during.length).toBeGreaterThan(0);
    for (const answer of during) {
      expect(answer.status).toBe(503);
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    // Nothing but 202 or 503 at any time; no 500, no dropped connection.
    expect(answers.filter((a) => a.status !== 202 && a.status !== 503)).toEqual([]);
    // It recovered by itself: submissions made well after the restore are accepted.
    const after = answers.filter((a) => a.startedAt >= restoreAt + 2000);
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((a) => a.status !== 202)).toEqual([]);

    const accepted = answers.filter((a) => a.status === 202).map((a) => a.id!);
    await waitForOrExplain(
      async () => {
        const left = (await stillQueued(db.url, accepted)).length;
        progress(`still queued: ${left}`);
        return left === 0;
      },
      {
        timeoutMs: 90_000,
        intervalMs: 500,
        what: 'every accepted comment to get a verdict',
        onTimeout: async () => `${(await stillQueued(db.url, accepted)).length} still queued`,
      },
    );
    expect(await threadCountMismatches(db.url)).toEqual([]);
    // No connection leaked by the outage: once quiet, every pooled client is idle again (and shutdown can finish).
    const pool = (api.app.get(DATABASE) as unknown as { $client: { totalCount: number; idleCount: number } })
      .$client;
    await waitForOrExplain(async () => pool.idleCount === pool.totalCount, {
      timeoutMs: 15_000,
      intervalMs: 200,
      what: 'every pooled connection to be idle',
      onTimeout: async () => `${pool.totalCount - pool.idleCount} of ${pool.totalCount} still checked out`,
    });
    console.log(
      `PostgreSQL outage: ${accepted.length} accepted, ${during.length} answered 503 during the outage, ` +
        `${beforeCut.queued ?? 0} waiting for the worker at the cut; all checked`,
    );
  }, 150_000);
});
