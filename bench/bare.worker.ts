/**
 * The drain bench's bare baseline (issue 14): a plain BullMQ worker on the service's moderation queue that, per job,
 * SELECTs the comment and UPDATEs it to published, at concurrency 50. No checks, no transaction, no counters,
 * outbox or live event: the floor our worker's work sits on. Started by bench/drain.bench.ts with the service's env.
 */
import { Worker } from 'bullmq';
import { Pool } from 'pg';
import { redisOptions } from '../libs/queue/src/connection';
import { clusterSafePrefix } from '../libs/queue/src/key-prefix';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
});
const worker = new Worker<{ commentId: string }>(
  'moderation',
  async (job) => {
    const { rows } = await pool.query('SELECT id, status FROM comments WHERE id = $1', [job.data.commentId]);
    if (rows[0]?.status !== 'queued') return;
    await pool.query(
      `UPDATE comments SET status = 'published', checked_at = now(), published_at = now() WHERE id = $1 AND status = 'queued'`,
      [job.data.commentId],
    );
  },
  {
    connection: redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
    prefix: clusterSafePrefix(process.env.QUEUE_PREFIX ?? 'cm'),
    concurrency: 50,
  },
);

process.once('SIGTERM', () => {
  void worker
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
