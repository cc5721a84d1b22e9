import { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AddressInfo } from 'node:net';
import { ApiModule } from '../../apps/api/src/api.module';
import { createApiApplication } from '../../apps/api/src/bootstrap';
import { StandaloneModule } from '../../apps/standalone/src/standalone.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';

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

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 10000, intervalMs = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
