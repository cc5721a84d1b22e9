/**
 * Intake throughput: accepted submissions per second with autocannon, the real API process beside the bare pipeline
 * (bench/baseline.server.ts: Fastify, one INSERT, one BullMQ add) on the same PostgreSQL and Redis, in one run.
 * Goal (issue 14): ≥ 1.0× the baseline. BENCH_SECONDS sets each measurement's length (default 15).
 * BENCH_INTAKE_TIMING=<file> adds each server's event-loop utilisation and the api's group-commit stages
 * (bench/intake-timing.preload.ts).
 */
import autocannon from 'autocannon';
import { comment, report, sql, runBench, startApiWithSite, startBaselineServer } from './bench-kit';
import { cpuBetween, cpuSnapshot, describeCpu } from './machine-cpu';
import { commitStages, INTAKE_TIMING, loopUtilisation } from './intake-timing';
import { logOffset, logStatements, STATEMENT_LOG, summarise } from './statement-log';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

/**
 * Accepted/s, the server process's CPU per accepted submission (a figure a shared machine moves far less), and the
 * whole machine's: the server, PostgreSQL, Redis and the load generator (bench/machine-cpu.ts).
 */
async function acceptedPerSecond(
  url: string,
  siteId: string,
  seconds: number,
  serverPid: number,
  databaseUrl: string,
): Promise<{
  rate: number;
  non2xx: number;
  p50: number;
  p99: number;
  cpuMsPerAccepted: number;
  machine: string;
}> {
  const startedAt = Date.now();
  const before = await cpuSnapshot(databaseUrl, serverPid);
  const logFrom = STATEMENT_LOG ? logOffset(STATEMENT_LOG) : 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: `/v1/sites/${siteId}/threads/intake/comments`,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(comment()) }),
      },
    ],
  });
  const spent = cpuBetween(before, await cpuSnapshot(databaseUrl, serverPid));
  if (STATEMENT_LOG) {
    console.log(`  statements of the run on ${url} (${result['2xx']} accepted):`);
    for (const line of summarise(STATEMENT_LOG, databaseUrl, logFrom, logOffset(STATEMENT_LOG)))
      console.log(`    ${line}`);
  }
  if (INTAKE_TIMING && seconds === SECONDS) {
    const endedAt = Date.now();
    console.log(
      `  timing of the run on ${url}: ${loopUtilisation(INTAKE_TIMING, serverPid, startedAt, endedAt)}`,
    );
    for (const line of commitStages(INTAKE_TIMING, serverPid, startedAt, endedAt))
      if (line !== 'no commits recorded') console.log(`    ${line}`);
  }
  return {
    rate: result['2xx'] / result.duration,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerAccepted: spent.server / result['2xx'],
    machine: describeCpu(spent, result['2xx']),
  };
}

runBench(async (store, children) => {
  if (STATEMENT_LOG) await logStatements(store.databaseUrl);
  const { api, siteId } = await startApiWithSite(store, children);
  await sql(
    store.databaseUrl,
    'CREATE TABLE baseline_comments (LIKE comments INCLUDING DEFAULTS INCLUDING INDEXES)',
  );
  const baselineUrl = await startBaselineServer(store, children, '/v1/sites/x/threads/y/comments', {
    QUEUE_PREFIX: `${store.prefix}-base`,
  });

  const apiPid = api.child.pid!;
  const baselinePid = children[children.length - 1].pid!;
  // Warm both (JIT, pools), then measure each in turn.
  const db = store.databaseUrl;
  await acceptedPerSecond(baselineUrl, siteId, 3, baselinePid, db);
  await acceptedPerSecond(api.url, siteId, 3, apiPid, db);
  const bare = await acceptedPerSecond(baselineUrl, siteId, SECONDS, baselinePid, db);
  const ours = await acceptedPerSecond(api.url, siteId, SECONDS, apiPid, db);
  console.log(`intake, ${CONNECTIONS} connections × ${SECONDS} s each`);
  console.log(
    `  baseline (Fastify + INSERT + BullMQ add): ${bare.rate.toFixed(0)} accepted/s, p50 ${bare.p50} / p99 ${bare.p99} ms, non-2xx ${bare.non2xx}, ` +
      `${bare.cpuMsPerAccepted.toFixed(3)} ms CPU per accepted`,
  );
  console.log(
    `  service  (POST …/comments):               ${ours.rate.toFixed(0)} accepted/s, p50 ${ours.p50} / p99 ${ours.p99} ms, non-2xx ${ours.non2xx}, ` +
      `${ours.cpuMsPerAccepted.toFixed(3)} ms CPU per accepted`,
  );
  console.log(`  baseline ${bare.machine}`);
  console.log(`  service  ${ours.machine}`);
  console.log(`  ratio: ${(ours.rate / bare.rate).toFixed(2)}× (goal ≥ 1.0×)`);
  report('intake', 'accepted/s', Math.round(ours.rate), 'req/s', Math.round(bare.rate), '≥ 1.0× baseline');
  report(
    'intake',
    'server CPU per accepted',
    Number(ours.cpuMsPerAccepted.toFixed(3)),
    'ms',
    Number(bare.cpuMsPerAccepted.toFixed(3)),
  );
});
