import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/** One message for a port, whichever of its rules fails first. */
const portMessage = (min: number) => ({ message: `must be a whole number from ${min} to 65535` });

/** Every setting the service reads, validated once at boot. The README's configuration table mirrors this class. */
export class EnvSchema {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt(portMessage(0))
  @Min(0, portMessage(0))
  @Max(65535, portMessage(0))
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './.data';

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/=_-]{43,88}$/, { message: 'EMAIL_KEY must be 32 random bytes, base64 or hex' })
  EMAIL_KEY?: string;

  @IsOptional()
  @IsString()
  @Matches(/^.{32,}$/, { message: 'APP_SECRET must be at least 32 characters' })
  APP_SECRET?: string;

  @IsOptional()
  @IsString()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @Matches(/^.{10,}$/, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_MINUTE = 60;

  /** Calls one drop-in check API key may make per minute in one api process; 0 turns the limit off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  CHECK_API_RATE_PER_MINUTE = 6000;

  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  LOG_FILE?: string;

  /** Unset: derived from the store's id (one per deployment). Wrapped in a Redis Cluster hash tag either way. */
  @IsOptional()
  @Matches(/^[a-z0-9:_{}-]+$/i, { message: 'QUEUE_PREFIX may hold letters, digits, ":", "_", "-" and "{}"' })
  QUEUE_PREFIX?: string;

  /** Room for four batches of 64 (WORKER_COMMITS_IN_FLIGHT): with 64 the worker sat idle ~60 % of the drain. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024)
  WORKER_CONCURRENCY = 256;

  /** Jobs the worker coalesces into one batch (one set of context queries, one transaction), and such batches at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_BATCH_MAX = 64;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_COMMITS_IN_FLIGHT = 4;

  /** Group commit at intake: most submissions one transaction stores, and how many such commits run at once. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  INTAKE_BATCH_MAX = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  INTAKE_COMMITS_IN_FLIGHT = 2;

  /** One access-log line per request (status code and duration); false turns them off. */
  @Transform(toBool)
  @IsBoolean()
  LOG_REQUESTS = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(500)
  SWEEP_INTERVAL_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  SWEEP_MIN_AGE_MS = 5000;

  /** Client IPs and user agents are erased from comments older than this many days (data minimisation). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  RETENTION_IP_DAYS = 30;

  @Transform(toBool)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE = false;

  /** A worker process has no public HTTP; set this to serve its own /metrics for Prometheus. */
  @IsOptional()
  @Transform(toInt)
  @IsInt(portMessage(1))
  @Min(1, portMessage(1))
  @Max(65535, portMessage(1))
  METRICS_PORT?: number;

  /** Delays before each retry of a failed webhook delivery; one attempt more than there are delays. */
  @Matches(/^\d+(,\d+){5,}$/, {
    message: 'WEBHOOK_RETRY_SCHEDULE_MS must be at least 6 comma-separated millisecond delays',
  })
  WEBHOOK_RETRY_SCHEDULE_MS = '5000,60000,600000,3600000,21600000,43200000';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(512)
  WEBHOOK_CONCURRENCY = 32;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WEBHOOK_ENDPOINT_CONCURRENCY = 4;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_DISABLE_AFTER_FAILURES = 20;

  /** …and only once the failures have gone on this long (default a day). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  WEBHOOK_DISABLE_AFTER_MS = 86_400_000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_RELAY_INTERVAL_MS = 2000;

  /** The live comment stream (SSE): heartbeat interval, and how many open streams per client IP and per api process. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  LIVE_HEARTBEAT_MS = 15000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LIVE_MAX_STREAMS_PER_IP = 8;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LIVE_MAX_STREAMS = 2000;

  /** Where mail to readers and moderators goes (smtp:// or smtps://); unset, mail is skipped and logged. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Comments <comments@localhost>';

  /** Attempts per mail before it goes to the dead-letter list, and the first retry's delay (doubling after). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_ATTEMPTS = 8;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_RETRY_DELAY_MS = 5000;

  /** How often a worker looks for moderators' digests that are due (each is sent at most every alertDigestMinutes). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  ALERT_DIGEST_TICK_MS = 60_000;
}

export type Env = Readonly<EnvSchema>;

/** Validates the environment; throws one message naming every bad variable, so the process refuses to start. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const env = plainToInstance(EnvSchema, stripEmpty(source), { exposeDefaultValues: true });
  // The first broken rule of each variable is enough to fix it ("PORT=abc" need not hear it is also below 0).
  const errors = validateSync(env, { whitelist: true, forbidUnknownValues: false, stopAtFirstError: true });
  const problems = errors.map(
    (e) => `${e.property}: ${[...new Set(Object.values(e.constraints ?? {}))].join('; ')}`,
  );
  if (env.NODE_ENV === 'production') {
    if (!env.EMAIL_KEY) problems.push('EMAIL_KEY: required in production (32 random bytes, base64 or hex)');
    if (!env.APP_SECRET) problems.push('APP_SECRET: required in production (at least 32 characters)');
  }
  if (problems.length > 0) throw new Error(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return env;
}

/** Empty variables count as unset; variables the schema does not know are dropped by `whitelist`. */
function stripEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source))
    if (value !== undefined && value !== '') out[key] = value;
  return out;
}
