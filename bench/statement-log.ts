/**
 * Bench-only (BENCH_PG_STATEMENT_LOG=/path/of/postgresql.log): every statement the bench's database runs is
 * logged with its duration (`log_min_duration_statement = 0` on that database alone, parameters left out), and a
 * slice of the log is summed per statement: how many ran and how long PostgreSQL took for each (parse, bind and
 * execute apart). pg_stat_statements would need a restart of the shared server; this needs none. Logging costs
 * CPU itself, so a run with it says how many statements and where their time goes, not how fast.
 */
import { openSync, readSync, statSync, closeSync } from 'node:fs';
import { sql } from './bench-kit';

export const STATEMENT_LOG = process.env.BENCH_PG_STATEMENT_LOG;

const databaseName = (databaseUrl: string) => new URL(databaseUrl).pathname.slice(1);

/** Turns the logging on for new sessions of the bench's database: call it before any service connects. */
export async function logStatements(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  await sql(databaseUrl, `ALTER DATABASE ${name} SET log_min_duration_statement = 0`);
  await sql(databaseUrl, `ALTER DATABASE ${name} SET log_parameter_max_length = 0`);
}

/** Where the log ends now: a slice starts here. */
export const logOffset = (file: string): number => statSync(file).size;

interface StatementCost {
  count: number;
  ms: number;
}

/** The bench database's statements logged between two offsets, per phase and statement, costliest first. */
export function summarise(file: string, databaseUrl: string, from: number, to: number): string[] {
  const text = readSlice(file, from, to);
  const marker = `@${databaseName(databaseUrl)} LOG:  duration: `;
  const costs = new Map<string, StatementCost>();
  for (const line of text.split('\n')) {
    const at = line.indexOf(marker);
    if (at < 0) continue;
    const match = /^([\d.]+) ms {2}(?:(parse|bind|execute) ([^:]+)|statement): ?(.*)$/.exec(
      line.slice(at + marker.length),
    );
    if (!match) continue;
    const [, ms, phase = 'simple', name, textOf] = match;
    const key = `${phase} ${name === '<unnamed>' || !name ? textOf.slice(0, 48).replace(/\s+/g, ' ') : name}`;
    const cost = costs.get(key) ?? { count: 0, ms: 0 };
    cost.count++;
    cost.ms += Number(ms);
    costs.set(key, cost);
  }
  return [...costs.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(
      ([key, { count, ms }]) =>
        `${key.padEnd(60)} ${String(count).padStart(7)} × ${((ms / count) * 1000).toFixed(0).padStart(5)} µs = ${ms.toFixed(0)} ms`,
    );
}

function readSlice(file: string, from: number, to: number): string {
  const buffer = Buffer.alloc(Math.max(0, to - from));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, from);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}
