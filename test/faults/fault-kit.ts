import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { http, submission } from '../support/client';
import { query } from '../support/database';
import { ChildService, freePort, FROM_SOURCE, ROOT } from '../support/processes';
import { sleep, waitFor } from '../support/wait';

/** Shared by the fault tests: processes a test may kill, a Redis of its own, load, and a direct look at the store. */
export { freePort, query };
export { sleep } from '../support/wait';

const BUILT_WORKER = join(ROOT, 'dist/apps/worker/src/main.js');

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** CI builds before testing; on a workstation the build may be older than the code, then the sources run. */
function workerCommand(): string[] {
  if (existsSync(BUILT_WORKER) && process.env.FAULT_WORKER_FROM_SOURCE !== '1') {
    const built = statSync(BUILT_WORKER).mtimeMs;
    const sources = Math.max(...['apps', 'libs'].map((d) => newestSourceMtime(join(ROOT, d))));
    if (built >= sources) return [BUILT_WORKER];
  }
  return [...FROM_SOURCE, join(ROOT, 'apps/worker/src/main.ts')];
}

const API_SOURCE = join(ROOT, 'apps/api/src/main.ts');

/** A worker process (`npm run start:worker`), with the test file's environment, that a test may SIGKILL. */
export class WorkerProcess {
  private child?: ChildService;

  start(env: Record<string, string | undefined> = {}, entry?: string): void {
    this.child = new ChildService(entry ? [...FROM_SOURCE, entry] : workerCommand(), {
      LOG_LEVEL: 'error',
      TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
      ...env,
    });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get output(): string[] {
    return this.child?.output ?? [];
  }

  /** Ends it; `SIGKILL` gives it no chance to finish or release anything. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.child?.stop(signal);
  }
}

/** An api process (`npm run start:api`, from the sources) on a port of its own, that a test may SIGKILL. */
export class ApiProcess {
  private readonly worker = new WorkerProcess();
  url = '';

  async start(env: Record<string, string | undefined> = {}): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.worker.start({ PORT: String(port), HOST: '127.0.0.1', ...env }, API_SOURCE);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const ready = await http(`${this.url}/readyz`).catch(() => ({ status: 0 }));
      if (ready.status === 200) return;
      if (Date.now() > deadline) throw new Error(`the api did not start: ${this.worker.output.join('')}`);
      await sleep(250);
    }
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    return this.worker.stop(signal);
  }
}

/** A redis-server of the test's own on a free loopback port, without persistence: a restart loses every key. */
export class RedisServer {
  private child?: ChildService;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    this.child = new ChildService([...args, '--daemonize', 'no'], {}, { command: 'redis-server' });
    await this.child.waitForOutput(/Ready to accept connections/);
  }

  async kill(): Promise<void> {
    await this.child?.stop('SIGKILL');
  }
}

export interface Answer {
  status: number;
  id?: string;
  retryAfter?: string | null;
  startedAt: number;
  endedAt: number;
}

/**
 * Submits `count` valid comments (distinct authors and texts) over `threads` threads with `concurrency` requests in
 * flight, or until `until()` says stop. Network failures are recorded as status 0.
 */
export async function submitLoad(
  apiUrl: string,
  siteId: string,
  options: {
    count?: number;
    concurrency: number;
    threads: number;
    until?: () => boolean;
    label?: string;
    extra?: Record<string, unknown>;
  },
): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  const limit = options.count ?? Number.POSITIVE_INFINITY;
  const label = options.label ?? 'load';
  const one = async (i: number): Promise<void> => {
    const thread = `${label}-${i % options.threads}`;
    const startedAt = Date.now();
    try {
      const response = await http(`${apiUrl}/v1/sites/${siteId}/threads/${thread}/comments`, {
        method: 'POST',
        json: submission({
          authorEmail: `${label}.${i}.${startedAt}@example.org`,
          body: `Comment number ${i} of the ${label} run: the budget debate was worth reading.`,
          authorName: `Reader ${i}`,
          ...options.extra,
        }),
        signal: AbortSignal.timeout(30_000),
      });
      answers.push({
        status: response.status,
        id: response.status === 202 ? response.body.id : undefined,
        retryAfter: response.headers.get('retry-after'),
        startedAt,
        endedAt: Date.now(),
      });
    } catch {
      answers.push({ status: 0, startedAt, endedAt: Date.now() });
    }
  };
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < limit && !(options.until?.() ?? false)) await one(next++);
    }),
  );
  return answers;
}

/** Counts of comments by status, straight from the store. */
export async function statusCounts(url: string): Promise<Record<string, number>> {
  const rows = await query<{ status: string; n: string }>(
    url,
    'SELECT status, count(*) AS n FROM comments GROUP BY status',
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Ids among `ids` that are still waiting for a verdict. */
export async function stillQueued(url: string, ids: string[]): Promise<string[]> {
  const rows = await query<{ id: string }>(
    url,
    `SELECT id FROM comments WHERE id = ANY($1) AND status = 'queued'`,
    [ids],
  );
  return rows.map((r) => r.id);
}

/** Threads whose `publishedCount` differs from their published rows: a comment published twice would show here. */
export async function threadCountMismatches(url: string): Promise<unknown[]> {
  return query(
    url,
    `SELECT t.site_id, t.id, t.published_count, count(c.id) AS published_rows
       FROM threads t LEFT JOIN comments c
         ON c.site_id = t.site_id AND c.thread_id = t.id AND c.status = 'published'
      GROUP BY t.site_id, t.id, t.published_count
     HAVING t.published_count <> count(c.id)`,
  );
}

const began = Date.now();
/** Progress lines on stderr when FAULT_VERBOSE=1: where a slow fault test spends its time. */
export function progress(message: string): void {
  if (process.env.FAULT_VERBOSE === '1')
    process.stderr.write(`[fault +${((Date.now() - began) / 1000).toFixed(1)}s] ${message}\n`);
}

/** The kit's waiter, its timeout message saying what the store looked like then. */
export async function waitForOrExplain(
  probe: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs: number; what: string; onTimeout: () => Promise<string> },
): Promise<void> {
  await waitFor(probe, { ...options, explain: options.onTimeout });
}

/** Waits until every accepted comment has left `queued` (the worker, or the sweeper after it, got to each). */
export async function waitForEveryVerdict(url: string, accepted: string[]): Promise<void> {
  await waitForOrExplain(
    async () => {
      const left = (await stillQueued(url, accepted)).length;
      progress(`still queued: ${left}`);
      return left === 0;
    },
    {
      timeoutMs: 90_000,
      intervalMs: 500,
      what: 'every accepted comment to get a verdict',
      onTimeout: async () => `${(await stillQueued(url, accepted)).length} still queued`,
    },
  );
}
