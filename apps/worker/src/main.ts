import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createServer } from 'node:http';
import { Logger } from 'nestjs-pino';
import { Env, ENV, parseEnv, QuietStartupLogger } from '@app/config';
import { MetricsService } from '@app/platform';
import { warmUpChecks } from './checks-warm-up';
import { WorkerModule } from './worker.module';

/** A worker has no public HTTP: it drains the queues and sweeps for anything the queue lost. */
async function main(): Promise<void> {
  parseEnv(process.env);
  // Before BullMQ's worker exists: the first jobs must not wait while the models load and the checks compile.
  warmUpChecks();
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    bufferLogs: true,
    abortOnError: false, // a failed start rejects and is logged below, as the api's does
  });
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  app.enableShutdownHooks();
  const env = app.get<Env>(ENV);
  if (env.METRICS_PORT) {
    const metrics = app.get(MetricsService);
    const server = createServer((request, response) => {
      if (request.url !== '/metrics') return void response.writeHead(404).end();
      metrics.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(text),
        () => response.writeHead(500).end(),
      );
    });
    server.listen(env.METRICS_PORT, env.HOST);
    process.once('SIGTERM', () => server.close());
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
