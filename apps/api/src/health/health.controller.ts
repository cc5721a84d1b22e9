import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import type { FastifyReply } from 'fastify';
import { DATABASE_HANDLE, DatabaseHandle } from '@app/db';
import { QUEUES } from '@app/queue';

const PROBE_TIMEOUT_MS = 1500;

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    @Inject(DATABASE_HANDLE) private readonly database: DatabaseHandle,
    @InjectQueue(QUEUES.moderation) private readonly queue: Queue,
  ) {}

  @Get('healthz')
  alive() {
    return { status: 'ok' };
  }

  /** Ready when both stores answer; each dependency is reported so an operator sees which one is down. */
  @Get('readyz')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const [postgres, redis] = await Promise.all([
      probe(() => this.database.ping()),
      probe(async () => {
        const client = await this.queue.getBackend().client;
        await client.get('readyz');
      }),
    ]);
    const ok = postgres.ok && redis.ok;
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { postgres, redis } };
  }
}

async function probe(check: () => Promise<void>): Promise<{ ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise(
        (_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), PROBE_TIMEOUT_MS)),
      ),
    ]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
