import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet, { FastifyHelmetOptions } from '@fastify/helmet';
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

  const headers = await securityHeaders({
    // The widget script and its API are used from other sites' pages.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Our pages (demo, dashboard, API docs) set their own policy where they need one.
    contentSecurityPolicy: false,
  });
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
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

/** Headers every answer has whatever its route; the probe's own are not helmet's. */
const PROBE_HEADERS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * Helmet's headers for these options, worked out once by running the plugin on a probe instance. Registered on
 * the app, @fastify/helmet builds its middleware chain again on every request (5 % of a submission's CPU); with no
 * per-route helmet options and no CSP nonces here, its answer is the same every time.
 */
export async function securityHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = new FastifyAdapter().getInstance();
  await probe.register(helmet, options);
  probe.get('/', async () => '');
  const answer = await probe.inject('/');
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers))
    if (!PROBE_HEADERS.has(name) && value !== undefined) headers[name] = String(value);
  return headers;
}
