import type { LoggerService } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { Options as HttpLoggerOptions } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Env } from './env.schema';

const EMAIL_PATTERN = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;

/** Replaces anything shaped like an email in one piece of free text; a text without "@" costs one scan. */
export function scrubEmails(text: string): string {
  return text.includes('@') ? text.replace(EMAIL_PATTERN, '[email]') : text;
}

/**
 * Errors are where text a client sent can reach a log line (a driver echoing a value, a parser quoting input),
 * so only they, and only when logged, are scrubbed; every other field is redacted by its path.
 */
export function serializeError(error: unknown): unknown {
  if (typeof error === 'string') return scrubEmails(error);
  if (!(error instanceof Error)) return error;
  const plain = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(plain))
    if (typeof value === 'string') plain[key] = scrubEmails(value);
  return plain;
}

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.authorEmail',
  '*.email',
  '*.password',
  '*.token',
  '*.statusToken',
  '*.secret',
  '*.formToken',
];

/** Paths that are not request lines: probes would drown the access log. */
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
export const isUnloggedPath = (path: string): boolean => UNLOGGED_PATHS.has(path);

/** A request's id: the caller's X-Request-Id (bounded), or a new UUID. Fastify and pino-http use the same one. */
export const requestIdOf = (req: IncomingMessage): string =>
  (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();

/**
 * Structured pino logs with a request id on every line. pino-http only binds the request (its id, method and path)
 * to the request's logger, in a Fastify hook of the api (apps/api/src/http/request-logger.ts), not as Nest
 * middleware; the one access line per request is written by the api on response (bootstrap.ts), where the status
 * code and duration are known.
 */
export function loggingParams(env: Env): Params {
  const options: HttpLoggerOptions = {
    level: env.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: requestIdOf,
    serializers: {
      err: serializeError,
      // Query strings can carry search text; the path alone is enough to trace a request (and a path is typed
      // by the client, so it is scrubbed too: once per request, when its logger is made).
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: scrubEmails(req.url?.split('?')[0] ?? ''),
      }),
    },
    autoLogging: false,
  };
  // LOG_FILE sends the same lines to a file instead of stdout (an operator's choice; the tests read it too).
  return {
    // No route gets nestjs-pino's middleware: the api's hook binds the request logger (see above).
    forRoutes: [],
    pinoHttp: env.LOG_FILE
      ? [options, pino.destination({ dest: env.LOG_FILE, sync: true, mkdir: true })]
      : options,
  };
}

/** Nest's own start-up lines (one per module, one per route) are for debugging; an operator sees one per service. */
const STARTUP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

/** Nest's logger with start-up chatter moved to debug; everything else passes through unchanged. */
export class QuietStartupLogger implements LoggerService {
  constructor(private readonly inner: LoggerService) {}

  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) this.inner.debug?.(message, ...rest);
    else this.inner.log(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.inner.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.inner.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.inner.debug?.(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.inner.verbose?.(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.inner.fatal?.(message, ...rest);
  }
}
