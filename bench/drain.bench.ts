/**
 * Worker drain: comments/s from `queued` to a stored verdict, with every check, beside the same worker whose checks
 * are a no-op (bench/noop-checks.worker.ts). Then the scaling figure: one worker process against two.
 * The rate is taken from the stored `checked_at` of the batch (first to last), so process start-up is not counted.
 * BENCH_DRAIN_COMMENTS sets the batch size (default 3000). Goal: ≥ 0.7× the no-op worker.
 */
import {
  Child,
  countQueued,
  createBenchSite,
  report,
  sql,
  startApiProcess,
  startWorkerProcess,
  submitMany,
  until,
  runBench,
} from './bench-kit';

const COMMENTS = Number(process.env.BENCH_DRAIN_COMMENTS ?? 3000);

async function drain(
  store: { databaseUrl: string; prefix: string },
  apiUrl: string,
  siteId: string,
  label: string,
  workers: () => Child[],
): Promise<number> {
  // Spread over 100 threads, as on a news site: a publish updates its thread's row, and one hot row would
  // serialise the workers on its lock and measure that instead.
  const ids = await submitMany(apiUrl, siteId, `drain-${label.replace(/\W+/g, '-')}`, COMMENTS, 32, 100);
  const started = workers();
  try {
    await until(
      async () => (await countQueued(store.databaseUrl)) === 0,
      600_000,
      () => `the ${label} worker to drain`,
    );
  } finally {
    for (const worker of started) await worker.stop();
  }
  const [row] = await sql<{ n: string; seconds: number }>(
    store.databaseUrl,
    `SELECT count(*) AS n, extract(epoch FROM max(checked_at) - min(checked_at))::float AS seconds
       FROM comments WHERE id = ANY($1)`,
    [ids],
  );
  const rate = (Number(row.n) - 1) / row.seconds;
  console.log(
    `  ${label.padEnd(28)} ${Number(row.n)} comments in ${row.seconds.toFixed(2)} s: ${rate.toFixed(0)} comments/s`,
  );
  return rate;
}

runBench(async (store, children) => {
  const api = await startApiProcess(store);
  children.push(api.child);
  const siteId = await createBenchSite(api.url);
  console.log(
    `worker drain, ${COMMENTS} comments a batch, WORKER_CONCURRENCY ${process.env.WORKER_CONCURRENCY ?? 16}`,
  );
  const noop = await drain(store, api.url, siteId, 'no-op checks, 1 process', () => [
    startWorkerProcess(store, 'bench/noop-checks.worker.ts'),
  ]);
  const full = await drain(store, api.url, siteId, 'all checks, 1 process', () => [
    startWorkerProcess(store),
  ]);
  const two = await drain(store, api.url, siteId, 'all checks, 2 processes', () => [
    startWorkerProcess(store),
    startWorkerProcess(store),
  ]);
  console.log(
    `  ratio all/no-op: ${(full / noop).toFixed(2)}× (goal ≥ 0.7×); 2 processes / 1: ${(two / full).toFixed(2)}×`,
  );
  report(
    'drain',
    'all checks, 1 worker',
    Math.round(full),
    'comments/s',
    Math.round(noop),
    '≥ 0.7× no-op worker',
  );
  report(
    'scaling',
    'all checks, 2 workers',
    Math.round(two),
    'comments/s',
    Math.round(full),
    'vs 1 worker process',
  );
});
