import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg, NodePgDatabase, NodePgSession } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Pool, PoolClient } from 'pg';
import { isStoreUnavailable } from './errors';
import * as schema from './schema';

/** Both drivers expose the same Drizzle query API; the services only ever see this type. */
export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  onPoolError?: (error: Error) => void;
}

/** Any number identifies our lock; it keeps two processes starting at once from migrating together. */
const MIGRATION_LOCK_ID = 7_343_001;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.dataDir);
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<DatabaseHandle> {
  const pool = new Pool({
    connectionString: url,
    max: options.poolSize,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30000,
    // A query stuck behind a dead server should fail (and answer 503) rather than hold a request forever.
    query_timeout: 10000,
  });
  // An idle client losing its server must not crash the process; the next query reports it instead.
  pool.on('error', (error) => options.onPoolError?.(error));
  // A checked-out client (mid-transaction) has no pool listener, so its server vanishing would be an unhandled
  // 'error' event that ends the process. With this, the query in flight or the next one fails instead (503, retry).
  pool.on('connect', (client) => client.on('error', (error) => options.onPoolError?.(error)));
  const client = await firstConnection(pool);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migratePg(drizzlePg(client), { migrationsFolder: migrationsFolder() });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
  return {
    db: withReleasingTransactions(drizzlePg(pool, { schema }), pool),
    kind: 'postgres',
    ping: async () => void (await pool.query('SELECT 1')),
    close: () => pool.end(),
  };
}

/**
 * The first connection waits for PostgreSQL for up to half a minute: a process started beside its database (compose,
 * a restart, a busy machine) should not die because the server took a few seconds to answer. What waiting cannot
 * mend (no such database, a wrong password) fails at once, with the server's own words.
 */
export async function firstConnection(pool: Pool, attempts = 10): Promise<PoolClient> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pool.connect();
    } catch (error) {
      if (attempt >= attempts || !isStoreUnavailable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

type RelationalSchema = { fullSchema: unknown; schema: unknown; tableNamesMap: unknown };

/**
 * Drizzle's pool transaction sends BEGIN before its try/finally, so a BEGIN on a connection that just died never
 * releases the client: each PostgreSQL outage leaked pool slots until the pool was empty and shutdown hung. Here
 * the client is checked out and released by us, and destroyed when its connection is what failed.
 */
function withReleasingTransactions(db: Database, pool: Pool): Database {
  // The pool database's dialect and relational schema, reused so a transaction costs no schema walk.
  const { dialect, _: internals } = db as unknown as { dialect: PgDialect; _: RelationalSchema };
  const relational = {
    fullSchema: internals.fullSchema,
    schema: internals.schema,
    tableNamesMap: internals.tableNamesMap,
  };
  db.transaction = (async (work, config) => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const session = new NodePgSession(client, dialect, relational as never);
      const bound = new NodePgDatabase(dialect, session, relational as never) as unknown as Database;
      return await bound.transaction(work, config);
    } catch (error) {
      if (isStoreUnavailable(error)) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  }) as Database['transaction'];
  return db;
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const dir = resolve(dataDir, 'pgdata');
  mkdirSync(dirname(dir), { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: migrationsFolder() });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    ping: async () => void (await client.query('SELECT 1')),
    close: () => client.close(),
  };
}

/** The SQL lives in libs/db/migrations; found by walking up, so it works from the sources and from dist/. */
export function migrationsFolder(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'libs', 'db', 'migrations');
    if (existsSync(candidate)) return candidate;
    const sibling = join(dir, 'migrations');
    if (existsSync(join(sibling, 'meta', '_journal.json'))) return sibling;
    dir = dirname(dir);
  }
  throw new Error('Cannot find libs/db/migrations');
}
