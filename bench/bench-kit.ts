/**
 * What the service benches share: processes of the real service (or a baseline) on loopback ports, a database and a
 * queue prefix of their own on the local PostgreSQL and Redis, and one line per figure for bench/run.ts's table.
 * Everything is bounded: each child is killed when the bench ends, and every wait has a deadline.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';

export const ROOT = join(__dirname, '..');
const TS = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
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

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bench's own database on the local PostgreSQL and its own queue prefix on the local Redis; removed by `close`. */
export async function benchStore(): Promise<{ databaseUrl: string; prefix: string; close(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  return {
    databaseUrl: url.toString(),
    prefix,
    close: async () => {
      const client = new Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      // Only this bench's keys: the shared Redis is never flushed.
      const redis = new Redis(REDIS_URL);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A child process of ours, killed when the bench ends (and when this process exits). */
export class Child {
  private readonly process: ChildProcess;
  readonly output: string[] = [];

  constructor(script: string, env: Record<string, string>) {
    this.process = spawn(process.execPath, [...TS, join(ROOT, script)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 100) this.output.shift();
    };
    this.process.stdout!.on('data', keep);
    this.process.stderr!.on('data', keep);
    children.add(this);
    this.process.once('exit', () => children.delete(this));
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** Resident set size in MB, from /proc. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}

const children = new Set<Child>();
process.once('exit', () => {
  for (const child of children) child.stop().catch(() => undefined);
});

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

export async function until(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  what: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await sleep(200);
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export function send(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: options.method ?? (payload ? 'POST' : 'GET'),
        agent,
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...options.headers },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
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
  const rows = await sql<{ n: string }>(
    databaseUrl,
    `SELECT count(*) AS n FROM comments WHERE status = 'queued'`,
  );
  return Number(rows[0].n);
}
