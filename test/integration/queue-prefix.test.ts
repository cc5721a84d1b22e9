import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QUEUES, REDIS_KEY_PREFIX, resolveKeyPrefix } from '@app/queue';
import { Database, DATABASE } from '@app/db';
import { http, submission } from '../support/client';
import { createTestDatabase } from '../support/database';
import { submitChecked } from '../support/moderation';
import { createSite } from '../support/sites';
import { RunningApi, startApi, startWorker, waitFor } from '../support/test-app';

/**
 * Two deployments with default settings on one Redis (issue 16, item 10): each has its own key prefix, derived
 * from its store's id, so the second one's worker never takes the first one's jobs.
 */
describe('the default queue prefix is one per deployment', () => {
  const configured = process.env.QUEUE_PREFIX;
  let storeA: Awaited<ReturnType<typeof createTestDatabase>>;
  let storeB: Awaited<ReturnType<typeof createTestDatabase>>;
  let apiA: RunningApi;
  let deploymentB: RunningApi;
  let workerA: INestApplicationContext | undefined;

  beforeAll(async () => {
    delete process.env.QUEUE_PREFIX; // the default, as an operator who sets nothing runs it
    [storeA, storeB] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    process.env.DATABASE_URL = storeA.url;
    apiA = await startApi(); // no worker of its own yet: its jobs wait in its queue
    process.env.DATABASE_URL = storeB.url;
    deploymentB = await startApi({ withWorker: true });
  });

  afterAll(async () => {
    for (const app of [apiA?.app, deploymentB?.app]) {
      await app
        ?.get<Queue>(getQueueToken(QUEUES.moderation))
        .obliterate({ force: true })
        .catch(() => undefined);
    }
    await workerA?.close();
    await deploymentB?.close();
    await apiA?.close();
    await Promise.all([storeA?.drop(), storeB?.drop()]);
    process.env.QUEUE_PREFIX = configured;
  });

  it('each deployment derives its own Redis Cluster-safe prefix from its store', () => {
    const prefixA = apiA.app.get<string>(REDIS_KEY_PREFIX);
    const prefixB = deploymentB.app.get<string>(REDIS_KEY_PREFIX);
    expect(prefixA).toMatch(/^\{cm-[0-9a-f]{16}\}$/);
    expect(prefixB).toMatch(/^\{cm-[0-9a-f]{16}\}$/);
    expect(prefixA).not.toBe(prefixB);
  });

  it('the prefix is stable across restarts of the same deployment', async () => {
    const again = await resolveKeyPrefix(undefined, apiA.app.get<Database>(DATABASE));
    expect(again).toBe(apiA.app.get<string>(REDIS_KEY_PREFIX));
  });

  it("a second deployment's worker drains its own queue and leaves the first one's job alone", async () => {
    const siteA = await createSite(apiA.app);
    const accepted = await http(`${apiA.url}/v1/sites/${siteA}/threads/t/comments`, {
      method: 'POST',
      json: submission(),
    });
    expect(accepted.status).toBe(202);
    // B's worker takes jobs in order; had the queues been shared, A's older job would have gone first.
    const siteB = await createSite(deploymentB.app);
    await submitChecked(deploymentB.url, siteB, 't');
    const queueA = apiA.app.get<Queue>(getQueueToken(QUEUES.moderation));
    expect(await (await queueA.getJob(accepted.body.id))!.getState()).toBe('waiting');

    // A's own worker, started later, does check it.
    process.env.DATABASE_URL = storeA.url;
    workerA = await startWorker();
    await waitFor(
      async () => {
        const view = await http(`${apiA.url}/v1/comments/${accepted.body.id}/status`, {
          headers: { authorization: `Bearer ${accepted.body.statusToken}` },
        });
        return view.body.status !== 'queued';
      },
      { what: "A's comment to be checked by A's worker" },
    );
  });

  it('QUEUE_PREFIX still overrides, wrapped in a hash tag unless it has one', async () => {
    const db = apiA.app.get<Database>(DATABASE);
    expect(await resolveKeyPrefix('tenant-7', db)).toBe('{tenant-7}');
    expect(await resolveKeyPrefix('{tenant-7}:eu', db)).toBe('{tenant-7}:eu');
  });
});
