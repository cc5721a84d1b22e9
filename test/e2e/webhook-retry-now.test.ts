import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';
import { useWebhookTestApp, publishThroughPipeline } from '../support/webhook-helpers';

/** A manual retry means now: a pending delivery waiting an hour for its next attempt is sent at once. */
describe('manual retry of a pending delivery', () => {
  const { api, receiver, admin } = useWebhookTestApp({
    // After the first failure the next attempt is an hour away: only "send now" can deliver within the test.
    WEBHOOK_RETRY_SCHEDULE_MS: '3600000,3600000,3600000,3600000,3600000,3600000',
    WEBHOOK_RELAY_INTERVAL_MS: '300',
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
