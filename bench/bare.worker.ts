/**
 * The drain bench's bare baseline (issue 14): a plain BullMQ worker on the service's moderation queue that, per job,
 * SELECTs the comment and UPDATEs it to published, at concurrency 50. No checks, no transaction, no counters,
 * outbox or live event: the floor our worker's work sits on. Started by bench/drain.bench.ts with the service's env,
 * and by bench/latency.bench.ts with BARE_TABLE=baseline_comments (the rows bench/baseline.server.ts stores).
 */
import { Worker } from 'bullmq';
import { Pool } from 'pg';
import { redisOptions } from '../libs/queue/src/connection';
import { clusterSafePrefix } from '../libs/queue/src/key-prefix';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
});
// Only ever one of the two names the benches pass: never text from outside into the SQL.
const table = process.env.BARE_TABLE === 'baseline_comments' ? 'baseline_comments' : 'comments';
const worker = new Worker<{ commentId: string }>(
  'moderation',
  async (job) => {
    const { rows } = await pool.query(`SELECT id, status FROM ${table} WHERE id = $1`, [job.data.commentId]);
    if (rows[0]?.status !== 'queued') return;
    await pool.query(
      `UPDATE ${table} SET status = 'published', checked_at = now(), published_at = now() WHERE id = $1 AND status = 'queued'`,
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
