/**
 * What the service benches share: processes of the real service (or a baseline) on loopback ports, a database and a
 * queue prefix of their own on the local PostgreSQL and Redis, and one line per figure for bench/run.ts's table.
 * Everything is bounded: each child is killed when the bench ends, and every wait has a deadline.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { createTestDatabase, query, removeRedisKeys } from '../test/support/database';
import { ChildService, freePort, FROM_SOURCE, ROOT } from '../test/support/processes';
import { rawRequest } from '../test/support/raw-http';
import { sleep, waitFor } from '../test/support/wait';

// The benches use the test kit's helpers, so there is one freePort, one waiter, one child process and one raw client.
export { freePort, ROOT, sleep, query as sql };
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADMIN = { email: 'bench-admin@example.org', password: randomBytes(12).toString('hex') };

/** One figure: printed as a line bench/run.ts gathers into its summary table. */
export function report(
  bench: string,
  figure: string,
  value: number,
  unit: string,
  baseline?: number,
  goal?: string,
): void {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`BENCH ${JSON.stringify({ bench, figure, value, unit, baseline, goal, load })}`);
}

/** A bench's own database on the local PostgreSQL and its own queue prefix on the local Redis; removed by `close`. */
export async function benchStore(): Promise<{ databaseUrl: string; prefix: string; close(): Promise<void> }> {
  const db = await createTestDatabase('bench');
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  return {
    databaseUrl: db.url,
    prefix,
    close: async () => {
      await db.drop();
      await removeRedisKeys(prefix, REDIS_URL);
      // The bare pipeline's queue (intake and latency run it under `<prefix>-base`): its jobs must not outlive the bench.
      await removeRedisKeys(`${prefix}-base`, REDIS_URL);
    },
  };
}

/** Before ts-node: keeps its REPL from loading `node:domain`, which a built service never loads (see the file). */
export const WITHOUT_DOMAINS = ['-r', join(ROOT, 'bench/lazy-repl.preload.cjs')];

/** A child process of ours running a TypeScript entry point, killed when the bench ends (and when this process exits). */
export class Child extends ChildService {
  constructor(script: string, env: Record<string, string>) {
    const profile = process.env.BENCH_PROFILE_DIR ? ['-r', join(ROOT, 'bench/profile.preload.ts')] : [];
    const timing = process.env.BENCH_INTAKE_TIMING
      ? ['-r', join(ROOT, 'bench/intake-timing.preload.ts')]
      : [];
    super([...WITHOUT_DOMAINS, ...FROM_SOURCE, ...profile, ...timing, join(ROOT, script)], env, {
      keepLines: 100,
    });
  }

  override stop(): Promise<void> {
    return super.stop('SIGTERM', 5000);
  }
}

/**
 * A bench's whole life: a store of its own, the children it starts (pushed onto `children`), every one stopped and
 * the store removed however it ends, and the process's exit code saying whether it passed.
 */
export function runBench(
  bench: (store: Awaited<ReturnType<typeof benchStore>>, children: Child[]) => Promise<void>,
): void {
  const run = async () => {
    const store = await benchStore();
    const children: Child[] = [];
    try {
      await bench(store, children);
    } finally {
      for (const child of children) await child.stop();
      await store.close();
    }
  };
  run().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** The environment of every service process in a bench: loopback only, quiet, no submission limit. */
export function serviceEnv(
  store: { databaseUrl: string; prefix: string },
  over: Record<string, string> = {},
) {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: store.databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: store.prefix,
    RATE_LIMIT_PER_MINUTE: '0',
    EMAIL_KEY: sharedKeys.email,
    APP_SECRET: sharedKeys.app,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SWEEP_INTERVAL_MS: '60000',
    SWEEP_MIN_AGE_MS: '60000',
    ...over,
  };
}
const sharedKeys = { email: randomBytes(32).toString('base64'), app: randomBytes(32).toString('hex') };

/** Starts the real API (`npm run start:api`) and waits until it answers /readyz. */
export async function startApiProcess(
  store: { databaseUrl: string; prefix: string },
  over: Record<string, string> = {},
) {
  const port = await freePort();
  const child = new Child('apps/api/src/main.ts', serviceEnv(store, { PORT: String(port), ...over }));
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => (await get(`${url}/readyz`).catch(() => ({ status: 0 }))).status === 200,
    120_000,
    () => `the API to start: ${child.output.join('').slice(-800)}`,
  );
  return { child, url };
}

export function startWorkerProcess(
  store: { databaseUrl: string; prefix: string },
  script = 'apps/worker/src/main.ts',
  over: Record<string, string> = {},
) {
  return new Child(script, serviceEnv(store, over));
}

/** The kit's waiter with the bench's habits: a probe every 200 ms, and a message built when it times out. */
export async function until(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  what: () => string,
): Promise<void> {
  await waitFor(probe, { timeoutMs, intervalMs: 200, what: 'the bench', explain: what });
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** JSON over a keep-alive connection; a body makes it a POST unless `method` says otherwise. */
export function send(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return rawRequest(url, {
    method: options.method ?? (payload ? 'POST' : 'GET'),
    headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...options.headers },
    body: payload,
    agent,
  });
}

export const get = (url: string, headers: Record<string, string> = {}) => send(url, { headers });

/** A bearer token of the bench's admin (the first admin every bench API process creates). */
export async function benchAdminToken(apiUrl: string): Promise<string> {
  const login = await send(`${apiUrl}/v1/auth/login`, { body: ADMIN });
  if (login.status !== 200) throw new Error(`bench admin login failed: ${login.status} ${login.body}`);
  return (JSON.parse(login.body) as { token: string }).token;
}

/** A site for the bench, through the admin API: no flood check, no form-timing penalty, Hindi and English. */
export async function createBenchSite(
  apiUrl: string,
  id = `bench-${randomBytes(3).toString('hex')}`,
): Promise<string> {
  const login = await send(`${apiUrl}/v1/auth/login`, { body: ADMIN });
  if (login.status !== 200) throw new Error(`bench admin login failed: ${login.status} ${login.body}`);
  const { token } = JSON.parse(login.body) as { token: string };
  const created = await send(`${apiUrl}/v1/admin/sites`, {
    body: {
      id,
      name: id,
      allowedOrigins: ['https://news.example'],
      floodSeconds: 0,
      minSubmitSeconds: 0,
      languages: ['hi', 'en'],
    },
    headers: { authorization: `Bearer ${token}` },
  });
  if (created.status !== 201 && created.status !== 200)
    throw new Error(`site not created: ${created.status} ${created.body}`);
  return id;
}

let counter = 0;
/** A realistic, distinct comment (flood and duplicate checks never trip). */
export function comment(): Record<string, string> {
  counter++;
  const hindi = counter % 2 === 0;
  return {
    authorName: hindi ? 'रीना शर्मा' : 'Ravi Kumar',
    authorEmail: `reader${counter}.${process.pid}@example.org`,
    body: hindi
      ? `लावरोव की चेतावनी गंभीर है, सरकार को इस पर सोचना चाहिए। टिप्पणी ${counter}`
      : `A thoughtful piece on rural jobs; the 2011 to 2021 numbers tell the story. Comment ${counter}`,
  };
}

export const quantile = (sorted: number[], q: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

/** Submits `count` comments with `concurrency` in flight; answers the accepted ids. */
export async function submitMany(
  apiUrl: string,
  siteId: string,
  threadId: string,
  count: number,
  concurrency = 16,
  threads = 1,
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const thread = threads > 1 ? `${threadId}-${i % threads}` : threadId;
        const answer = await send(`${apiUrl}/v1/sites/${siteId}/threads/${thread}/comments`, {
          body: comment(),
        });
        if (answer.status === 202) ids.push(JSON.parse(answer.body).id);
      }
    }),
  );
  return ids;
}

export async function countQueued(databaseUrl: string): Promise<number> {
  const rows = await query<{ n: string }>(
    databaseUrl,
    `SELECT count(*) AS n FROM comments WHERE status = 'queued'`,
  );
  return Number(rows[0].n);
}

/** The API process (pushed onto the bench's `children`, so it stops with the bench) and a site on it. */
export async function startApiWithSite(
  store: { databaseUrl: string; prefix: string },
  children: Child[],
  over: Record<string, string> = {},
) {
  const api = await startApiProcess(store, over);
  children.push(api.child);
  return { api, siteId: await createBenchSite(api.url) };
}

/** Waits until the worker has decided every queued comment of the bench's store. */
export async function untilDrained(databaseUrl: string, timeoutMs: number, what: string): Promise<void> {
  await until(
    async () => (await countQueued(databaseUrl)) === 0,
    timeoutMs,
    () => what,
  );
}

/** Submits one comment and waits for its verdict: the worker process is up and consuming. */
export async function untilWorkerServes(store: { databaseUrl: string }, threadUrl: string): Promise<void> {
  const probe = JSON.parse((await send(`${threadUrl}/warm/comments`, { body: comment() })).body).id as string;
  await until(
    async () =>
      (await query(store.databaseUrl, `SELECT 1 FROM comments WHERE id = $1 AND status <> 'queued'`, [probe]))
        .length > 0,
    120_000,
    () => 'the worker to start',
  );
}

/**
 * The bare pipeline a bench compares against (bench/baseline.server.ts: Fastify, one INSERT or SELECT, one BullMQ
 * add) on the bench's store, started once `readyPath` answers 200.
 */
export async function startBaselineServer(
  store: { databaseUrl: string; prefix: string },
  children: Child[],
  readyPath: string,
  over: Record<string, string> = {},
): Promise<string> {
  const port = await freePort();
  const baseline = new Child('bench/baseline.server.ts', serviceEnv(store, { PORT: String(port), ...over }));
  children.push(baseline);
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => (await get(`${url}${readyPath}`).catch(() => ({ status: 0 }))).status === 200,
    60_000,
    () => baseline.output.join(''),
  );
  return url;
}
