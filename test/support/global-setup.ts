import { Client } from 'pg';
import Redis from 'ioredis';
import { testDatabaseUrl } from './database';

/** Fails the run at once, with a clear message, when a real service the tests need is not there. */
export default async function globalSetup(): Promise<void> {
  const client = new Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${testDatabaseUrl()}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis is not reachable: ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}
