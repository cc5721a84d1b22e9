import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { TcpProxy } from '../support/tcp-proxy';
import { RunningApi, startApi, waitFor } from '../support/test-app';
import { adminClient, changeStatus, publishThroughPipeline } from '../support/webhook-helpers';
import { WebhookReceiver } from '../support/webhook-receiver';
import { WebhooksRepository } from '@app/webhooks';

const ADMIN = { email: 'outbox-admin@example.org', password: randomBytes(12).toString('hex') };

/** The outbox: an event written while Redis is away waits in PostgreSQL and is delivered once Redis is back. */
describe('webhook outbox across a Redis outage', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let redis: TcpProxy;
  let api: RunningApi;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    process.env.ADMIN_EMAIL = ADMIN.email;
    process.env.ADMIN_PASSWORD = ADMIN.password;
    process.env.WEBHOOK_RELAY_INTERVAL_MS = '300';
    const target = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    redis = new TcpProxy(target.hostname, Number(target.port || 6379));
    await redis.start();
    target.port = String(redis.port);
    process.env.REDIS_URL = target.toString();
    await receiver.start();
    api = await startApi({ withWorker: true });
  });

  afterAll(async () => {
    await api?.close();
    await redis?.cut();
    await receiver.stop();
    await db?.drop();
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
