import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiModule } from '../../apps/api/src/api.module';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { StandaloneModule } from '../../apps/standalone/src/standalone.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase } from './database';
import { useTestAdmin } from './moderators';
import { SmtpSink } from './smtp-sink';
import { TcpProxy } from './tcp-proxy';

export { sleep, waitFor } from './wait';

export interface RunningApi {
  app: NestFastifyApplication;
  url: string;
  close(): Promise<void>;
}

/** The real HTTP application on a free port: the API alone, or the API and the worker together. */
export async function startApi(options: { withWorker?: boolean } = {}): Promise<RunningApi> {
  const module: Type = options.withWorker ? StandaloneModule : ApiModule;
  const app = await createApiApplication(module);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** A worker process's modules, without HTTP. */
export async function startWorker(): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: false,
    abortOnError: false,
  });
  app.enableShutdownHooks();
  return app;
}

export interface TestApp extends RunningApi {
  /** A second API process on the same database and Redis, when the file asked for one (`secondApi`). */
  readonly second: RunningApi;
  /** The file's own database. */
  databaseUrl: string;
  /** What stands between the app and its database, when the file asked for it (`databaseProxy`): cut it, restore it. */
  readonly databaseProxy: TcpProxy;
  /** The service's log file, when the file asked for one (`log`). */
  logFile: string;
  /** Everything the service logged so far, when the file asked for a log. */
  readLog(): string;
}

/**
 * The setup most test files share: a database of the file's own, `env` set, then the API (with the worker when
 * asked) on a free port; closed and dropped after the file. `before` runs once the database exists and before the
 * API starts (a receiver, a Redis of the test's own, a proxy in front of the database); `beforeClose` once the tests
 * are done. `admin` makes the test admin the first one; `log` sends the service's log, at that level, to a file of
 * the file's own (privacy and access-log tests read it); `mail` runs an SMTP sink as the app's mail server. `secondApi` starts another API on the same store (what
 * crosses processes: caches, live events, group commit). Read the fields inside tests and hooks, not at import.
 */
export function useTestApp(
  options: {
    withWorker?: boolean;
    /** Another API instance on the same database and Redis, as `second` (never with the worker). */
    secondApi?: boolean;
    env?: Record<string, string>;
    /** The first admin is the kit's (`ADMIN` in moderators.ts), so `login(url)` works. */
    admin?: boolean;
    /** The app reaches its database only through a TCP proxy a test can cut (never the shared server itself). */
    databaseProxy?: boolean;
    /** A loopback SMTP server of the file's own, started before the app (as its SMTP_URL) and stopped after it. */
    mail?: SmtpSink;
    /** The service logs at this level to a file of the test's own, reset to silent after the file. */
    log?: string;
    before?: (database: { url: string }) => Promise<unknown>;
    /** Runs after the file's tests, before the app closes and the database goes (a worker, a client of its own). */
    beforeClose?: () => Promise<unknown>;
    /** For the after-file hook, when closing waits for an outage to settle. */
    closeTimeoutMs?: number;
  } = {},
): TestApp {
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let api: RunningApi | undefined;
  let second: RunningApi | undefined;
  let proxy: TcpProxy | undefined;
  const logFile = options.log ? join(mkdtempSync(join(tmpdir(), 'cm-log-')), 'service.log') : undefined;
  const envBefore = new Map<string, string | undefined>();
  const started = () => {
    if (!api || !db) throw new Error('useTestApp: the app is read before beforeAll started it');
    return { api, db };
  };
  let starting: Promise<void> | undefined;
  beforeAll(async () => {
    starting = start();
    await starting;
  });
  const start = async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    if (options.databaseProxy) {
      const direct = new URL(db.url);
      proxy = new TcpProxy(direct.hostname, Number(direct.port || 5432));
      const proxied = new URL(db.url);
      proxied.port = String(await proxy.start());
      process.env.DATABASE_URL = proxied.toString();
    }
    if (options.admin) useTestAdmin();
    if (logFile) Object.assign(process.env, { LOG_LEVEL: options.log, LOG_FILE: logFile });
    const env = { ...options.env };
    if (options.mail) {
      await options.mail.start();
      env.SMTP_URL = options.mail.url;
    }
    for (const name of Object.keys(env)) envBefore.set(name, process.env[name]);
    Object.assign(process.env, env);
    await options.before?.({ url: db.url });
    api = await startApi({ withWorker: options.withWorker });
    if (options.secondApi) second = await startApi();
  };
  // Jest runs afterAll hooks in the order declared, and this one comes first: what the file opened closes first.
  afterAll(async () => {
    // A start that outlived its hook's timeout still ends here, so what it opens is closed with the file and does
    // not run on (reconnecting, logging) into the files after it.
    await starting?.catch(() => undefined);
    await options.beforeClose?.();
    await second?.close();
    // A test may close the app itself first (to flush what is written at shutdown); closing twice is harmless.
    await api?.close().catch(() => undefined);
    await options.mail?.stop();
    await proxy?.cut();
    if (logFile) {
      delete process.env.LOG_FILE;
      process.env.LOG_LEVEL = 'silent';
    }
    // What `env` set ends with the file (a later describe in it starts from the usual settings).
    for (const [name, value] of envBefore) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await db?.drop();
  }, options.closeTimeoutMs);
  return {
    get app() {
      return started().api.app;
    },
    get url() {
      return started().api.url;
    },
    get databaseProxy() {
      if (!proxy) throw new Error('useTestApp: no database proxy was asked for (options.databaseProxy)');
      return proxy;
    },
    get second() {
      if (!second)
        throw new Error('useTestApp: no second API was asked for (options.secondApi), or it is not up yet');
      return second;
    },
    get databaseUrl() {
      // Readable after a test closed the app itself (to read what shutdown flushed).
      if (!db) throw new Error('useTestApp: the database is read before beforeAll made it');
      return db.url;
    },
    get logFile() {
      if (!logFile) throw new Error('useTestApp: no log was asked for (options.log)');
      return logFile;
    },
    readLog() {
      if (!logFile) throw new Error('useTestApp: no log was asked for (options.log)');
      return readFileSync(logFile, 'utf8');
    },
    close: async () => {
      await api?.close();
      api = undefined;
    },
  };
}
