import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AddressInfo } from 'node:net';
import { ApiModule } from '../../apps/api/src/api.module';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { StandaloneModule } from '../../apps/standalone/src/standalone.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase } from './database';

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
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  app.enableShutdownHooks();
  return app;
}

export interface TestApp extends RunningApi {
  /** The file's own database. */
  databaseUrl: string;
}

/**
 * The setup most test files share: a database of the file's own, `env` set, then the API (with the worker when
 * asked) on a free port; closed and dropped after the file. `before` runs once the database exists and before the
 * API starts (a receiver, a Redis of the test's own); `beforeClose` once the tests are done. Read the fields inside tests and hooks, not at import.
 */
export function useTestApp(
  options: {
    withWorker?: boolean;
    env?: Record<string, string>;
    before?: () => Promise<unknown>;
    /** Runs after the file's tests, before the app closes and the database goes (a worker, a client of its own). */
    beforeClose?: () => Promise<unknown>;
  } = {},
): TestApp {
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let api: RunningApi | undefined;
  const started = () => {
    if (!api || !db) throw new Error('useTestApp: the app is read before beforeAll started it');
    return { api, db };
  };
  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    Object.assign(process.env, options.env ?? {});
    await options.before?.();
    api = await startApi({ withWorker: options.withWorker });
  });
  // Jest runs afterAll hooks in the order declared, and this one comes first: what the file opened closes first.
  afterAll(async () => {
    await options.beforeClose?.();
    await api?.close();
    await db?.drop();
  });
  return {
    get app() {
      return started().api.app;
    },
    get url() {
      return started().api.url;
    },
    get databaseUrl() {
      return started().db.url;
    },
    close: async () => {
      await api?.close();
      api = undefined;
    },
  };
}
