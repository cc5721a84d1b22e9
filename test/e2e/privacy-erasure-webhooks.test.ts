import { DELETED_PLACEHOLDER, FORMER_READER } from '@app/comments';
import { Database, DATABASE, webhookDeliveries } from '@app/db';
import { inArray } from 'drizzle-orm';
import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';
import { publishThroughPipeline, useWebhookTestApp } from '../support/webhook-helpers';

const NAME = 'कैनरी शर्मा Canary';
const EMAIL = 'canary.webhook+erase@example.org';

/**
 * What publishers were sent about a person is part of their data: erasure rewrites the stored webhook bodies (a
 * retry never sends the name again), and a `delete` unpublishes the removed comments to publishers, as an author's
 * own delete does.
 */
describe('erasure reaches the webhook outbox', () => {
  const { api, receiver, admin } = useWebhookTestApp({
    WEBHOOK_RETRY_SCHEDULE_MS: '1500,1500,1500,1500,1500,1500',
    WEBHOOK_RELAY_INTERVAL_MS: '300',
  });

  async function endpoint(siteId: string, path: string, events: string[]) {
    const created = await admin(`/v1/admin/sites/${siteId}/webhooks`, {
      method: 'POST',
      json: { url: `${receiver.url}${path}`, events },
    });
    expect(created.status).toBe(201);
    receiver.verifyWith(path, created.body.secret);
    return created.body.id as string;
  }

  const storedBodies = async (commentIds: string[]) =>
    (
      await api.app
        .get<Database>(DATABASE)
        .select({ body: webhookDeliveries.body })
        .from(webhookDeliveries)
        .where(inArray(webhookDeliveries.commentId, commentIds))
    ).map((row) => row.body);

  const eventsAbout = (path: string, commentId: string) =>
    receiver
      .callsTo(path)
      .map((call) => ({ call, event: JSON.parse(call.body) }))
      .filter(({ event }) => event.data.comment.id === commentId);

  it('delete: the removed comment is unpublished to publishers under the erased view, and no stored body keeps the name', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    await endpoint(siteId, '/news', ['comment.published', 'comment.unpublished']);
    const leaf = await publishThroughPipeline(api.url, siteId, 'erase-delete', {
      authorName: NAME,
      authorEmail: EMAIL,
      body: 'सरकार को इस पुल की जाँच करानी चाहिए, मेरे गाँव का रास्ता यही है।',
    });
    const answered = await publishThroughPipeline(api.url, siteId, 'erase-delete', {
      authorName: NAME,
      authorEmail: EMAIL,
      body: 'पिछले साल भी यही हुआ था, किसी ने ध्यान नहीं दिया।',
    });
    await publishThroughPipeline(api.url, siteId, 'erase-delete', {
      authorName: 'दूसरी पाठक',
      authorEmail: 'other.reader@example.org',
      body: 'आप सही कह रहे हैं, हमारे यहाँ भी यही हाल है।',
      parentId: answered,
    });
    await waitFor(
      async () => eventsAbout('/news', answered).length === 1 && eventsAbout('/news', leaf).length === 1,
      {
        what: 'both published events to arrive',
      },
    );

    const erased = await admin('/v1/admin/privacy/erase', {
      method: 'POST',
      json: { email: EMAIL, siteId, mode: 'delete' },
    });
    expect(erased.status).toBe(200);
    expect(erased.body.comments).toBe(2);

    const [unpublished] = await waitFor(
      async () => {
        const found = eventsAbout('/news', leaf).filter(({ event }) => event.type === 'comment.unpublished');
        return found.length > 0 && found;
      },
      { what: 'comment.unpublished for the deleted comment' },
    );
    expect(unpublished.call.verifiedWith).toHaveLength(1);
    expect(unpublished.event.data.comment.authorName).toBe(FORMER_READER);
    expect(unpublished.event.data.comment.body).toBe(DELETED_PLACEHOLDER);
    expect(unpublished.call.body).not.toContain(NAME);
    // The comment with a reply stays, under the placeholder: nothing to unpublish.
    expect(eventsAbout('/news', answered).map(({ event }) => event.type)).toEqual(['comment.published']);

    const bodies = await storedBodies([leaf, answered]);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const body of bodies) {
      expect(body).not.toContain(NAME);
      expect(body).not.toContain('मेरे गाँव');
      expect(body).not.toContain(EMAIL);
      expect(JSON.parse(body).data.comment.authorName).toBe(FORMER_READER);
    }
  });

  it('anonymise: a delivery still being retried goes out with the erased name and the text kept', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    await endpoint(siteId, '/down', ['comment.published']);
    receiver.script('/down', [{ status: 503 }], { status: 200 });
    const text = 'बारिश से पहले नालों की सफ़ाई हो जानी चाहिए थी।';
    const id = await publishThroughPipeline(api.url, siteId, 'erase-anonymise', {
      authorName: NAME,
      authorEmail: EMAIL,
      authorUrl: 'https://canary.example.org/me',
      body: text,
    });
    await waitFor(async () => eventsAbout('/down', id).length === 1, { what: 'the first, failed attempt' });

    const erased = await admin('/v1/admin/privacy/erase', {
      method: 'POST',
      json: { email: EMAIL, siteId, mode: 'anonymise' },
    });
    expect(erased.status).toBe(200);

    const [, retried] = await waitFor(
      async () => {
        const calls = eventsAbout('/down', id);
        return calls.length >= 2 && calls;
      },
      { what: 'the retry after the erasure' },
    );
    expect(retried.call.verifiedWith).toHaveLength(1);
    expect(retried.event.type).toBe('comment.published');
    expect(retried.event.data.comment).toMatchObject({
      authorName: FORMER_READER,
      authorUrl: null,
      body: text,
    });
    expect(retried.call.body).not.toContain(NAME);
    expect(retried.call.body).not.toContain('canary.example.org');
    // The same delivery (a retry keeps its webhook-id), so the publisher replaces what it holds.
    expect(retried.call.headers['webhook-id']).toBe(eventsAbout('/down', id)[0].call.headers['webhook-id']);
  });
});
