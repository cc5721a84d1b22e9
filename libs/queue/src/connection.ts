import { RedisOptions } from 'bullmq';

/**
 * ioredis options from REDIS_URL, the same for producers and workers (a registered queue's connection is also the
 * one its processor uses). Workers need `maxRetriesPerRequest: null` so a Redis restart delays them instead of
 * failing their blocking calls; commands wait in the offline queue and run when Redis is back. Producers that
 * must not wait (intake) bound the wait themselves.
 */
export function redisOptions(url: string, role: 'worker' | 'producer' = 'worker'): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // A 'producer' connection of one's own (not a queue's) may prefer to fail fast while Redis is away.
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
}
