import { randomBytes } from 'node:crypto';
import { http } from '../support/client';
import { PUBLIC_COMMENT_KEYS } from '../support/contract';
import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';
import { useWebhookTestApp, changeStatus, publishThroughPipeline } from '../support/webhook-helpers';

/** Webhooks end to end: the admin API, the real pipeline, the outbox, the queue, the worker and a verifying receiver. */
describe('webhooks to publishers', () => {
  const { api, receiver, admin } = useWebhookTestApp({
    WEBHOOK_RETRY_SCHEDULE_MS: '100,100,100,100,100,100',
    WEBHOOK_DISABLE_AFTER_FAILURES: '10',
    WEBHOOK_DISABLE_AFTER_MS: '0',
    WEBHOOK_RELAY_INTERVAL_MS: '300',
  });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
  });

  async function register(
    path: string,
    events = ['comment.published', 'comment.unpublished', 'comment.held'],
  ) {
    const created = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: receiver.url + path, events },
    });
    expect(created.status).toBe(201);
    receiver.verifyWith(path, created.body.secret);
    return created.body as { id: string; url: string; events: string[]; secret: string };
  }

  const deliveries = async (endpointId: string) =>
    (await admin(`/v1/admin/sites/${siteId}/webhooks/${endpointId}/deliveries`)).body as any[];

  it('refuses the admin API without an admin session', async () => {
    expect((await http(`${api.url}/v1/admin/sites/${siteId}/webhooks`)).status).toBe(401);
    const post = await http(`${api.url}/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: receiver.url, events: ['comment.published'] },
    });
    expect(post.status).toBe(401);
  });

  it('registers an endpoint, shows its secret once, and validates the input', async () => {
    const created = await register('/registered', ['comment.published']);
    expect(Object.keys(created).sort()).toEqual(['events', 'id', 'secret', 'url']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await admin(`/v1/admin/sites/${siteId}/webhooks`);
    expect(listed.status).toBe(200);
    expect(listed.body.find((e: { id: string }) => e.id === created.id)).toMatchObject({
      url: created.url,
      enabled: true,
    });
    expect(listed.text).not.toContain(created.secret.slice(6));
    const bad = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: receiver.url, events: ['comment.deleted'] },
    });
    expect(bad.status).toBe(422);
    expect(
      (
        await admin(`/v1/admin/sites/no-such-site/webhooks`, {
          method: 'POST',
          json: { url: receiver.url, events: ['comment.held'] },
        })
      ).status,
    ).toBe(404);
    expect(
      (await admin(`/v1/admin/sites/${siteId}/webhooks/${created.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect(
      (await admin(`/v1/admin/sites/${siteId}/webhooks/${created.id}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });

  it('sends signed published, unpublished and held events with PublicComment only, and no email anywhere', async () => {
    const endpoint = await register('/all');
    const canary = `canary.${randomBytes(6).toString('hex')}@example.org`;
    const commentId = await publishThroughPipeline(api.url, siteId, 'wh-1', { authorEmail: canary });
    const published = await waitFor(
      async () => receiver.callsTo('/all').find((c) => JSON.parse(c.body).type === 'comment.published'),
      {
        what: 'comment.published',
      },
    );
    expect(published.verifiedWith).toEqual([endpoint.secret]);
    expect(published.headers['content-type']).toBe('application/json');
    expect(published.headers['webhook-id']).toMatch(/^msg_/);
    const body = JSON.parse(published.body);
    expect(Object.keys(body).sort()).toEqual(['data', 'timestamp', 'type']);
    expect(body.data).toMatchObject({ siteId, threadId: 'wh-1' });
    expect(Object.keys(body.data.comment).sort()).toEqual(PUBLIC_COMMENT_KEYS);
    expect(body.data.comment.id).toBe(commentId);

    await changeStatus(api.app, commentId, 'held');
    const types = await waitFor(
      async () => {
        const seen = receiver.callsTo('/all').map((c) => JSON.parse(c.body).type);
        return seen.length >= 3 && seen;
      },
      { what: 'unpublished and held' },
    );
    expect(types.sort()).toEqual(['comment.held', 'comment.published', 'comment.unpublished']);
    for (const call of receiver.callsTo('/all')) {
      expect(call.verifiedWith).toHaveLength(1);
      expect(call.body + JSON.stringify(call.headers)).not.toContain(canary);
      expect(call.body).not.toMatch(/127\.0\.0\.1|spamScore|verdict|authorEmail/);
    }
    const log = await deliveries(endpoint.id);
    expect(log.map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(log[0].attemptLog[0]).toMatchObject({ statusCode: 204, error: null });
  });

  it('hears a moderator take a comment down and approve it again through the moderation API', async () => {
    await register('/moderated', ['comment.published', 'comment.unpublished']);
    const commentId = await publishThroughPipeline(api.url, siteId, 'wh-mod');
    await waitFor(async () => receiver.callsTo('/moderated').length === 1, { what: 'comment.published' });
    const rejected = await admin(`/v1/moderation/comments/${commentId}/decision`, {
      method: 'POST',
      json: { action: 'reject' },
    });
    expect(rejected.status).toBe(200);
    await waitFor(async () => receiver.callsTo('/moderated').length === 2, { what: 'comment.unpublished' });
    await admin(`/v1/moderation/comments/${commentId}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
    });
    const calls = await waitFor(
      async () => receiver.callsTo('/moderated').length === 3 && receiver.callsTo('/moderated'),
    );
    expect(calls.map((c) => JSON.parse(c.body).type)).toEqual([
      'comment.published',
      'comment.unpublished',
      'comment.published',
    ]);
    expect(
      calls.every((c) => c.verifiedWith.length === 1 && JSON.parse(c.body).data.comment.id === commentId),
    ).toBe(true);
  });

  it('retries a failed delivery with the same webhook-id until it succeeds, logging each attempt', async () => {
    const endpoint = await register('/flaky', ['comment.published']);
    receiver.script('/flaky', [{ status: 500, body: 'boom' }, { status: 503 }]);
    await publishThroughPipeline(api.url, siteId, 'wh-2');
    const calls = await waitFor(
      async () => receiver.callsTo('/flaky').length >= 3 && receiver.callsTo('/flaky'),
      { what: '3 calls' },
    );
    expect(new Set(calls.map((c) => c.headers['webhook-id'])).size).toBe(1);
    expect(calls.every((c) => c.verifiedWith.length === 1)).toBe(true);
    const [delivery] = await waitFor(async () => {
      const log = await deliveries(endpoint.id);
      return log[0]?.status === 'delivered' && log;
    });
    expect(delivery.id).toBe(calls[0].headers['webhook-id']);
    expect(delivery.attempts).toBe(3);
    expect(delivery.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 503, 204]);
    expect(delivery.attemptLog[0].error).toContain('boom');
    expect(delivery.attemptLog.every((a: { latencyMs: number }) => a.latencyMs >= 0)).toBe(true);
  });

  it('marks a delivery failed after the whole schedule, then delivers it on a manual retry with the same id', async () => {
    const endpoint = await register('/down', ['comment.published']);
    receiver.script('/down', [], { status: 503 });
    await publishThroughPipeline(api.url, siteId, 'wh-3');
    const [failed] = await waitFor(
      async () => {
        const log = await deliveries(endpoint.id);
        return log[0]?.status === 'failed' && log;
      },
      { what: 'the delivery to fail' },
    );
    expect(failed.attempts).toBe(7);
    expect(failed.attemptLog).toHaveLength(7);
    expect(failed.lastStatusCode).toBe(503);
    expect(receiver.callsTo('/down')).toHaveLength(7);

    receiver.script('/down', [], { status: 200 });
    const retried = await admin(
      `/v1/admin/sites/${siteId}/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`,
      { method: 'POST' },
    );
    expect(retried.status).toBe(202);
    const [delivered] = await waitFor(
      async () => {
        const log = await deliveries(endpoint.id);
        return log[0]?.status === 'delivered' && log;
      },
      { what: 'the manual retry' },
    );
    expect(delivered.attemptLog).toHaveLength(8);
    const calls = receiver.callsTo('/down');
    expect(calls).toHaveLength(8);
    expect(new Set(calls.map((c) => c.headers['webhook-id']))).toEqual(new Set([failed.id]));
  });

  it('signs with both secrets during a rotation overlap', async () => {
    const endpoint = await register('/rotating', ['comment.published']);
    const rotated = await admin(`/v1/admin/sites/${siteId}/webhooks/${endpoint.id}/rotate-secret`, {
      method: 'POST',
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    receiver.verifyWith('/rotating', endpoint.secret, rotated.body.secret);
    await publishThroughPipeline(api.url, siteId, 'wh-4');
    const [call] = await waitFor(
      async () => receiver.callsTo('/rotating').length > 0 && receiver.callsTo('/rotating'),
    );
    expect(String(call.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(call.verifiedWith.sort()).toEqual([endpoint.secret, rotated.body.secret].sort());
  });

  it('does not follow redirects', async () => {
    const endpoint = await register('/moved', ['comment.published']);
    receiver.script('/moved', [{ status: 302, headers: { location: `${receiver.url}/elsewhere` } }], {
      status: 204,
    });
    await publishThroughPipeline(api.url, siteId, 'wh-5');
    const [delivery] = await waitFor(async () => {
      const log = await deliveries(endpoint.id);
      return log[0]?.status === 'delivered' && log;
    });
    expect(delivery.attemptLog[0].statusCode).toBe(302);
    expect(delivery.attemptLog[0].error).toMatch(/not followed/);
    expect(receiver.callsTo('/elsewhere')).toHaveLength(0);
  });

  it('sends nothing for a status change that rolled back, nor to a disabled endpoint', async () => {
    const endpoint = await register('/quiet', ['comment.unpublished']);
    const commentId = await publishThroughPipeline(api.url, siteId, 'wh-6');
    await expect(changeStatus(api.app, commentId, 'rejected', { fail: true })).rejects.toThrow('rolled back');
    const patched = await admin(`/v1/admin/sites/${siteId}/webhooks/${endpoint.id}`, {
      method: 'PATCH',
      json: { enabled: false },
    });
    expect(patched.body).toMatchObject({ enabled: false, disabledReason: 'disabled by an admin' });
    await changeStatus(api.app, commentId, 'spam');
    await new Promise((r) => setTimeout(r, 800));
    expect(receiver.callsTo('/quiet')).toHaveLength(0);
    expect(await deliveries(endpoint.id)).toEqual([]);

    await admin(`/v1/admin/sites/${siteId}/webhooks/${endpoint.id}`, {
      method: 'PATCH',
      json: { enabled: true },
    });
    await changeStatus(api.app, commentId, 'published');
    await changeStatus(api.app, commentId, 'rejected');
    await waitFor(async () => receiver.callsTo('/quiet').length === 1, {
      what: 'the unpublish after re-enabling',
    });
  });

  it('disables an endpoint after too many failures in a row and says why', async () => {
    const endpoint = await register('/dead', ['comment.published']);
    receiver.script('/dead', [], { status: 410, body: 'gone' });
    await publishThroughPipeline(api.url, siteId, 'wh-7');
    await publishThroughPipeline(api.url, siteId, 'wh-8');
    const disabled = await waitFor(
      async () => {
        const list = await admin(`/v1/admin/sites/${siteId}/webhooks`);
        const found = list.body.find((e: { id: string }) => e.id === endpoint.id);
        return found && !found.enabled && found;
      },
      { what: 'the endpoint to be disabled' },
    );
    expect(disabled.disabledReason).toMatch(
      /10 failed attempts in a row over [0-9.]+ h; last: HTTP 410: gone/,
    );
    await waitFor(async () => (await deliveries(endpoint.id)).every((d) => d.status === 'failed'));
  });
});
