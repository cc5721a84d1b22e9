import { DATABASE } from '@app/db';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import {
  Answer,
  progress,
  sleep,
  statusCounts,
  submitLoad,
  threadCountMismatches,
  waitForEveryVerdict,
  waitForOrExplain,
} from './fault-kit';

/**
 * PostgreSQL vanishes under load (a TCP proxy cut, never the shared server) while the worker is mid-flight.
 * Submissions get 503 with Retry-After, never 202; the worker's jobs fail and retry; both recover by themselves.
 */
describe('fault: PostgreSQL goes away under load', () => {
  // The API and the worker reach the file's database only through the proxy the test cuts.
  const api = useTestApp({ withWorker: true, databaseProxy: true, closeTimeoutMs: 120_000 });

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
    const beforeCut = await statusCounts(api.databaseUrl);
    progress(`before the cut: ${JSON.stringify(beforeCut)}`);
    await api.databaseProxy.cut();
    const cutAt = Date.now();
    await sleep(4000);
    const restoreAt = Date.now();
    await api.databaseProxy.restore();
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
    await waitForEveryVerdict(api.databaseUrl, accepted);
    expect(await threadCountMismatches(api.databaseUrl)).toEqual([]);
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
