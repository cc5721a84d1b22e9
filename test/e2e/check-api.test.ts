import dns from 'node:dns';
import { AkismetClient } from 'akismet-api';
import { Client } from 'pg';
import { http } from '../support/client';
import { login, moderatorOf } from '../support/moderators';
import { PerspectiveClient } from '../support/perspective-client';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

const ATTRIBUTES = [
  'TOXICITY',
  'SEVERE_TOXICITY',
  'IDENTITY_ATTACK',
  'INSULT',
  'PROFANITY',
  'THREAT',
  'SEXUALLY_EXPLICIT',
];

/**
 * Akismet clients put the key in the host name (KEY.rest.akismet.com). Wildcard DNS would send KEY.localhost to
 * this machine; the test resolver does the same for *.localhost, since the machine's own resolver does not.
 */
const originalLookup = dns.lookup;
function resolveLocalhostSubdomains(): void {
  (dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: unknown) =>
    hostname.endsWith('.localhost')
      ? (originalLookup as (...a: unknown[]) => void)('127.0.0.1', options, callback)
      : (originalLookup as (...a: unknown[]) => void)(hostname, options, callback);
}

const SPAM = {
  user_ip: '203.0.113.9',
  comment_type: 'comment',
  comment_author: 'Easy Money',
  comment_content:
    'Earn 50000 rupees per month from home, no investment! WhatsApp now 9876543210 http://earn-daily-cash.top/join',
};
const READER = {
  user_ip: '198.51.100.23',
  comment_type: 'comment',
  comment_author: 'रीना शर्मा',
  comment_author_email: 'reena.sharma@example.org',
  comment_content: 'लेख अच्छा है, पर आंकड़े 2023 के हैं। नए आंकड़े आने चाहिए।',
};

/** The drop-in Perspective- and Akismet-compatible APIs, over real HTTP, with real clients' request formats. */
describe('drop-in check APIs', () => {
  const api = useTestApp({ admin: true });
  let siteId: string;
  let admin: Record<string, string>;
  let key: string;
  let port: string;

  beforeAll(async () => {
    port = new URL(api.url).port;
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    admin = { authorization: `Bearer ${(await login(api.url)).token}` };
    key = (await createKey({ name: 'Coral', learn: false })).key;
    resolveLocalhostSubdomains();
  });

  afterAll(async () => {
    (dns as { lookup: unknown }).lookup = originalLookup;
  });

  async function createKey(body: Record<string, unknown>) {
    const created = await http(`${api.url}/v1/admin/sites/${siteId}/api-keys`, {
      method: 'POST',
      headers: admin,
      json: body,
    });
    expect(created.status).toBe(201);
    return created.body as { id: string; key: string; learn: boolean };
  }

  const akismet = (apiKey: string) =>
    new AkismetClient({
      key: apiKey,
      blog: 'https://news.example',
      host: `localhost:${port}`,
      protocol: 'http',
    });

  describe('keys', () => {
    it('shows a key once, lists keys without it, and a revoked key stops working', async () => {
      const created = await createKey({ name: 'WordPress' });
      expect(created.key).toMatch(/^cmk[0-9a-f]{40}$/);
      expect(created.learn).toBe(false);

      const list = await http(`${api.url}/v1/admin/sites/${siteId}/api-keys`, { headers: admin });
      expect(list.status).toBe(200);
      const listed = list.body.items.find((k: { id: string }) => k.id === created.id);
      expect(listed).toMatchObject({
        name: 'WordPress',
        keyHint: `…${created.key.slice(-4)}`,
        revokedAt: null,
      });
      expect(list.text).not.toContain(created.key);

      const client = new PerspectiveClient(api.url, created.key);
      await expect(client.analyze('नमस्ते', ['TOXICITY'])).resolves.toBeDefined();
      const revoked = await http(`${api.url}/v1/admin/sites/${siteId}/api-keys/${created.id}`, {
        method: 'DELETE',
        headers: admin,
      });
      expect(revoked.status).toBe(204);
      await expect(client.analyze('नमस्ते', ['TOXICITY'])).rejects.toMatchObject({ status: 403 });
      await expect(akismet(created.key).verifyKey()).resolves.toBe(false);
    });

    it('refuses bad bodies by field, and keys are for admins only', async () => {
      const bad = await http(`${api.url}/v1/admin/sites/${siteId}/api-keys`, {
        method: 'POST',
        headers: admin,
        json: { learn: 'yes', colour: 'red' },
      });
      expect(bad.status).toBe(422);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'learn']);

      const moderator = await moderatorOf(api.app, api.url, [siteId]);
      const denied = await http(`${api.url}/v1/admin/sites/${siteId}/api-keys`, {
        method: 'POST',
        headers: moderator.headers,
        json: {},
      });
      expect(denied.status).toBe(403);
      const unknownSite = await http(`${api.url}/v1/admin/sites/no-such-site/api-keys`, {
        method: 'POST',
        headers: admin,
        json: {},
      });
      expect(unknownSite.status).toBe(404);
    });
  });

  describe('Perspective comments:analyze', () => {
    it('answers all seven attributes, in the shape Perspective clients read, with sensible scores', async () => {
      const client = new PerspectiveClient(api.url, key);
      const insult = await client.analyze('तुम बेवकूफ हो, चुप रहो कमीने', ATTRIBUTES);
      const slur = await client.analyze('ये सब कटुए ऐसे ही होते हैं, इनको देश से निकालो', ATTRIBUTES);
      const friendly = await client.analyze('बहुत अच्छा लेख है, धन्यवाद। ईद मुबारक सभी को!', ATTRIBUTES);
      for (const answer of [insult, slur, friendly]) {
        expect(Object.keys(answer.attributeScores).sort()).toEqual([...ATTRIBUTES].sort());
        for (const name of ATTRIBUTES) {
          expect(answer.attributeScores[name].summaryScore.type).toBe('PROBABILITY');
          const value = PerspectiveClient.score(answer, name);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(answer.detectedLanguages).toEqual(['hi']);
        expect(answer.languages).toEqual(['hi']);
      }
      const score = PerspectiveClient.score;
      expect(score(insult, 'TOXICITY')).toBeGreaterThanOrEqual(0.5);
      expect(score(insult, 'INSULT')).toBeGreaterThanOrEqual(0.5);
      expect(score(slur, 'TOXICITY')).toBeGreaterThanOrEqual(0.5);
      expect(score(slur, 'IDENTITY_ATTACK')).toBeGreaterThanOrEqual(0.5);
      expect(score(slur, 'IDENTITY_ATTACK')).toBeGreaterThan(score(insult, 'IDENTITY_ATTACK'));
      for (const name of ATTRIBUTES) expect(score(friendly, name)).toBeLessThan(0.3);
      expect(score(friendly, 'TOXICITY')).toBeLessThan(score(insult, 'TOXICITY'));
    });

    it('answers the requested attributes only, honours languages and scoreThreshold', async () => {
      const response = await http(`${api.url}/v1alpha1/comments:analyze?key=${key}`, {
        method: 'POST',
        json: {
          comment: { text: 'tum jaise chutiye patrakar desh ko barbad kar rahe ho' },
          languages: ['hi-Latn'],
          requestedAttributes: { INSULT: {}, THREAT: { scoreThreshold: 0.99 } },
          clientToken: 'coral-42',
        },
      });
      expect(response.status).toBe(200);
      expect(Object.keys(response.body.attributeScores)).toEqual(['INSULT']);
      expect(response.body.languages).toEqual(['hi-Latn']);
      expect(response.body.clientToken).toBe('coral-42');
    });

    it("answers errors in Perspective's error shape", async () => {
      const call = (body: string, query = `?key=${key}`) =>
        http(`${api.url}/v1alpha1/comments:analyze${query}`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json' },
        });
      const unknown = await call(
        JSON.stringify({ comment: { text: 'hi' }, requestedAttributes: { RUDENESS: {} } }),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body).toEqual({
        error: { code: 400, message: 'Unknown attribute: RUDENESS', status: 'INVALID_ARGUMENT' },
      });
      const language = await call(
        JSON.stringify({
          comment: { text: 'bonjour' },
          languages: ['fr'],
          requestedAttributes: { TOXICITY: {} },
        }),
      );
      expect(language.status).toBe(400);
      expect(language.body.error.message).toContain('does not support request languages: fr');
      const malformed = await call('{"comment": ');
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.status).toBe('INVALID_ARGUMENT');
      const noText = await call(JSON.stringify({ requestedAttributes: { TOXICITY: {} } }));
      expect(noText.body.error).toMatchObject({ code: 400, status: 'INVALID_ARGUMENT' });
      const noKey = await call(
        JSON.stringify({ comment: { text: 'hi' }, requestedAttributes: { TOXICITY: {} } }),
        '',
      );
      expect(noKey.status).toBe(403);
      expect(noKey.body.error).toMatchObject({ code: 403, status: 'PERMISSION_DENIED' });
    });
  });

  describe('Akismet', () => {
    it('verifies keys as the akismet-api client asks', async () => {
      await expect(akismet(key).verifyKey()).resolves.toBe(true);
      await expect(akismet(`cmk${'0'.repeat(40)}`).verifyKey()).resolves.toBe(false);
    });

    it('calls a spam comment spam, with the discard tip when certain, and a reader not spam', async () => {
      const client = akismet(key);
      await expect(client.checkSpam(SPAM)).resolves.toBe(true);
      await expect(client.checkSpam(READER)).resolves.toBe(false);

      const raw = await http(`http://${key}.localhost:${port}/1.1/comment-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ blog: 'https://news.example', ...SPAM }).toString(),
      });
      expect(raw.text).toBe('true');
      expect(raw.headers.get('x-akismet-pro-tip')).toBe('discard');

      const viaField = await http(`http://127.0.0.1:${port}/1.1/comment-check`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ api_key: key, blog: 'https://news.example', ...READER }).toString(),
      });
      expect(viaField.text).toBe('false');
      expect(viaField.headers.get('x-akismet-pro-tip')).toBeNull();
    });

    it('answers a missing required field and a bad key as Akismet does', async () => {
      await expect(akismet(key).checkSpam({ comment_content: 'hello' } as never)).rejects.toThrow(/user_ip/);
      await expect(akismet(`cmk${'1'.repeat(40)}`).checkSpam(READER)).rejects.toThrow('Invalid API key');
    });

    it("teaches the site's model on submit-spam/ham only with a key made to teach", async () => {
      const version = async () => {
        const client = new Client({ connectionString: api.databaseUrl });
        await client.connect();
        try {
          const { rows } = await client.query('SELECT version FROM site_spam_counts WHERE site_id = $1', [
            siteId,
          ]);
          return rows[0]?.version ?? null;
        } finally {
          await client.end();
        }
      };
      const before = await version();
      // akismet-api resolves submits to the HTTP response, though its types say void.
      const silent = (await akismet(key).submitSpam(SPAM)) as unknown as { text: string };
      expect(silent.text).toBe('Thanks for making the web a better place.');
      expect(await version()).toBe(before);

      const teacher = await createKey({ name: 'WordPress moderation', learn: true });
      const taught = (await akismet(teacher.key).submitSpam(SPAM)) as unknown as { text: string };
      expect(taught.text).toBe('Thanks for making the web a better place.');
      await akismet(teacher.key).submitHam(READER);
      expect(await version()).toBe((before ?? 0) + 2);
    });
  });
});
