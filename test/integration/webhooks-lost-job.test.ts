import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { QUEUES } from '@app/queue';
import { WebhookRelay } from '@app/webhooks';
import { http, submission } from '../support/client';
import { ADMIN } from '../support/moderators';
import { createSite } from '../support/sites';
import { startWorker, useTestApp, waitFor } from '../support/test-app';
import { adminClient, changeStatus } from '../support/webhook-helpers';
import { WebhookReceiver } from '../support/webhook-receiver';

/** At-least-once delivery survives Redis losing a webhook job after its outbox row was marked enqueued. */
describe('a webhook job lost by Redis', () => {
  let worker: INestApplicationContext | undefined;
  const receiver = new WebhookReceiver();
  // No worker yet: the job waits in Redis. The worker the test starts closes before the app, the receiver after.
  const api = useTestApp({
    admin: true,
    before: () => receiver.start(),
    beforeClose: async () => worker?.close(),
  });
  afterAll(() => receiver.stop());

  it('goes back to the outbox, is enqueued again, and is delivered once a worker runs', async () => {
    const siteId = await createSite(api.app);
    const admin = await adminClient(api.url, ADMIN.email, ADMIN.password);
    const endpoint = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: `${receiver.url}/lost`, events: ['comment.published'] },
    });
    expect(endpoint.status).toBe(201);
    receiver.verifyWith('/lost', endpoint.body.secret);

    const accepted = await http(`${api.url}/v1/sites/${siteId}/threads/t/comments`, {
      method: 'POST',
      json: submission({ body: 'वेबहुक का काम खो गया, फिर भी पहुँचेगा।' }),
    });
    await changeStatus(api.app, accepted.body.id, 'published');

    const queue = api.app.get<Queue>(getQueueToken(QUEUES.webhooks));
    const deliveries = await waitFor(async () => {
      const list = (await admin(`/v1/admin/sites/${siteId}/webhooks/${endpoint.body.id}/deliveries`))
        .body as { id: string }[];
      return list.length === 1 && list;
    });
    const jobId = deliveries[0].id;
    await waitFor(async () => Boolean(await queue.getJob(jobId)), { what: 'the relay to enqueue the job' });

    // Redis loses it (a restart without persistence).
    await (await queue.getJob(jobId))!.remove();
    const relay = api.app.get(WebhookRelay);
    expect(await relay.recoverLost(60_000)).toBe(0); // not overdue yet: a slow queue is not a lost job
    expect(await relay.recoverLost(-1)).toBe(1);
    expect(await queue.getJob(jobId)).toBeDefined();
    expect(await relay.recoverLost(-1)).toBe(0); // its job exists again

    worker = await startWorker();
    const calls = await waitFor(
      async () => receiver.callsTo('/lost').length > 0 && receiver.callsTo('/lost'),
    );
    expect(calls[0].headers['webhook-id']).toBe(jobId);
    expect(calls[0].verifiedWith).toHaveLength(1);
  });
});
