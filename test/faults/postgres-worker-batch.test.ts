import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { TcpProxy } from '../support/tcp-proxy';
import { RunningApi, startApi } from '../support/test-app';
import {
  progress,
  query,
  sleep,
  stillQueued,
  submitLoad,
  threadCountMismatches,
  waitForOrExplain,
  WorkerProcess,
} from './fault-kit';

jest.setTimeout(300_000);

const COMMENTS = 1200;

const decided = async (url: string) =>
  Number(
    (await query<{ n: string }>(url, `SELECT count(*) AS n FROM comments WHERE status <> 'queued'`))[0].n,
  );

/**
 * PostgreSQL is cut (a TCP proxy between the worker process and the server) while the batched worker is in the
 * middle of its batches. The batch transactions in flight roll back, their jobs fail and are retried by BullMQ;
 * once the line is back every comment gets exactly one verdict and the thread counters match the rows.
 */
describe('fault: PostgreSQL goes away in the middle of a worker batch', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: TcpProxy;
  let api: RunningApi;
  const worker = new WorkerProcess();

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url; // the api in this process talks to PostgreSQL directly
    api = await startApi();
    proxy = new TcpProxy('127.0.0.1', Number(new URL(db.url).port || 5432));
    await proxy.start();
  });

  afterAll(async () => {
    await worker.stop('SIGKILL');
    await api?.close();
    await proxy?.cut();
    await db?.drop();
  });

  it('every comment reaches one verdict after the cut, with exact thread counts', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const answers = await submitLoad(api.url, siteId, {
      count: COMMENTS,
      concurrency: 32,
      threads: 40,
      label: 'pgbatch',
    });
    const ids = answers.filter((a) => a.status === 202).map((a) => a.id!);
    expect(ids.length).toBe(COMMENTS);

    const proxied = new URL(db.url);
    proxied.port = String(proxy.port);
    worker.start({ DATABASE_URL: proxied.toString(), WORKER_CONCURRENCY: '64', WORKER_BATCH_MAX: '32' });
    // Cut once the worker is well into the backlog: its batches are in flight then.
    await waitForOrExplain(async () => (await decided(db.url)) >= 150, {
      timeoutMs: 120_000,
      intervalMs: 50,
      what: 'the worker to get going',
      onTimeout: async () => worker.output.join('').slice(-2000),
    });
    await proxy.cut();
    const atCut = await decided(db.url);
    progress(`cut with ${atCut} of ${COMMENTS} decided`);
    // While the line is down nothing more is decided (each poll reads the server directly, not through the proxy).
    await sleep(1500);
    const whileCut = await decided(db.url);
    expect(whileCut).toBeLessThanOrEqual(atCut + 64); // only commits already on the wire may land
    expect(whileCut).toBeLessThan(COMMENTS);
    await proxy.restore();
    progress('restored');

    await waitForOrExplain(async () => (await stillQueued(db.url, ids)).length === 0, {
      timeoutMs: 180_000,
      intervalMs: 250,
      what: 'every comment to be decided after the cut',
      onTimeout: async () => `${(await stillQueued(db.url, ids)).length} still queued`,
    });
    expect(await threadCountMismatches(db.url)).toEqual([]);
    const checkedOnce = await query<{ n: string }>(
      db.url,
      `SELECT count(*) AS n FROM comments WHERE id = ANY($1) AND checked_at IS NOT NULL
         AND (SELECT count(*) FROM comment_checks k WHERE k.comment_id = comments.id AND k.position = 0) = 1`,
      [ids],
    );
    expect(Number(checkedOnce[0].n)).toBe(COMMENTS);
  });
});
