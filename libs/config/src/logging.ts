import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { Options as HttpLoggerOptions } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Env } from './env.schema';

const EMAIL_PATTERN = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;

/** Replaces anything shaped like an email in log values: the last line of defence behind field redaction. */
export function scrubEmails<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return value.replace(EMAIL_PATTERN, '[email]') as T;
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubEmails(v, depth + 1)) as T;
  if (value instanceof Error) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubEmails(v, depth + 1);
  return out as T;
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

/** Structured pino logs with a request id on every line; emails, credentials and secrets never reach the output. */
export function loggingParams(env: Env): Params {
  const options: HttpLoggerOptions = {
    level: env.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage) =>
      (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(),
    formatters: { log: (object: Record<string, unknown>) => scrubEmails(object) },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => scrubEmails(a)) as Parameters<typeof method>);
      },
    },
    serializers: {
      // Query strings can carry search text; the path alone is enough to trace a request.
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url?.split('?')[0],
      }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/healthz' || req.url === '/metrics' },
  };
  // LOG_FILE sends the same lines to a file instead of stdout (an operator's choice; the tests read it too).
  return {
    pinoHttp: env.LOG_FILE
      ? [options, pino.destination({ dest: env.LOG_FILE, sync: true, mkdir: true })]
      : options,
  };
}
