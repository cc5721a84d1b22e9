import Redis from 'ioredis';
import { http } from '../support/client';
import { adminHeaders } from '../support/moderators';
import { emailForms, responseRecorder } from '../support/canary';
import { dumpPostgres, dumpRedis } from '../support/store-dump';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

const CANARY = 'Drop.In+Canary@Example.ORG';
/** A word no real comment holds: if it is anywhere afterwards, the comment's text was kept. */
const TEXT_CANARY = 'zxqvcanaryशब्द';
const forms = emailForms;

/**
 * The drop-in check APIs keep nothing of what they are sent (contract: "Nothing sent here is stored beyond
 * counters"): not the email, not the text, not the key, in PostgreSQL, Redis, the log or any answer.
 */
describe('drop-in check APIs keep no text and no email', () => {
  const api = useTestApp({ admin: true, log: 'trace' });
  const { seen, record } = responseRecorder();

  it('leaves no trace of the canary email, the text or the key', async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const admin = await adminHeaders(api.url);
    const created = await http(`${api.url}/v1/admin/sites/${siteId}/api-keys`, {
      method: 'POST',
      headers: admin,
      json: { name: 'canary' },
    });
    const key = created.body.key as string;

    const text = `तुम बेवकूफ हो ${TEXT_CANARY}, लिखो ${CANARY} पर`;
    record(
      await http(`${api.url}/v1alpha1/comments:analyze?key=${key}`, {
        method: 'POST',
        json: { comment: { text }, requestedAttributes: { TOXICITY: {}, INSULT: {} } },
      }),
    );
    record(
      await http(`${api.url}/v1alpha1/comments:analyze?key=${key}`, {
        method: 'POST',
        json: { comment: { text }, requestedAttributes: { NOT_AN_ATTRIBUTE: {} } },
      }),
    );
    const form = (over: Record<string, string> = {}) =>
      new URLSearchParams({
        api_key: key,
        blog: 'https://news.example',
        user_ip: '198.51.100.77',
        comment_author: 'कैनरी पाठक',
        comment_author_email: CANARY,
        comment_content: text,
        ...over,
      }).toString();
    for (const path of ['comment-check', 'submit-spam', 'submit-ham']) {
      const answer = record(
        await http(`${api.url}/1.1/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form(),
        }),
      );
      expect(answer.status).toBe(200);
    }
    record(
      await http(`${api.url}/1.1/comment-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form({ user_ip: '' }),
      }),
    );
    // Usage counters reach the store on a timer; make sure this run's have been written before looking.
    await api.close();

    const secrets = [...forms(CANARY), TEXT_CANARY, key];
    const exposed = seen.join('\n');
    for (const secret of secrets) expect(exposed).not.toContain(secret);

    const store = await dumpPostgres(api.databaseUrl);
    expect(store).toContain('canary'); // the key's name: the dump did read api_keys
    for (const secret of secrets) expect(store).not.toContain(secret);

    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      const dump = await dumpRedis(redis);
      for (const secret of secrets) expect(dump).not.toContain(secret);
    } finally {
      redis.disconnect();
    }

    const log = api.readLog();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});
