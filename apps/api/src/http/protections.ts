import { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Redis from 'ioredis';
import { Env } from '@app/config';
import { MetricsService } from '@app/platform';
import { REDIS_KEY_PREFIX, redisOptions } from '@app/queue';

/** Route config that puts a route under the per-IP submission limit (`@RouteConfig(SUBMISSION_LIMIT)`). */
export const SUBMISSION_LIMIT = { rateLimit: {} };

/**
 * What every response gets: security headers, a Redis-backed limit on submissions per client IP shared by all api
 * processes, and a latency histogram per route. Returns what must be closed on shutdown.
 */
export async function registerProtections(
  app: NestFastifyApplication,
  env: Env,
): Promise<() => Promise<void>> {
  const fastify = app.getHttpAdapter().getInstance();

  await app.register(helmet as never, {
    // The widget script and its API are used from other sites' pages.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Our pages (demo, dashboard, API docs) set their own policy where they need one.
    contentSecurityPolicy: false,
  });

  let redis: Redis | undefined;
  if (env.RATE_LIMIT_PER_MINUTE > 0) {
    // Its own connection that fails fast: when Redis is away the limit is skipped, never the submission.
    redis = new Redis({
      ...redisOptions(env.REDIS_URL, 'producer'),
      connectTimeout: 1000,
      lazyConnect: false,
    });
    redis.on('error', () => undefined);
    await app.register(rateLimit as never, {
      // Only routes that ask for it (SUBMISSION_LIMIT): the router has decoded the path by then.
      global: false,
      max: env.RATE_LIMIT_PER_MINUTE,
      timeWindow: 60_000,
      redis,
      nameSpace: `${app.get<string>(REDIS_KEY_PREFIX)}:rate:`,
      skipOnError: true,
      keyGenerator: (request: { ip: string }) => request.ip,
      errorResponseBuilder: (_request: unknown, context: { after: string; ttl: number }) => ({
        statusCode: 429,
        type: 'https://httpstatuses.io/429',
        title: 'Too many requests',
        status: 429,
        detail: `Too many comments from this address; try again in ${context.after}.`,
      }),
    });
  }

  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  return async () => {
    redis?.disconnect();
  };
}
