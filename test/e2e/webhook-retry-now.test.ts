import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../support/database';
import { createSite } from '../support/sites';
import { RunningApi, startApi, waitFor } from '../support/test-app';
import { adminClient, publishThroughPipeline } from '../support/webhook-helpers';
import { WebhookReceiver } from '../support/webhook-receiver';

const ADMIN = { email: 'retry-admin@example.org', password: randomBytes(12).toString('hex') };

/** A manual retry means now: a pending delivery waiting an hour for its next attempt is sent at once. */
describe('manual retry of a pending delivery', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  let admin: Awaited<ReturnType<typeof adminClient>>;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    process.env.ADMIN_EMAIL = ADMIN.email;
    process.env.ADMIN_PASSWORD = ADMIN.password;
    // After the first failure the next attempt is an hour away: only "send now" can deliver within the test.
    process.env.WEBHOOK_RETRY_SCHEDULE_MS = '3600000,3600000,3600000,3600000,3600000,3600000';
    process.env.WEBHOOK_RELAY_INTERVAL_MS = '300';
    await receiver.start();
    api = await startApi({ withWorker: true });
    admin = await adminClient(api.url, ADMIN.email, ADMIN.password);
  });

  afterAll(async () => {
    delete process.env.WEBHOOK_RETRY_SCHEDULE_MS;
    delete process.env.WEBHOOK_RELAY_INTERVAL_MS;
    await api?.close();
    await receiver.stop();
    await db?.drop();
  });

  it('sends a pending delivery at once, with the same webhook-id', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const created = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: `${receiver.url}/later`, events: ['comment.published'] },
    });
    expect(created.status).toBe(201);
    receiver.verifyWith('/later', created.body.secret);
    receiver.script('/later', [{ status: 503 }], { status: 200 });
    await publishThroughPipeline(api.url, siteId, 'retry-now');
    const deliveries = async () =>
      (await admin(`/v1/admin/sites/${siteId}/webhooks/${created.body.id}/deliveries`)).body as any[];
    const [pending] = await waitFor(
      async () => {
        const log = await deliveries();
        return log[0]?.attempts >= 1 && log[0].status === 'pending' && log;
      },
      { what: 'the first failed attempt' },
    );
    const retried = await admin(
      `/v1/admin/sites/${siteId}/webhooks/${created.body.id}/deliveries/${pending.id}/retry`,
      { method: 'POST' },
    );
    expect(retried.status).toBe(202);
    await waitFor(async () => (await deliveries())[0]?.status === 'delivered', {
      what: 'the retried delivery to arrive',
      timeoutMs: 15000,
    });
    const calls = receiver.callsTo('/later');
    expect(calls).toHaveLength(2);
    expect(calls[1].headers['webhook-id']).toBe(calls[0].headers['webhook-id']);
  });
});
