/**
 * Worker drain: comments/s from `queued` to a stored verdict, with every check, beside the bare worker
 * (bench/bare.worker.ts: SELECT + UPDATE per job, concurrency 50) and the same worker whose checks are a no-op
 * (bench/noop-checks.worker.ts). Then the scaling figures: 1 vs 2 vs 4 worker processes.
 * The rate is taken from the stored `checked_at` of the batch (first to last), so process start-up is not counted.
 * BENCH_DRAIN_COMMENTS sets the batch size (default 3000); BENCH_DRAIN_SCALING=0 leaves out the 2- and 4-process runs
 * (for profiling one worker), BENCH_DRAIN_BASELINES=0 the bare and no-op runs. Goal (issue 14): ≥ 1.0× the bare worker.
 * BENCH_DRAIN_ACCOUNT=1 adds, per drain, the CPU per comment by side and the statements and rows read (drain-account.ts).
 */
import { readFileSync } from 'node:fs';
import {
  Child,
  countQueued,
  report,
  sql,
  startWorkerProcess,
  submitMany,
  runBench,
  startApiWithSite,
  until,
  untilDrained,
} from './bench-kit';
import { ACCOUNT, countingEnv, printAccount, snapshot, statementLog } from './drain-account';
import { printStages, STAGE_LOG, stageTimedWorker, workerNodeOptions } from './stage-timing';

/** A worker's env: `over`, and with BENCH_DRAIN_ACCOUNT=1 its statements counted in a file of its own. */
type WorkerEnv = (index: number, over?: Record<string, string>) => Record<string, string>;

/** The machine's CPU counters (all cores): busy and idle jiffies, from /proc/stat. */
function machineCpu(): { busy: number; idle: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + fields[4];
  return { busy: fields.reduce((a, b) => a + b, 0) - idle, idle };
}

const COMMENTS = Number(process.env.BENCH_DRAIN_COMMENTS ?? 3000);

async function drain(
  store: { databaseUrl: string; prefix: string },
  apiUrl: string,
  siteId: string,
  label: string,
  workers: (env: WorkerEnv) => Child[],
): Promise<number> {
  // Spread over 100 threads, as on a news site: a publish updates its thread's row, and one hot row would
  // serialise the workers on its lock and measure that instead.
  const ids = await submitMany(apiUrl, siteId, `drain-${label.replace(/\W+/g, '-')}`, COMMENTS, 32, 100);
  const files: string[] = [];
  const started = workers((index, over = {}) => {
    if (!ACCOUNT) return over;
    files.push(statementLog(label, index));
    return { ...over, ...countingEnv(files[files.length - 1], over.NODE_OPTIONS) };
  });
  const pids = () => started.flatMap((worker) => (worker.pid ? [worker.pid] : []));
  let cpuBefore = machineCpu();
  let accountBefore: Awaited<ReturnType<typeof snapshot>> | undefined;
  let accountAfter: typeof accountBefore;
  let idleShare = NaN;
  try {
    // From the first verdict on, as the rate is: whether the machine had a core to spare while it drained.
    await until(
      async () => (await countQueued(store.databaseUrl)) < ids.length,
      120_000,
      () => 'the first verdict',
    );
    cpuBefore = machineCpu();
    if (ACCOUNT) accountBefore = await snapshot(store.databaseUrl, pids(), files);
    await untilDrained(store.databaseUrl, 600_000, `the ${label} worker to drain`);
    const cpuAfter = machineCpu();
    // After the workers' next tally (every 500 ms), so the statements of the last batch are in the files.
    if (ACCOUNT) await new Promise((resolve) => setTimeout(resolve, 600));
    if (ACCOUNT) accountAfter = await snapshot(store.databaseUrl, pids(), files);
    idleShare =
      (cpuAfter.idle - cpuBefore.idle) / (cpuAfter.idle + cpuAfter.busy - cpuBefore.idle - cpuBefore.busy);
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
    `  ${label.padEnd(28)} ${Number(row.n)} comments in ${row.seconds.toFixed(2)} s: ${rate.toFixed(0)} comments/s (machine idle ${(100 * idleShare).toFixed(0)}% meanwhile)`,
  );
  if (accountBefore && accountAfter) printAccount(label, Number(row.n), accountBefore, accountAfter);
  return rate;
}

runBench(async (store, children) => {
  const { api, siteId } = await startApiWithSite(store, children);
  console.log(
    `worker drain, ${COMMENTS} comments a batch, WORKER_CONCURRENCY ${process.env.WORKER_CONCURRENCY ?? 256}`,
  );
  // BENCH_DRAIN_BASELINES=0: only the full worker (an A/B of the worker read in its CPU per comment, with a stage log).
  const baselines = process.env.BENCH_DRAIN_BASELINES !== '0';
  const bare = baselines
    ? await drain(store, api.url, siteId, 'bare SELECT+UPDATE, c=50', (env) => [
        startWorkerProcess(store, 'bench/bare.worker.ts', env(0)),
      ])
    : NaN;
  const noop = baselines
    ? await drain(store, api.url, siteId, 'no-op checks, 1 process', (env) => [
        startWorkerProcess(store, 'bench/noop-checks.worker.ts', env(0)),
      ])
    : NaN;
  const full = await drain(store, api.url, siteId, 'all checks, 1 process', (env) => [
    startWorkerProcess(store, stageTimedWorker(), env(0, workerNodeOptions())),
  ]);
  if (STAGE_LOG) printStages(STAGE_LOG);
  console.log(
    `  ratio all/bare: ${(full / bare).toFixed(2)}× (goal ≥ 1.0×); all/no-op: ${(full / noop).toFixed(2)}×`,
  );
  report(
    'drain',
    'all checks, 1 worker',
    Math.round(full),
    'comments/s',
    Math.round(bare),
    '≥ 1.0× bare worker',
  );
  report(
    'drain',
    'no-op checks, 1 worker',
    Math.round(noop),
    'comments/s',
    Math.round(bare),
    'vs bare worker',
  );
  if (process.env.BENCH_DRAIN_SCALING === '0') return;

  const two = await drain(store, api.url, siteId, 'all checks, 2 processes', (env) => [
    startWorkerProcess(store, undefined, env(0)),
    startWorkerProcess(store, undefined, env(1)),
  ]);
  const four = await drain(store, api.url, siteId, 'all checks, 4 processes', (env) =>
    Array.from({ length: 4 }, (_, index) => startWorkerProcess(store, undefined, env(index))),
  );
  console.log(`  2 processes / 1: ${(two / full).toFixed(2)}×; 4 / 1: ${(four / full).toFixed(2)}×`);
  report(
    'scaling',
    'all checks, 2 workers',
    Math.round(two),
    'comments/s',
    Math.round(full),
    'vs 1 worker process',
  );
  report(
    'scaling',
    'all checks, 4 workers',
    Math.round(four),
    'comments/s',
    Math.round(full),
    'vs 1 worker process',
  );
});
