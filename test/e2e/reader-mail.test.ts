import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { ModeratorDigestService } from '@app/notifications';
import { emailForms } from '../support/canary';
import { http } from '../support/client';
import { createTestDatabase } from '../support/database';
import { submitChecked } from '../support/moderation';
import { ADMIN, login, useTestAdmin } from '../support/moderators';
import { createSite } from '../support/sites';
import { rawHeader as header, ReceivedMail, SmtpSink } from '../support/smtp-sink';
import { dumpRedis } from '../support/store-dump';
import { RunningApi, startApi, waitFor } from '../support/test-app';

const PRIYA = 'Priya.Sharma+khabar@Example.IN';
const RAHUL = 'rahul.verma@example.com';
const MEERA = 'meera.iyer@example.org';
const AMIT = 'amit.kumar@example.net';
const READERS = [PRIYA, RAHUL, MEERA, AMIT];
const THREAD = 'budget-2026';

const PRIYA_TEXT = 'बजट में किसानों के लिए कुछ ठोस नहीं है। यह निराशाजनक है।';
const RAHUL_TEXT = 'मैं सहमत नहीं हूँ, सिंचाई पर खर्च बढ़ा है।';
const MEERA_TEXT = 'इस लेख की हर नई टिप्पणी पढ़ना चाहूँगी।';
const PRIYA_THREAD_TEXT = 'मुझे पूरी चर्चा भी चाहिए, सिर्फ़ जवाब नहीं।';
const AMIT_TEXT = 'प्रिया जी, ग्रामीण सड़कों का बजट भी देखिए।';
const MEERA_SECOND = 'मेरी अपनी दूसरी टिप्पणी मुझे मेल नहीं होनी चाहिए।';
const LAST_TEXT = 'सदस्यता छोड़ने के बाद यह मेल किसी को नहीं जाना चाहिए, मीरा के सिवा।';

const to = (address: string) => (mail: ReceivedMail) =>
  mail.envelopeTo.includes(address.toLowerCase()) || mail.envelopeTo.includes(address);
const linkIn = (mail: ReceivedMail, path: string) => {
  const match = (mail.parsed.text ?? '').match(
    new RegExp(`https?://\\S+/v1/notifications/${path}\\?token=[\\w-]+`),
  );
  if (!match) throw new Error(`no ${path} link in the mail`);
  return match[0];
};

/** A database, a loopback SMTP server and the api with its worker, for one describe block; closed after it. */
function withSmtpSink(sink: SmtpSink, env: Record<string, string> = {}) {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  let pool: Pool;
  beforeAll(async () => {
    db = await createTestDatabase();
    await sink.start();
    Object.assign(process.env, {
      DATABASE_URL: db.url,
      SMTP_URL: sink.url,
      MAIL_RETRY_DELAY_MS: '50',
      ALERT_DIGEST_TICK_MS: '300',
      ...env,
    });
    useTestAdmin();
    api = await startApi({ withWorker: true });
    pool = new Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await api?.close();
    await pool?.end();
    await sink.stop();
    for (const name of ['SMTP_URL', 'ALERT_DIGEST_TICK_MS', ...Object.keys(env)]) delete process.env[name];
    process.env.LOG_LEVEL = 'silent';
    await db?.drop();
  });
  return () => ({ api, pool });
}

/** Reader mail end to end: intake, worker, lifecycle, mail queue, a real SMTP server on loopback, mailparser. */
describe('subscriptions, reply mail and one-click unsubscribe', () => {
  const sink = new SmtpSink();
  const logFile = join(mkdtempSync(join(tmpdir(), 'cm-reader-mail-')), 'service.log');
  const pages: string[] = [];
  const running = withSmtpSink(sink, { LOG_LEVEL: 'trace', LOG_FILE: logFile });
  let api: RunningApi;
  let pool: Pool;
  let siteId: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    ({ api, pool } = running());
    siteId = await createSite(api.app, { name: 'दैनिक समाचार', languages: ['hi', 'en'] });
    admin = { authorization: `Bearer ${(await login(api.url, ADMIN)).token}` };
  });

  const count = async (where: string, params: unknown[] = []) =>
    Number((await pool.query(`SELECT count(*) AS n FROM mail_messages WHERE ${where}`, params)).rows[0].n);
  const post = async (email: string, body: string, over: Record<string, unknown> = {}) => {
    const { id, status } = await submitChecked(api.url, siteId, THREAD, {
      authorName: email.split(/[.@]/)[0],
      authorEmail: email,
      body,
      ...over,
    });
    expect(status).toBe('published');
    return id;
  };
  // Links name PUBLIC_URL (unset here: localhost:3000); the test's api listens on a port of its own.
  const page = async (url: string, init: RequestInit = {}) => {
    const response = await http(url.replace(/^https?:\/\/[^/]+/, api.url), init);
    pages.push(response.text);
    return response;
  };
  const allSent = () =>
    waitFor(async () => (await count(`status <> 'sent'`)) === 0, { what: 'every mail to be sent' });

  let parentId: string;
  let priyaReplyMail: ReceivedMail;
  let priyaThreadMail: ReceivedMail;

  it('refuses a notify that is neither replies nor thread, naming the field', async () => {
    const thread = `${api.url}/v1/sites/${siteId}/threads/${THREAD}/comments`;
    const refused = await http(thread, {
      method: 'POST',
      json: { authorName: 'अमित', authorEmail: AMIT, body: 'ठीक है।', notify: 'everything' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'notify', code: 'invalid_choice' }),
    ]);

    const form = await http(thread, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        author: 'अमित',
        email: AMIT,
        comment: 'फ़ॉर्म से।',
        notify: 'daily',
      }).toString(),
    });
    expect(form.status).toBe(422);
    expect(form.text).toContain('id="notify"');
  });

  it('sends a confirmation first, and nothing else until it is confirmed', async () => {
    parentId = await post(PRIYA, PRIYA_TEXT, { notify: 'replies' });
    const confirmation = await sink.waitForMail(
      (m) => to(PRIYA)(m) && /पक्का करें/.test(m.parsed.subject ?? ''),
    );
    expect(confirmation.parsed.subject).toBe('दैनिक समाचार: अपना ईमेल पता पक्का करें');
    expect(header(confirmation, 'List-Unsubscribe')).toBeUndefined();
    expect(header(confirmation, 'Content-Language')).toBe('hi');

    // Rahul replies while Priya has not confirmed: the reply is published in the transaction that would stage her
    // mail, so by now any mail for it would exist.
    await post(RAHUL, RAHUL_TEXT, { parentId });
    expect(await count(`template IN ('reply', 'thread-comment')`)).toBe(0);

    const link = linkIn(confirmation, 'confirm');
    const shown = await page(link);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer');
    expect(shown.text).toContain('हाँ, मुझे ईमेल भेजें');
    expect(shown.text).toContain('Yes, email me');
    expect(shown.text).toMatch(/<form method="post" action="\/v1\/notifications\/confirm\?token=/);
    // Looking at the page (as a mail scanner does) confirms nothing.
    expect(
      (await pool.query('SELECT count(*) AS n FROM subscriptions WHERE confirmed_at IS NOT NULL')).rows[0].n,
    ).toBe('0');
    const confirmed = await page(link, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain('पक्का हो गया');
    expect((await page(`${api.url}/v1/notifications/confirm?token=not-a-token`)).status).toBe(404);
  });

  it('confirms a later subscription of a confirmed address at once, and a new address asks again', async () => {
    await post(MEERA, MEERA_TEXT, { notify: 'thread' });
    const meeraConfirm = await sink.waitForMail(
      (m) => to(MEERA)(m) && /पक्का करें/.test(m.parsed.subject ?? ''),
    );
    expect(meeraConfirm.parsed.text).toContain('इस लेख की नई टिप्पणियों');
    expect((await page(linkIn(meeraConfirm, 'confirm'), { method: 'POST' })).status).toBe(200);

    await post(PRIYA, PRIYA_THREAD_TEXT, { notify: 'thread' });
    expect(await count(`template = 'subscription-confirm'`)).toBe(2);
    const priya = await pool.query(
      `SELECT kind, confirmed_at IS NOT NULL AS confirmed FROM subscriptions WHERE comment_id IS NULL OR comment_id = $1 ORDER BY created_at`,
      [parentId],
    );
    expect(priya.rows).toEqual([
      { kind: 'replies', confirmed: true },
      { kind: 'thread', confirmed: true },
      { kind: 'thread', confirmed: true },
    ]);
  });

  it('mails the parent a Hindi reply and the thread its new comment, once per address, with RFC 8058 headers', async () => {
    await post(AMIT, AMIT_TEXT, { parentId });
    priyaReplyMail = await sink.waitForMail((m) => to(PRIYA)(m) && (m.parsed.text ?? '').includes(AMIT_TEXT));
    expect(priyaReplyMail.parsed.subject).toBe('दैनिक समाचार: amit ने आपकी टिप्पणी का जवाब दिया');
    expect(priyaReplyMail.parsed.text).toContain(PRIYA_TEXT);
    expect(priyaReplyMail.parsed.html).toContain(AMIT_TEXT);
    const unsubscribe = header(priyaReplyMail, 'List-Unsubscribe');
    expect(unsubscribe).toMatch(
      /^<http:\/\/localhost:3000\/v1\/notifications\/unsubscribe\?token=[\w-]{43}>$/,
    );
    expect(header(priyaReplyMail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const meera = await sink.waitForMail((m) => to(MEERA)(m) && (m.parsed.text ?? '').includes(AMIT_TEXT));
    expect(meera.parsed.subject).toBe('दैनिक समाचार: amit की नई टिप्पणी');
    await allSent();
    // Priya follows both the comment and the thread: one mail, the reply.
    expect(
      sink.received.filter((m) => to(PRIYA)(m) && (m.parsed.text ?? '').includes(AMIT_TEXT)),
    ).toHaveLength(1);
    // Amit asked for nothing and wrote it: he gets nothing.
    expect(sink.received.filter(to(AMIT))).toHaveLength(0);
  });

  it("never mails a comment's own author", async () => {
    await post(MEERA, MEERA_SECOND);
    priyaThreadMail = await sink.waitForMail(
      (m) => to(PRIYA)(m) && (m.parsed.text ?? '').includes(MEERA_SECOND),
    );
    await allSent();
    expect(
      sink.received.filter((m) => to(MEERA)(m) && (m.parsed.text ?? '').includes(MEERA_SECOND)),
    ).toHaveLength(0);
  });

  it('shows a page for the unsubscribe link, and its one-click POST stops the mail', async () => {
    const replyLink = header(priyaReplyMail, 'List-Unsubscribe')!.slice(1, -1);
    const shown = await page(replyLink);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('सदस्यता छोड़ें');
    expect(shown.text).toContain('Unsubscribe');
    expect(
      (await pool.query('SELECT count(*) AS n FROM subscriptions WHERE unsubscribed_at IS NOT NULL')).rows[0]
        .n,
    ).toBe('0');

    // What a mail client sends (RFC 8058 §3.2): a form-encoded POST with no cookies.
    for (const link of [replyLink, header(priyaThreadMail, 'List-Unsubscribe')!.slice(1, -1)]) {
      const done = await page(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(done.status).toBe(200);
      expect(done.text).toContain('सदस्यता छूट गई');
    }
    // Idempotent: a retry by the mail client is fine.
    expect((await page(replyLink, { method: 'POST' })).status).toBe(200);

    await post(RAHUL, LAST_TEXT, { parentId });
    await sink.waitForMail((m) => to(MEERA)(m) && (m.parsed.text ?? '').includes(LAST_TEXT));
    await allSent();
    expect(
      sink.received.filter((m) => to(PRIYA)(m) && (m.parsed.text ?? '').includes(LAST_TEXT)),
    ).toHaveLength(0);
  });

  it("never shows one reader another reader's address, nor any address in a link, a page, Redis or the log", async () => {
    expect(sink.received.length).toBeGreaterThanOrEqual(6);
    for (const mail of sink.received) {
      const others = READERS.filter((r) => !to(r)(mail));
      for (const address of others)
        for (const form of emailForms(address)) expect(mail.raw).not.toContain(form);
      const links = [...(mail.parsed.text ?? '').matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
      for (const link of links)
        for (const address of READERS) expect(link).not.toContain(address.toLowerCase().split('@')[0]);
    }
    const seen = pages.join('\n');
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    let dump: string;
    try {
      dump = await dumpRedis(redis);
    } finally {
      redis.disconnect();
    }
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('mail queued');
    for (const address of READERS) {
      for (const form of emailForms(address)) {
        expect(seen).not.toContain(form);
        expect(dump).not.toContain(form);
        expect(log).not.toContain(form);
      }
    }
    const stored = await pool.query('SELECT email_encrypted, email_hmac FROM subscriptions');
    for (const row of stored.rows)
      for (const address of READERS) expect(JSON.stringify(row)).not.toContain(address.toLowerCase());
    // The Redis scan reads every key of the shared server, which takes a while on a busy machine.
  }, 120_000);

  it("exports and erases a reader's subscriptions for an admin", async () => {
    const exported = await http(`${api.url}/v1/admin/privacy/export`, {
      method: 'POST',
      headers: admin,
      json: { email: PRIYA, siteId },
    });
    expect(exported.status).toBe(200);
    expect(exported.body.subscriptions).toHaveLength(2);
    expect(exported.body.subscriptions[0]).toMatchObject({
      siteId,
      kind: 'replies',
      commentId: parentId,
      email: PRIYA.toLowerCase(),
    });
    expect(exported.body.subscriptions[1].unsubscribedAt).not.toBeNull();
    // Every mail row carries its recipient's lookup HMAC, so erasure finds Priya's mail without decrypting any.
    const mails = async () =>
      (await pool.query('SELECT count(*)::int AS n, count(recipient_hmac)::int AS keyed FROM mail_messages'))
        .rows[0];
    const before = await mails();
    expect(before.keyed).toBe(before.n);

    const erased = await http(`${api.url}/v1/admin/privacy/erase`, {
      method: 'POST',
      headers: admin,
      json: { email: PRIYA, siteId, mode: 'anonymise' },
    });
    expect(erased.status).toBe(200);
    expect(erased.body.subscriptions).toBe(2);
    const left = await http(`${api.url}/v1/admin/privacy/export`, {
      method: 'POST',
      headers: admin,
      json: { email: PRIYA },
    });
    expect(left.body.subscriptions).toEqual([]);
    // Meera's subscription is hers alone and stays.
    expect((await pool.query('SELECT count(*) AS n FROM subscriptions')).rows[0].n).toBe('1');
    const after = await mails();
    expect(after.n).toBeLessThan(before.n);
    expect(after.n).toBeGreaterThan(0);
  });
});

describe("moderators' digest", () => {
  const sink = new SmtpSink();
  const running = withSmtpSink(sink);
  let api: RunningApi;
  let pool: Pool;
  beforeAll(() => ({ api, pool } = running()));

  it("takes a moderator's own opt-in per site, and sends a digest only when something waits", async () => {
    const siteId = await createSite(api.app, {
      name: 'दैनिक समाचार',
      languages: ['hi'],
      premoderation: 'all',
    });
    const headers = { authorization: `Bearer ${(await login(api.url, ADMIN)).token}` };
    const alerts = `${api.url}/v1/moderation/alerts`;

    expect((await http(`${alerts}?siteId=${siteId}`, { headers })).body).toEqual({
      siteId,
      digest: false,
      alertDigestMinutes: 60,
    });
    const bad = await http(alerts, { method: 'PUT', headers, json: { siteId, digest: 'yes' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['digest']);
    expect((await http(`${alerts}?siteId=no-such-site`, { headers })).status).toBe(404);
    const on = await http(alerts, { method: 'PUT', headers, json: { siteId, digest: true } });
    expect(on.status).toBe(200);
    expect(on.body).toEqual({ siteId, digest: true, alertDigestMinutes: 60 });

    // Nothing waits: no digest, and the clock is not started.
    expect(await api.app.get(ModeratorDigestService).sendDue()).toBe(0);
    const before = await pool.query('SELECT last_digest_at FROM moderator_alerts');
    expect(before.rows).toEqual([{ last_digest_at: null }]);
    expect(sink.received).toHaveLength(0);

    const held = await submitChecked(api.url, siteId, 'bihar-election', {
      body: 'चुनाव आयोग को मतदाता सूची फिर से जाँचनी चाहिए।',
    });
    expect(held.status).toBe('held');
    const digest = await sink.waitForMail((m) => m.envelopeTo.includes(ADMIN.email));
    expect(digest.parsed.subject).toBe('दैनिक समाचार: 1 रोकी गई टिप्पणियाँ, 0 खुली शिकायतें');
    expect(digest.parsed.text).toContain('/dashboard');
    // One per interval: the next ticks find it not due.
    expect(await api.app.get(ModeratorDigestService).sendDue()).toBe(0);
    expect(
      (await pool.query(`SELECT count(*) AS n FROM mail_messages WHERE template = 'moderator-digest'`))
        .rows[0].n,
    ).toBe('1');

    const off = await http(alerts, { method: 'PUT', headers, json: { siteId, digest: false } });
    expect(off.body.digest).toBe(false);
  });
});
