import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { RunningApi, startApi } from '../support/test-app';
import {
  Answer,
  ApiProcess,
  progress,
  query,
  stillQueued,
  submitLoad,
  waitForOrExplain,
  WorkerProcess,
} from './fault-kit';

jest.setTimeout(240_000);

/**
 * The api process is SIGKILLed while group commits are in flight (64 submissions at once keep one running all the
 * time). Every submission answered 202 has its row and reaches a verdict. A row committed whose 202 never left
 * (the process died between COMMIT and the answer) is kept and checked like any other: it is not lost, and the
 * reader, who saw a dropped connection, gets 409 if they send it again.
 */
describe('fault: the api is SIGKILLed in the middle of a group commit', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let setup: RunningApi;
  const api = new ApiProcess();
  const worker = new WorkerProcess();

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    setup = await startApi(); // in-process, only to create the site; the killed api is a process of its own
  });

  afterAll(async () => {
    await api.stop('SIGKILL');
    await worker.stop();
    await setup?.close();
    await db?.drop();
  });

  it('every 202 has its row and a verdict; rows without a 202 are checked too; nothing stays queued', async () => {
    const siteId = await createSite(setup.app, { languages: ['hi', 'en'] });
    await api.start();
    progress('api process up');
    let accepted = 0;
    let killed = false;
    const load = submitLoad(api.url, siteId, {
      concurrency: 64,
      threads: 20,
      label: 'sigkill',
      until: () => killed,
    });
    // Kill once the commits are well under way: a batch is in flight at that moment.
    const killer = (async () => {
      const started = Date.now();
      while (accepted < 300 && Date.now() - started < 60_000) {
        accepted = Number((await query<{ n: string }>(db.url, 'SELECT count(*) AS n FROM comments'))[0].n);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await api.stop('SIGKILL');
      killed = true;
    })();
    const [answers] = (await Promise.all([load, killer])) as [Answer[], void];
    const ok = answers.filter((a) => a.status === 202).map((a) => a.id!);
    const dropped = answers.filter((a) => a.status === 0).length;
    progress(`${ok.length} answered 202, ${dropped} connections dropped by the kill`);
    expect(ok.length).toBeGreaterThan(100);
    expect(dropped).toBeGreaterThan(0); // the kill did land in the middle of requests
    expect(answers.every((a) => a.status === 202 || a.status === 0)).toBe(true);

    const stored = await query<{ id: string }>(db.url, 'SELECT id FROM comments WHERE id = ANY($1)', [ok]);
    expect(stored.length).toBe(ok.length);

    worker.start();
    await waitForOrExplain(
      async () =>
        Number(
          (
            await query<{ n: string }>(db.url, `SELECT count(*) AS n FROM comments WHERE status = 'queued'`)
          )[0].n,
        ) === 0,
      {
        timeoutMs: 180_000,
        intervalMs: 250,
        what: 'every stored comment to reach a verdict',
        onTimeout: async () => `${(await stillQueued(db.url, ok)).length} accepted still queued`,
      },
    );
    const all = Number((await query<{ n: string }>(db.url, 'SELECT count(*) AS n FROM comments'))[0].n);
    progress(`${all - ok.length} rows were committed without their 202 reaching the client; all checked`);
    expect(all).toBeGreaterThanOrEqual(ok.length);
  });
});
