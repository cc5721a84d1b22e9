import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';
import {
  Answer,
  progress,
  RedisServer,
  sleep,
  statusCounts,
  submitLoad,
  threadCountMismatches,
  waitForEveryVerdict,
} from './fault-kit';

/**
 * Redis dies under load and comes back empty (no persistence). Intake keeps answering from PostgreSQL; the jobs
 * Redis lost are found by the sweeper; nothing answered 202 is lost. Uses a redis-server of its own, never the shared one.
 */
describe('fault: Redis restarts under load', () => {
  const redis = new RedisServer();
  const api = useTestApp({
    withWorker: true,
    before: async () => {
      await redis.start();
      process.env.REDIS_URL = redis.url;
    },
    beforeClose: async () => {
      await api.close();
      await redis.kill();
    },
  });

  it('keeps accepting while Redis is away, and every accepted comment still gets its verdict', async () => {
    const siteId = await createSite(api.app);
    let stop = false;
    let answers: Answer[] = [];
    const load = submitLoad(api.url, siteId, {
      concurrency: 8,
      threads: 10,
      until: () => stop,
      label: 'redis',
    }).then((a) => (answers = a));

    await sleep(3000);
    progress(`before the kill: ${JSON.stringify(await statusCounts(api.databaseUrl))}`);
    const downAt = Date.now();
    await redis.kill();
    await sleep(3000);
    const upAt = Date.now();
    await redis.start(); // same port, empty: every job and every lock is gone
    progress(`redis back: ${JSON.stringify(await statusCounts(api.databaseUrl))}`);
    await sleep(4000);
    stop = true;
    await load;

    const accepted = answers.filter((a) => a.status === 202).map((a) => a.id!);
    const refused = answers.filter((a) => a.status !== 202);
    progress(
      `${accepted.length} accepted, ${refused.length} refused: ${JSON.stringify(refused.slice(0, 5))}`,
    );
    // PostgreSQL decides whether a comment is stored; Redis being away is never the client's 5xx.
    expect(refused).toEqual([]);
    const acceptedWhileDown = answers.filter(
      (a) => a.status === 202 && a.startedAt >= downAt && a.endedAt <= upAt,
    );
    expect(acceptedWhileDown.length).toBeGreaterThan(0);

    await waitForEveryVerdict(api.databaseUrl, accepted);
    expect(await threadCountMismatches(api.databaseUrl)).toEqual([]);
    console.log(
      `Redis restart: ${accepted.length} accepted (${acceptedWhileDown.length} while Redis was down), all checked`,
    );
  }, 150_000);
});
