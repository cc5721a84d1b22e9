import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { CommentsRepository, SweeperService } from '@app/comments';
import { QUEUES } from '@app/queue';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { startWorker, useTestApp, waitFor } from '../support/test-app';

/** Nothing answered 202 is lost: a comment whose job Redis lost is found by the sweeper and checked. */
describe('sweeper', () => {
  let worker: INestApplicationContext | undefined;
  const api = useTestApp({ beforeClose: async () => worker?.close() });

  it('re-enqueues a queued comment whose job vanished, once, and the worker then checks it', async () => {
    const siteId = await createSite(api.app);
    const accepted = await http(`${api.url}/v1/sites/${siteId}/threads/t/comments`, {
      method: 'POST',
      json: submission({ body: 'रेडिस ने नौकरी खो दी, फिर भी टिप्पणी बची रही।' }),
    });
    expect(accepted.status).toBe(202);

    // Redis loses the job (a restart without persistence, an eviction, a flush).
    const queue = api.app.get<Queue>(getQueueToken(QUEUES.moderation));
    const job = await queue.getJob(accepted.body.id);
    expect(job).toBeDefined();
    await job!.remove();
    expect(await queue.getJob(accepted.body.id)).toBeUndefined();

    const sweeper = api.app.get(SweeperService);
    await new Promise((r) => setTimeout(r, Number(process.env.SWEEP_MIN_AGE_MS) + 100));
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    expect(await queue.getJob(accepted.body.id)).toBeDefined();
    // A second sweep while the job is live adds nothing.
    const again = await sweeper.sweep();
    expect(again).toBe(0);

    worker = await startWorker();
    const repo = api.app.get(CommentsRepository);
    const checked = await waitFor(async () => {
      const row = await repo.findById(accepted.body.id);
      return row && row.status !== 'queued' && row;
    });
    expect(checked.verdict).not.toBeNull();
  });

  it('leaves comments that are already decided alone', async () => {
    const sweeper = api.app.get(SweeperService);
    await waitFor(
      async () => (await api.app.get(CommentsRepository).queuedOlderThan(new Date(), 10)).length === 0,
    );
    expect(await sweeper.sweep()).toBe(0);
  });
});
