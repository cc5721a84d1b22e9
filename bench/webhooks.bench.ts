/**
 * Webhook delivery, measured on the real path (status change → outbox → relay → queue → worker → HTTP) against a local
 * receiver, on the PostgreSQL and Redis the tests use:
 * 1. p50/p95 from a status change to the first attempt arriving, beside a bare HTTP POST to the same receiver;
 * 2. 1,000 events to a receiver that takes 200 ms while another site sends a few: the slow endpoint's peak
 *    concurrency and the other site's latency, with the per-endpoint fair share and without it (cap = worker slots).
 * Run: npx ts-node -T -r tsconfig-paths/register bench/webhooks.bench.ts
 */
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

Object.assign(process.env, {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  EMAIL_KEY: randomBytes(32).toString('base64'),
  APP_SECRET: randomBytes(32).toString('hex'),
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_CONCURRENCY: '32',
  SWEEP_INTERVAL_MS: '60000',
});

import { CommentLifecycle, SitesService } from '@app/comments';
import { comments, Database, DATABASE } from '@app/db';
import { WebhookEndpointsService } from '@app/webhooks';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { createTestDatabase } from '../test/support/database';
import { changeStatus } from '../test/support/webhook-helpers';

/** Records when each comment's first call arrives, and how many calls per path were open at once. */
class Receiver {
  url = '';
  readonly arrivals = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();
  private readonly open = new Map<string, number>();
  readonly peak = new Map<string, number>();
  delays = new Map<string, number>();
  private readonly server = createServer((req, res) => {
    const at = performance.now();
    const path = req.url ?? '/';
    this.open.set(path, (this.open.get(path) ?? 0) + 1);
    this.peak.set(path, Math.max(this.peak.get(path) ?? 0, this.open.get(path)!));
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const id = body ? (JSON.parse(body).data?.comment?.id ?? body) : '';
      if (!this.arrivals.has(id)) this.arrivals.set(id, at);
      this.waiters.get(id)?.(at);
      setTimeout(
        () => {
          this.open.set(path, this.open.get(path)! - 1);
          res.writeHead(204).end();
        },
        this.delays.get(path) ?? 0,
      );
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  arrival(id: string): Promise<number> {
    const seen = this.arrivals.get(id);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.set(id, resolve));
  }

  stop(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function startWorker(cap: number): Promise<INestApplicationContext> {
  process.env.QUEUE_PREFIX = `bench-${randomBytes(4).toString('hex')}`;
  process.env.WEBHOOK_ENDPOINT_CONCURRENCY = String(cap);
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  return app;
}

async function siteWithEndpoint(app: INestApplicationContext, url: string): Promise<string> {
  const siteId = `bench-${randomBytes(4).toString('hex')}`;
  await app.get(SitesService).create({ id: siteId, name: siteId });
  await app.get(WebhookEndpointsService).register(siteId, { url, events: ['comment.published'] });
  return siteId;
}

async function queuedComments(
  app: INestApplicationContext,
  siteId: string,
  count: number,
): Promise<string[]> {
  const db = app.get<Database>(DATABASE);
  const ids = Array.from({ length: count }, () => `c-${randomBytes(8).toString('hex')}`);
  for (let i = 0; i < ids.length; i += 500) {
    await db.insert(comments).values(
      ids.slice(i, i + 500).map((id, n) => ({
        id,
        siteId,
        threadId: 'bench',
        authorName: 'Bench',
        authorEmailEncrypted: 'x',
        authorEmailHmac: `h${i + n}`,
        avatarSeed: 'seed',
        body: `टिप्पणी ${i + n}`,
        bodyFingerprint: `f${i + n}`,
        formTokenState: 'valid',
        statusTokenHash: 'x',
      })),
    );
  }
  return ids;
}

async function bareBaseline(receiver: Receiver, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const id = `bare-${i}`;
    const body = JSON.stringify({ data: { comment: { id } } });
    const started = performance.now();
    const arrived = receiver.arrival(id);
    const req = request(`${receiver.url}/bare`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json' },
    });
    req.on('response', (res) => res.resume());
    req.end(body);
    times.push((await arrived) - started);
  }
  return times;
}

async function latency(
  receiver: Receiver,
  rounds: number,
): Promise<{ fromCommit: number[]; fromStart: number[] }> {
  const app = await startWorker(4);
  try {
    const siteId = await siteWithEndpoint(app, `${receiver.url}/latency`);
    const ids = await queuedComments(app, siteId, rounds + 10);
    const committedAt = new Map<string, number>();
    app.get(CommentLifecycle).listen({
      afterCommit: (changes) =>
        changes.forEach(({ comment }) => committedAt.set(comment.id, performance.now())),
    });
    const fromCommit: number[] = [];
    const fromStart: number[] = [];
    for (const [i, id] of ids.entries()) {
      const started = performance.now();
      const arrived = receiver.arrival(id);
      await changeStatus(app, id, 'published');
      const at = await arrived;
      if (i < 10) continue; // the first few warm up connections and JIT
      fromCommit.push(at - committedAt.get(id)!);
      fromStart.push(at - started);
    }
    return { fromCommit, fromStart };
  } finally {
    await app.close();
  }
}

async function fairness(receiver: Receiver, cap: number, label: string): Promise<void> {
  const slow = `/slow-${cap}`;
  const fast = `/fast-${cap}`;
  receiver.delays.set(slow, 200);
  const app = await startWorker(cap);
  try {
    const slowSite = await siteWithEndpoint(app, receiver.url + slow);
    const fastSite = await siteWithEndpoint(app, receiver.url + fast);
    const slowIds = await queuedComments(app, slowSite, 1000);
    const fastIds = await queuedComments(app, fastSite, 20);
    const started = performance.now();
    // The burst: 1,000 status changes, 25 at a time, so the slow endpoint has a real backlog.
    const burst = (async () => {
      for (let i = 0; i < slowIds.length; i += 25) {
        await Promise.all(slowIds.slice(i, i + 25).map((id) => changeStatus(app, id, 'published')));
      }
    })();
    const fastLatency: number[] = [];
    await new Promise((r) => setTimeout(r, 500));
    for (const id of fastIds) {
      const at = performance.now();
      const arrived = receiver.arrival(id);
      await changeStatus(app, id, 'published');
      fastLatency.push((await arrived) - at);
      await new Promise((r) => setTimeout(r, 150));
    }
    await burst;
    await Promise.all(slowIds.map((id) => receiver.arrival(id)));
    const total = performance.now() - started;
    console.log(
      `${label}: 1,000 slow events in ${(total / 1000).toFixed(1)} s, slow endpoint peak concurrency ${receiver.peak.get(slow)}; ` +
        `other site p50 ${ms(quantile(fastLatency, 0.5))}, max ${ms(Math.max(...fastLatency))}`,
    );
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const receiver = new Receiver();
  await receiver.start();
  try {
    const bare = await bareBaseline(receiver, 200);
    const { fromCommit, fromStart } = await latency(receiver, 200);
    const p = (v: number[]) => `p50 ${ms(quantile(v, 0.5))}, p95 ${ms(quantile(v, 0.95))}`;
    console.log(`baseline  bare POST → arrives at the receiver:                  ${p(bare)}`);
    console.log(`webhook   status change committed → first attempt arrives:      ${p(fromCommit)}`);
    console.log(`webhook   status change begun (its transaction too) → arrives: ${p(fromStart)}`);
    await fairness(receiver, 4, 'fair share (4 per endpoint, 32 slots)');
    await fairness(receiver, 32, 'baseline, no per-endpoint cap (32 slots)');
  } finally {
    receiver.stop();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
