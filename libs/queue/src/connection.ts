import { RedisOptions } from 'bullmq';

/**
 * ioredis options from REDIS_URL. Workers need `maxRetriesPerRequest: null` (BullMQ blocks); producers fail fast
 * when Redis is away (`enableOfflineQueue: false`) so a submission is answered at once and the sweeper enqueues it later.
 */
export function redisOptions(url: string, role: 'worker' | 'producer'): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
}
