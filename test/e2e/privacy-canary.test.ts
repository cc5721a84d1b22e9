import Redis from 'ioredis';
import { http, submission } from '../support/client';
import { emailForms, responseRecorder } from '../support/canary';
import { dumpRedis } from '../support/store-dump';
import { createSite } from '../support/sites';
import { useTestApp, waitFor } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

const CANARY = 'Canary.Reader+Leak@Example.ORG';
const forms = emailForms;

/** "An email address never leaves the service": checked on everything a client, Redis or the log can see. */
describe('no email leaves the service', () => {
  const api = useTestApp({ withWorker: true, log: 'trace' });
  const { seen, record } = responseRecorder();

  it('never shows the canary address, its lower case, or its MD5/SHA-256 in HTTP, Redis or logs', async () => {
    const siteId = await createSite(api.app, { floodSeconds: 30, languages: ['hi', 'en'] });
    const thread = `${api.url}/v1/sites/${siteId}/threads/canary`;
    const token = record(await http(`${thread}/form-token`)).body.formToken;

    // Published, held, duplicate, flood, invalid, form-post and error paths all see the address.
    const published = record(
      await http(`${thread}/comments`, {
        method: 'POST',
        json: submission({ authorEmail: CANARY, formToken: token }),
      }),
    );
    expect(published.status).toBe(202);
    record(
      await http(`${thread}/comments`, {
        method: 'POST',
        json: submission({ authorEmail: CANARY, formToken: token }),
      }),
    ); // 429
    record(
      await http(`${thread}/comments`, {
        method: 'POST',
        json: { ...submission({ authorEmail: CANARY }), body: 123 },
      }),
    ); // 422
    record(
      await http(`${thread}/comments`, {
        method: 'POST',
        json: submission({ authorEmail: `x${'y'.repeat(100)}${CANARY}` }),
      }),
    ); // 422 too long: the message must not echo it
    const form = new URLSearchParams({
      author: 'अमित',
      email: CANARY,
      comment: '',
      redirectTo: 'https://news.example/',
    });
    record(
      await http(`${thread}/comments`, {
        method: 'POST',
        body: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    ); // HTML error page keeps typed text, but not the email? it keeps it for the reader: checked below

    await waitFor(async () => {
      const status = await http(`${api.url}/v1/comments/${published.body.id}/status`, {
        headers: { authorization: `Bearer ${published.body.statusToken}` },
      });
      return status.body.status !== 'queued' && record(status);
    });
    record(await http(`${thread}/comments`));

    // Issue 17's public reads and the author's own edit and delete: counts, both Atom feeds (which must show the
    // canary's comment, so the check below sees it), PATCH (202, 422) and DELETE.
    const view = await http(`${api.url}/v1/comments/${published.body.id}/status`, {
      headers: { authorization: `Bearer ${published.body.statusToken}` },
    });
    if (view.body.status !== 'published') await changeStatus(api.app, published.body.id, 'published');
    record(await http(`${api.url}/v1/sites/${siteId}/counts?threads=canary,other`));
    expect(record(await http(`${thread}/feed.atom`)).text).toContain(published.body.id);
    expect(record(await http(`${api.url}/v1/sites/${siteId}/feed.atom`)).text).toContain(published.body.id);
    const own = `${api.url}/v1/comments/${published.body.id}`;
    const bearer = { authorization: `Bearer ${published.body.statusToken}` };
    const edit = { body: 'बदली हुई टिप्पणी, वही पाठक।' };
    expect(record(await http(own, { method: 'PATCH', headers: bearer, json: edit })).status).toBe(202);
    record(await http(own, { method: 'PATCH', headers: bearer, json: { body: '', authorEmail: CANARY } }));
    await waitFor(async () => {
      const now = await http(`${api.url}/v1/comments/${published.body.id}/status`, { headers: bearer });
      return now.body.status !== 'queued';
    });
    record(await http(`${api.url}/v1/sites/${siteId}/feed.atom`));
    expect(record(await http(own, { method: 'DELETE', headers: bearer })).status).toBe(204);

    // The HTML error page may show a reader what they typed into the email field on their own form; that is the
    // reader's own input returned to them, not the service disclosing it. Everything else must be clean.
    const errorPageIndex = seen.findIndex((text) => text.includes('<form'));
    const exposed = seen.filter((_, i) => i !== errorPageIndex).join('\n');
    for (const form of forms(CANARY)) expect(exposed).not.toContain(form);

    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      const dump = await dumpRedis(redis);
      for (const form of forms(CANARY)) expect(dump).not.toContain(form);
      expect(dump).toContain(published.body.id); // the scan did see this test's job
    } finally {
      redis.disconnect();
    }

    const log = api.readLog();
    expect(log.length).toBeGreaterThan(0);
    for (const form of forms(CANARY)) expect(log).not.toContain(form);
  });
});
