/**
 * Bench-only (BENCH_DRAIN_ACCOUNT=1): where a drain's CPU goes, per side, over the same window as its rate (first
 * verdict to the last): the worker processes, this bench database's PostgreSQL backends, every postgres process
 * (WAL writer, checkpointer, other databases: shared), Redis (the whole server: shared), and what the workers sent
 * to PostgreSQL (bench/count-statements.preload.cjs). Read on a quiet machine, the shared parts are ours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { ROOT } from '../test/support/processes';
import { REDIS_URL, sql } from './bench-kit';

export const ACCOUNT = process.env.BENCH_DRAIN_ACCOUNT === '1';
const TICK_MS = 1000 / 100; // USER_HZ

/** utime + stime of a process in ms, or 0 once it is gone. */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

async function redisCpuMs(): Promise<number> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const info = await redis.info('cpu');
    const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
    return (field('used_cpu_sys') + field('used_cpu_user')) * 1000;
  } finally {
    redis.disconnect();
  }
}

interface Snapshot {
  workers: Map<number, number>;
  postgres: Map<number, number>;
  ownBackends: Set<number>;
  redisMs: number;
  walBytes: number;
  db: Record<string, number>;
  statements: Record<string, number>;
  /** Rows each table and index handed out (seq_tup_read, idx_tup_read): which read scans what. */
  scans: Record<string, number>;
}

export const statementLog = (label: string, index: number) =>
  join('/tmp', `drain-statements-${process.pid}-${label.replace(/\W+/g, '-')}-${index}.json`);

/** NODE_OPTIONS for a worker counted in `file` (kept beside any the bench already gives it). */
export function countingEnv(file: string, nodeOptions = ''): Record<string, string> {
  return {
    BENCH_STATEMENT_LOG: file,
    NODE_OPTIONS: `${nodeOptions} -r ${join(ROOT, 'bench/count-statements.preload.cjs')}`.trim(),
  };
}

function readStatements(files: string[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const file of files) {
    try {
      const { tally } = JSON.parse(readFileSync(file, 'utf8')) as { tally: Record<string, number> };
      for (const [label, n] of Object.entries(tally)) total[label] = (total[label] ?? 0) + n;
    } catch {
      // not written yet
    }
  }
  return total;
}

export async function snapshot(
  databaseUrl: string,
  workerPids: number[],
  files: string[],
): Promise<Snapshot> {
  const [backends, [wal], [db], redisMs, scans] = await Promise.all([
    sql<{ pid: number }>(
      databaseUrl,
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    ),
    sql<{ lsn: string }>(databaseUrl, `SELECT (pg_current_wal_lsn() - '0/0')::text AS lsn`),
    sql<Record<string, string>>(
      databaseUrl,
      `SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched, tup_returned
         FROM pg_stat_database WHERE datname = current_database()`,
    ),
    redisCpuMs(),
    sql<{ name: string; n: string }>(
      databaseUrl,
      `SELECT 'seq ' || relname AS name, seq_tup_read AS n FROM pg_stat_user_tables
       UNION ALL SELECT 'idx ' || indexrelname, idx_tup_read FROM pg_stat_user_indexes`,
    ),
  ]);
  return {
    workers: new Map(workerPids.map((pid) => [pid, processCpuMs(pid)])),
    postgres: new Map(postgresPids().map((pid) => [pid, processCpuMs(pid)])),
    ownBackends: new Set(backends.map((b) => Number(b.pid))),
    redisMs,
    walBytes: Number(wal.lsn),
    db: Object.fromEntries(Object.entries(db).map(([k, v]) => [k, Number(v)])),
    statements: readStatements(files),
    scans: Object.fromEntries(scans.map((r) => [r.name, Number(r.n)])),
  };
}

const spent = (before: Map<number, number>, after: Map<number, number>, only?: Set<number>) => {
  let ms = 0;
  for (const [pid, end] of after) if (!only || only.has(pid)) ms += end - (before.get(pid) ?? 0);
  return ms;
};

/** Prints the per-side CPU per comment and the statements per comment between two snapshots. */
export function printAccount(label: string, comments: number, before: Snapshot, after: Snapshot): void {
  const own = new Set([...before.ownBackends, ...after.ownBackends]);
  const per = (ms: number) => `${((1000 * ms) / comments).toFixed(0)} µs`;
  const worker = spent(before.workers, after.workers);
  const backends = spent(before.postgres, after.postgres, own);
  const allPostgres = spent(before.postgres, after.postgres);
  const redis = after.redisMs - before.redisMs;
  console.log(
    `    ${label} CPU per comment: worker ${per(worker)}, own PG backends ${per(backends)}, all postgres ${per(allPostgres)}, redis ${per(redis)}; total ${per(worker + allPostgres + redis)}; WAL ${((after.walBytes - before.walBytes) / comments).toFixed(0)} B`,
  );
  const db = Object.entries(after.db)
    .map(([k, v]) => `${k} ${((v - (before.db[k] ?? 0)) / comments).toFixed(2)}`)
    .join(', ');
  console.log(`    per comment: ${db}`);
  const scanned = Object.entries(after.scans)
    .map(([k, v]) => [k, (v - (before.scans[k] ?? 0)) / comments] as const)
    .filter(([, n]) => n >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n.toFixed(1)}`);
  console.log(`    rows read per comment: ${scanned.join(', ')}`);
  const statements = Object.entries(after.statements)
    .map(([k, v]) => [k, v - (before.statements[k] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = statements.reduce((sum, [, n]) => sum + n, 0);
  console.log(`    statements sent by the workers: ${total} (${(total / comments).toFixed(2)} per comment)`);
  for (const [k, n] of statements) console.log(`      ${String(n).padStart(6)}  ${k}`);
}
