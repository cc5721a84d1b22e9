import { ADMIN } from '../support/moderators';
import { createSite } from '../support/sites';
import { TcpProxy } from '../support/tcp-proxy';
import { useTestApp, waitFor } from '../support/test-app';
import { adminClient, changeStatus, publishThroughPipeline } from '../support/webhook-helpers';
import { WebhookReceiver } from '../support/webhook-receiver';
import { WebhooksRepository } from '@app/webhooks';

/** The outbox: an event written while Redis is away waits in PostgreSQL and is delivered once Redis is back. */
describe('webhook outbox across a Redis outage', () => {
  let redis: TcpProxy;
  const receiver = new WebhookReceiver();
  const api = useTestApp({
    withWorker: true,
    admin: true,
    env: { WEBHOOK_RELAY_INTERVAL_MS: '300' },
    // After the cut, BullMQ's blocking clients reconnect on a backoff of up to 20 s, and a worker's close waits for
    // them (bullmq#4656): closing took over 30 s once on a loaded CI machine, after the test itself had passed.
    closeTimeoutMs: 90_000,
    // The app reaches Redis only through a proxy the test cuts; the receiver is up before the app.
    before: async () => {
      const target = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
      redis = new TcpProxy(target.hostname, Number(target.port || 6379));
      target.port = String(await redis.start());
      process.env.REDIS_URL = target.toString();
      await receiver.start();
    },
  });
  afterAll(async () => {
    await redis?.cut();
    await receiver.stop();
  });

  it('keeps the event in the outbox while Redis is down and delivers it, signed, when Redis returns', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const admin = await adminClient(api.url, ADMIN.email, ADMIN.password);
    const created = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: `${receiver.url}/outage`, events: ['comment.published', 'comment.unpublished'] },
    });
    expect(created.status).toBe(201);
    receiver.verifyWith('/outage', created.body.secret);
    const commentId = await publishThroughPipeline(api.url, siteId, 'outage-1');
    await waitFor(async () => receiver.callsTo('/outage').length === 1, { what: 'comment.published' });

    await redis.cut();
    await changeStatus(api.app, commentId, 'rejected');
    const repository = api.app.get(WebhooksRepository);
    const waiting = await repository.outbox(10);
    expect(waiting).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.callsTo('/outage')).toHaveLength(1);

    await redis.restore();
    const [, unpublished] = await waitFor(
      async () => receiver.callsTo('/outage').length === 2 && receiver.callsTo('/outage'),
      {
        what: 'comment.unpublished after the outage',
        timeoutMs: 20000,
      },
    );
    expect(JSON.parse(unpublished.body)).toMatchObject({
      type: 'comment.unpublished',
      data: { comment: { id: commentId } },
    });
    expect(unpublished.headers['webhook-id']).toBe(waiting[0].id);
    expect(unpublished.verifiedWith).toEqual([created.body.secret]);
    // The relay marks a row enqueued just after handing it over, so the delivery can arrive a moment before the mark.
    await waitFor(async () => (await repository.outbox(10)).length === 0, { what: 'the outbox to empty' });
    expect(await repository.outbox(10)).toEqual([]);
  });
});
