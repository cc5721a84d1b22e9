/**
 * CPU per accepted submission of two checkouts' api processes (and the bare pipeline), measured in alternating
 * rounds in the same minutes: the api's own user + system CPU time (from /proc, the same counters as
 * `process.cpuUsage`) over a fixed number of `POST …/comments`, divided by the 202s. On a shared 2-core machine the
 * rates move ±20% between runs; CPU per request moves far less, since waiting for a core costs none.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/intake-cpu-ab.ts DIR_A DIR_B \
 *     [ROUNDS=6] [REQUESTS=10000]
 *
 * DIR_A and DIR_B are checkouts with node_modules (e.g. an export of main and this worktree); each api runs from
 * its own directory on one shared bench database and queue prefix. Not part of `npm run bench` (it compares code,
 * not the service against its baseline).
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChildService, FROM_SOURCE } from '../test/support/processes';
import {
  comment,
  createBenchSite,
  freePort,
  get,
  runBench,
  serviceEnv,
  sql,
  startBaselineServer,
  until,
  WITHOUT_DOMAINS,
  type Child,
} from './bench-kit';

const [dirA, dirB, roundsArg = '6', requestsArg = '10000'] = process.argv.slice(2);
const ROUNDS = Number(roundsArg);
const REQUESTS = Number(requestsArg);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** user + system CPU of a process so far, in ms (fields 14 and 15 of /proc/PID/stat, in clock ticks). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function startApiFrom(
  dir: string,
  store: { databaseUrl: string; prefix: string },
  children: Child[],
): Promise<{ url: string; pid: number }> {
  const port = await freePort();
  const profile = process.env.BENCH_PROFILE_DIR ? ['-r', join(dir, 'bench/profile.preload.ts')] : [];
  // ChildService runs in this checkout's directory; `cd` first so ts-node and tsconfig-paths read DIR's tsconfig.
  // Both sides get this checkout's preload against ts-node's domain (bench-kit's WITHOUT_DOMAINS).
  const child = new ChildService(
    [
      '-c',
      `cd "$0" && exec "${process.execPath}" "$@"`,
      dir,
      ...WITHOUT_DOMAINS,
      ...FROM_SOURCE,
      ...profile,
      'apps/api/src/main.ts',
    ],
    serviceEnv(store, { PORT: String(port) }),
    { command: '/bin/sh', keepLines: 100 },
  );
  children.push(child as Child);
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => (await get(`${url}/readyz`).catch(() => ({ status: 0 }))).status === 200,
    120_000,
    () => `the API in ${dir} to start: ${child.output.join('').slice(-800)}`,
  );
  return { url, pid: child.pid! };
}

interface Side {
  name: string;
  url: string;
  pid: number;
  path: string;
  cpuPerAccepted: number[];
  rates: number[];
}

async function round(side: Side, requests: number): Promise<{ cpu: number; accepted: number; rate: number }> {
  const before = cpuMs(side.pid);
  const result = await autocannon({
    url: side.url,
    connections: CONNECTIONS,
    amount: requests,
    requests: [
      {
        method: 'POST',
        path: side.path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(comment()) }),
      },
    ],
  });
  const cpu = cpuMs(side.pid) - before;
  return { cpu, accepted: result['2xx'], rate: result['2xx'] / result.duration };
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

runBench(async (store, children) => {
  if (!dirA || !dirB) throw new Error('usage: intake-cpu-ab.ts DIR_A DIR_B [ROUNDS] [REQUESTS]');
  const a = await startApiFrom(resolve(dirA), store, children);
  const b = await startApiFrom(resolve(dirB), store, children);
  const siteId = await createBenchSite(a.url);
  await sql(
    store.databaseUrl,
    'CREATE TABLE baseline_comments (LIKE comments INCLUDING DEFAULTS INCLUDING INDEXES)',
  );
  const bareUrl = await startBaselineServer(store, children, '/v1/sites/x/threads/y/comments', {
    QUEUE_PREFIX: `${store.prefix}-base`,
  });
  const path = `/v1/sites/${siteId}/threads/intake/comments`;
  const sides: Side[] = [
    { name: `A ${dirA}`, url: a.url, pid: a.pid, path, cpuPerAccepted: [], rates: [] },
    { name: `B ${dirB}`, url: b.url, pid: b.pid, path, cpuPerAccepted: [], rates: [] },
    {
      name: 'bare pipeline',
      url: bareUrl,
      pid: children[children.length - 1].pid!,
      path: '/v1/sites/x/threads/y/comments',
      cpuPerAccepted: [],
      rates: [],
    },
  ];
  for (const side of sides) await round(side, Math.min(REQUESTS, 3000)); // JIT and pools warm
  console.log(`${ROUNDS} rounds × ${REQUESTS} requests, ${CONNECTIONS} connections; load ${load()}`);
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate the order so neither side always runs first after the bare one.
    const order = r % 2 === 0 ? [0, 1, 2] : [1, 0, 2];
    for (const index of order) {
      const side = sides[index];
      const { cpu, accepted, rate } = await round(side, REQUESTS);
      side.cpuPerAccepted.push(cpu / accepted);
      side.rates.push(rate);
      console.log(
        `  round ${r + 1} ${side.name}: ${(cpu / accepted).toFixed(3)} ms CPU per accepted, ${rate.toFixed(0)}/s, ` +
          `${accepted} accepted, load ${load()}`,
      );
    }
  }
  for (const side of sides)
    console.log(
      `${side.name}: median ${median(side.cpuPerAccepted).toFixed(3)} ms CPU per accepted ` +
        `[${side.cpuPerAccepted.map((v) => v.toFixed(3)).join(', ')}], median ${median(side.rates).toFixed(0)}/s`,
    );
  // Each round's B / A ratio, from runs seconds apart: the load drifts over minutes, so the pairs say more than
  // the two sides' medians taken apart.
  const paired = sides[1].cpuPerAccepted.map((b, r) => b / sides[0].cpuPerAccepted[r]);
  console.log(
    `B / A CPU per accepted, round by round: [${paired.map((v) => v.toFixed(3)).join(', ')}], ` +
      `median ${median(paired).toFixed(3)}, B lower in ${paired.filter((v) => v < 1).length} of ${paired.length}; ` +
      `load ${load()}`,
  );
});
