/**
 * The bare pipeline the service is measured against: Fastify, one INSERT into a table of the comments table's shape,
 * one BullMQ add (job id = row id), 202. And a bare read: one SELECT of a thread's published rows, as JSON.
 * No validation, crypto, origin, flood or duplicate checks: the floor our intake's work sits on.
 * Started by the benches (PORT, DATABASE_URL, REDIS_URL, QUEUE_PREFIX, DB_POOL_SIZE); loopback only.
 */
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { redisOptions } from '../libs/queue/src/connection';
import { clusterSafePrefix } from '../libs/queue/src/key-prefix';

async function main(): Promise<void> {
  const pool = new Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DB_POOL_SIZE ?? 10),
  });
  const queue = new Queue('moderation', {
    connection: redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'),
    // The same keys as the service's (and bench/bare.worker.ts's) for the same QUEUE_PREFIX.
    prefix: clusterSafePrefix(process.env.QUEUE_PREFIX ?? 'cm'),
  });
  const app = Fastify({ bodyLimit: 256 * 1024 });

  app.post<{ Params: { siteId: string; threadId: string }; Body: Record<string, string> }>(
    '/v1/sites/:siteId/threads/:threadId/comments',
    async (request, reply) => {
      const { siteId, threadId } = request.params;
      const body = request.body;
      const id = uuidv7();
      const token = randomBytes(16).toString('hex');
      const { rows } = await pool.query(
        `INSERT INTO baseline_comments (id, site_id, thread_id, author_name, author_email_encrypted, author_email_hmac,
           avatar_seed, body, body_fingerprint, form_token_state, client_ip, user_agent, status_token_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'missing', $10, $11, $12) RETURNING created_at`,
        [
          id,
          siteId,
          threadId,
          body.authorName,
          body.authorEmail,
          token,
          token,
          body.body,
          id,
          request.ip,
          request.headers['user-agent'] ?? null,
          token,
        ],
      );
      await queue.add('check', { commentId: id }, { jobId: id, removeOnComplete: true });
      reply.code(202);
      return {
        id,
        status: 'queued',
        threadId,
        parentId: null,
        createdAt: rows[0].created_at,
        statusToken: token,
      };
    },
  );

  app.get<{ Params: { siteId: string; threadId: string } }>(
    '/v1/sites/:siteId/threads/:threadId/comments',
    async (request) => {
      const { siteId, threadId } = request.params;
      const { rows } = await pool.query(
        `SELECT id, parent_id, author_name, author_url, avatar_seed, body, language, created_at, published_at
         FROM comments WHERE site_id = $1 AND thread_id = $2 AND status = 'published'
        ORDER BY created_at, id LIMIT 200`,
        [siteId, threadId],
      );
      return { threadId, count: rows.length, comments: rows, nextCursor: null };
    },
  );

  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.once(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => Promise.all([pool.end(), queue.close()]))
        .then(() => process.exit(0)),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
