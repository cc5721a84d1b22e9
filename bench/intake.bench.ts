/**
 * Intake throughput: accepted submissions per second with autocannon, the real API process beside the bare pipeline
 * (bench/baseline.server.ts: Fastify, one INSERT, one BullMQ add) on the same PostgreSQL and Redis, in one run.
 * Goal (issue 14): ≥ 1.0× the baseline. BENCH_SECONDS sets each measurement's length (default 15).
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { comment, report, sql, runBench, startApiWithSite, startBaselineServer } from './bench-kit';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

/** user + system CPU time of a process so far, in ms: /proc/PID/stat's utime and stime (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Accepted/s, and the server process's CPU per accepted submission (a figure a shared machine moves far less). */
async function acceptedPerSecond(
  url: string,
  siteId: string,
  seconds: number,
  serverPid: number,
): Promise<{ rate: number; non2xx: number; p99: number; cpuMsPerAccepted: number }> {
  const cpuBefore = cpuMs(serverPid);
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
  return {
    rate: result['2xx'] / result.duration,
    non2xx: result.non2xx,
    p99: result.latency.p99,
    cpuMsPerAccepted: (cpuMs(serverPid) - cpuBefore) / result['2xx'],
  };
}

runBench(async (store, children) => {
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
  await acceptedPerSecond(baselineUrl, siteId, 3, baselinePid);
  await acceptedPerSecond(api.url, siteId, 3, apiPid);
  const bare = await acceptedPerSecond(baselineUrl, siteId, SECONDS, baselinePid);
  const ours = await acceptedPerSecond(api.url, siteId, SECONDS, apiPid);
  console.log(`intake, ${CONNECTIONS} connections × ${SECONDS} s each`);
  console.log(
    `  baseline (Fastify + INSERT + BullMQ add): ${bare.rate.toFixed(0)} accepted/s, p99 ${bare.p99} ms, non-2xx ${bare.non2xx}, ` +
      `${bare.cpuMsPerAccepted.toFixed(3)} ms CPU per accepted`,
  );
  console.log(
    `  service  (POST …/comments):               ${ours.rate.toFixed(0)} accepted/s, p99 ${ours.p99} ms, non-2xx ${ours.non2xx}, ` +
      `${ours.cpuMsPerAccepted.toFixed(3)} ms CPU per accepted`,
  );
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
