import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';

export const testDatabaseUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The shared Redis the queue prefixes live on (a fault test may point REDIS_URL at a server of its own). */
export const sharedRedisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A database of its own for one test file or bench: they run in parallel without seeing each other's rows. */
export async function createTestDatabase(namePrefix = 't'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${namePrefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await query(testDatabaseUrl(), `CREATE DATABASE ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => void (await query(testDatabaseUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

/** A direct look at a database, for checking what the service stored. */
export async function query<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Removes every key of one queue prefix; the shared Redis itself is never flushed. */
export async function removeRedisKeys(prefix: string, redisUrl = sharedRedisUrl()): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    // The service wraps its prefix in a Redis Cluster hash tag ({prefix}:…): both spellings are this run's keys.
    for (const pattern of [`${prefix}:*`, `{${prefix}}:*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        if (keys.length) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
