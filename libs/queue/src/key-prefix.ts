import { asc } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { Database, deployment } from '@app/db';

/** The Redis key prefix of this deployment (queues, live stream, rate limit), resolved once at start. */
export const REDIS_KEY_PREFIX = Symbol('REDIS_KEY_PREFIX');

/**
 * Wraps a prefix in one Redis Cluster hash tag, so every key of the deployment hashes to the same slot and
 * BullMQ's multi-key scripts and the live stream's EVAL never cross slots. A prefix already tagged is kept.
 */
export function clusterSafePrefix(prefix: string): string {
  return /\{[^}]+\}/.test(prefix) ? prefix : `{${prefix}}`;
}

/**
 * QUEUE_PREFIX when an operator sets it; otherwise derived from the store's own id, so a second deployment on the
 * same Redis with default settings can never take this one's jobs.
 */
export async function resolveKeyPrefix(configured: string | undefined, db: Database): Promise<string> {
  if (configured) return clusterSafePrefix(configured);
  return clusterSafePrefix(`cm-${(await storeId(db)).slice(0, 16)}`);
}

/** The id the first migration stored; made here only if that row was deleted (the oldest row wins, so all agree). */
async function storeId(db: Database): Promise<string> {
  const oldest = () =>
    db
      .select({ id: deployment.id })
      .from(deployment)
      .orderBy(asc(deployment.createdAt), asc(deployment.id))
      .limit(1);
  const [row] = await oldest();
  if (row) return row.id;
  await db.insert(deployment).values({ id: randomUUID().replaceAll('-', '') });
  const [made] = await oldest();
  return made.id;
}
