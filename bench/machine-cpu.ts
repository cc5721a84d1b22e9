/**
 * Bench-only: the CPU the whole machine spends on a measured run, by process, not only the server's own. On 2 cores
 * the sum decides the rate: a server that saves its own CPU by making PostgreSQL work harder has gained nothing.
 * Counted from /proc (user + system time): the server process, the PostgreSQL backends connected to the bench's
 * database, PostgreSQL's WAL writer, the Redis server and this process (the load generator). Redis and the WAL
 * writer are shared with whatever else runs on the machine, so on a busy machine they read high.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from './bench-kit';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** user + system CPU of a process so far, in ms (fields 14 and 15 of /proc/PID/stat); 0 once it has exited. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Pids whose command line matches, e.g. Redis's server or PostgreSQL's WAL writer. */
function pidsOf(pattern: RegExp): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (pattern.test(command)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export interface CpuSnapshot {
  server: number;
  postgresBackends: Map<number, number>;
  walWriter: number;
  redis: number;
  loadGenerator: number;
}

export type CpuShares = Record<'server' | 'postgres' | 'walWriter' | 'redis' | 'loadGenerator', number>;

/** What each process has spent so far; the bench database's backends by pid (they come and go with the pools). */
export async function cpuSnapshot(databaseUrl: string, serverPid: number): Promise<CpuSnapshot> {
  const backends = await sql<{ pid: number }>(
    databaseUrl,
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  const usage = process.cpuUsage();
  return {
    server: processCpuMs(serverPid),
    postgresBackends: new Map(backends.map(({ pid }) => [pid, processCpuMs(pid)])),
    walWriter: sum(pidsOf(/^postgres: .*walwriter/).map(processCpuMs)),
    redis: sum(pidsOf(/^\S*redis-server /).map(processCpuMs)),
    loadGenerator: (usage.user + usage.system) / 1000,
  };
}

/** CPU ms spent between two snapshots, per process kind; a backend born meanwhile counts from zero. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuShares {
  let postgres = 0;
  for (const [pid, ms] of after.postgresBackends) postgres += ms - (before.postgresBackends.get(pid) ?? 0);
  return {
    server: after.server - before.server,
    postgres,
    walWriter: after.walWriter - before.walWriter,
    redis: after.redis - before.redis,
    loadGenerator: after.loadGenerator - before.loadGenerator,
  };
}

/** One line: ms of CPU per accepted submission, by process, and their sum. */
export function describeCpu(shares: CpuShares, accepted: number): string {
  const per = (ms: number) => (ms / accepted).toFixed(3);
  const total = sum(Object.values(shares));
  return (
    `machine CPU per accepted ${per(total)} ms = server ${per(shares.server)} + postgres ${per(shares.postgres)} ` +
    `+ wal writer ${per(shares.walWriter)} + redis ${per(shares.redis)} + load generator ${per(shares.loadGenerator)}`
  );
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
