import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import Redis from 'ioredis';
import {
  avatarSeed,
  CommentExporter,
  emailLookupHmac,
  encryptEmail,
  ExportRepository,
  FORMER_READER,
} from '@app/comments';
import { loadSecrets, parseEnv } from '@app/config';
import { commentChecks, Database, DATABASE, mailMessages, privacyAudit, privacyRequests } from '@app/db';
import { MailService } from '@app/mail';
import { http, submission } from '../support/client';
import { login, moderatorOf } from '../support/moderators';
import { createSite } from '../support/sites';
import { SmtpSink } from '../support/smtp-sink';
import { dumpPostgres, dumpRedis } from '../support/store-dump';
import { useTestApp, waitFor } from '../support/test-app';

const CANARY = 'Canary.Erase+Me@Example.ORG';

describe('a person’s data: export and erasure by address', () => {
  // Mail really goes out (a reader's own request mails the address), so erasure must find it in mail_messages.
  const sink = new SmtpSink();
  const api = useTestApp({ withWorker: true, admin: true, mail: sink, log: 'trace' });
  let db: Database;
  let admin: Record<string, string>;

  beforeAll(async () => {
    db = api.app.get(DATABASE);
    admin = { authorization: `Bearer ${(await login(api.url)).token}` };
  });

  /** The address, its lower case, the hashes anyone might compute, and ours (lookup HMAC, avatar seeds). */
  function forms(email: string, siteIds: string[]): string[] {
    const lower = email.toLowerCase();
    const secrets = loadSecrets(parseEnv(process.env));
    return [
      email,
      lower,
      createHash('md5').update(lower).digest('hex'),
      createHash('sha256').update(lower).digest('hex'),
      createHash('sha256').update(email).digest('hex'),
      encodeURIComponent(lower),
      emailLookupHmac(lower, secrets.emailLookupKey),
      ...siteIds.map((siteId) => avatarSeed(lower, siteId, secrets.avatarKey)),
    ];
  }

  async function post(siteId: string, threadId: string, fields: Record<string, unknown>) {
    const response = await http(`${api.url}/v1/sites/${siteId}/threads/${threadId}/comments`, {
      method: 'POST',
      json: submission(fields),
      headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) canary-test' },
    });
    expect(response.status).toBe(202);
    const { id, statusToken } = response.body;
    await waitFor(
      async () => {
        const status = await http(`${api.url}/v1/comments/${id}/status`, {
          headers: { authorization: `Bearer ${statusToken}` },
        });
        return status.body.status !== 'queued';
      },
      { what: 'a verdict', timeoutMs: 20_000 },
    );
    return id as string;
  }

  let reported = 0;
  /** `email` reports a published comment by someone else (a new one each time); answers the report's id. */
  async function reportBy(email: string, siteId: string, note: string): Promise<string> {
    const target = await post(siteId, 'reported', {
      body: `चुनाव आयोग ने आज नई तारीख़ों की घोषणा की। (${++reported})`,
    });
    await http(`${api.url}/v1/moderation/comments/${target}/decision`, {
      method: 'POST',
      headers: admin,
      json: { action: 'approve' },
    }); // a 409 when the checks already published it
    const filed = await http(`${api.url}/v1/sites/${siteId}/comments/${target}/reports`, {
      method: 'POST',
      json: { reason: 'misinformation', note, email },
    });
    expect([filed.status, filed.text]).toEqual([202, expect.any(String)]);
    return filed.body.id;
  }

  async function exportOf(siteId: string): Promise<string> {
    let text = '';
    for (const format of ['jsonl', 'wxr'] as const) {
      const output = new PassThrough();
      output.on('data', (chunk) => (text += chunk));
      await new CommentExporter(api.app.get(ExportRepository)).run(output, {
        siteId,
        format,
        withEmails: true,
        emailEncryptionKey: loadSecrets(parseEnv(process.env)).emailEncryptionKey,
      });
    }
    return text;
  }

  it('refuses bad bodies with 422 naming the field, and anyone but an admin', async () => {
    const bad = await http(`${api.url}/v1/admin/privacy/erase`, {
      method: 'POST',
      headers: admin,
      json: { email: 'not-an-address', mode: 'shred', extra: 1 },
    });
    expect(bad.status).toBe(422);
    expect(
      bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort(),
    ).toEqual(['email:invalid_email', 'extra:unknown_field', 'mode:invalid_value']);
    const missing = await http(`${api.url}/v1/admin/privacy/export`, {
      method: 'POST',
      headers: admin,
      json: {},
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'required' })]);

    const siteId = await createSite(api.app);
    const moderator = await moderatorOf(api.app, api.url, [siteId]);
    const forbidden = await http(`${api.url}/v1/admin/privacy/export`, {
      method: 'POST',
      headers: moderator.headers,
      json: { email: CANARY, siteId },
    });
    expect(forbidden.status).toBe(403);
    const anonymous = await http(`${api.url}/v1/admin/privacy/export`, {
      method: 'POST',
      json: { email: CANARY },
    });
    expect(anonymous.status).toBe(401);
  });

  it('anonymise keeps the text under "Former reader" on the chosen site only', async () => {
    const email = 'Asha.Anon@Example.in';
    const siteA = await createSite(api.app);
    const siteB = await createSite(api.app);
    const kept = await post(siteA, 't1', {
      authorEmail: email,
      authorName: 'आशा',
      authorUrl: 'https://asha.example.in',
      body: 'मेट्रो का किराया बढ़ना आम लोगों पर बोझ है।',
    });
    await post(siteB, 't1', { authorEmail: email, authorName: 'आशा', body: 'Metro fare hike is too steep.' });
    const reportA = await reportBy(email, siteA, 'तारीख़ ग़लत छपी है।');
    const reportB = await reportBy(email, siteB, 'Wrong date.');

    const before = await http(`${api.url}/v1/admin/privacy/export`, {
      method: 'POST',
      headers: admin,
      json: { email },
    });
    expect(before.status).toBe(200);
    expect(before.body.comments).toHaveLength(2);
    expect(before.body.comments[0]).toMatchObject({ authorEmail: email.toLowerCase(), authorName: 'आशा' });
    expect(before.body.subscriptions).toEqual([]);
    expect(before.body.reports).toHaveLength(2);
    expect(before.body.reports[0]).toMatchObject({
      id: reportA,
      siteId: siteA,
      reason: 'misinformation',
      note: 'तारीख़ ग़लत छपी है।',
      email: email.toLowerCase(),
      status: 'open',
    });

    const cached = (await http(`${api.url}/v1/sites/${siteA}/threads/t1/comments`)).headers.get('etag')!;
    const erased = await http(`${api.url}/v1/admin/privacy/erase`, {
      method: 'POST',
      headers: admin,
      json: { email, siteId: siteA, mode: 'anonymise' },
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ comments: 1, subscriptions: 0, reports: 1 });

    // The name changed, not a status: the thread still gets a new ETag, so a cached copy is not served again.
    const thread = await http(`${api.url}/v1/sites/${siteA}/threads/t1/comments`, {
      headers: { 'if-none-match': cached },
    });
    expect(thread.status).toBe(200);
    expect(thread.headers.get('etag')).not.toBe(cached);
    const shown = thread.body.comments.find((c: { id: string }) => c.id === kept);
    expect(shown).toMatchObject({
      authorName: FORMER_READER,
      authorUrl: null,
      body: 'मेट्रो का किराया बढ़ना आम लोगों पर बोझ है।',
    });
    const after = await http(`${api.url}/v1/admin/privacy/export`, {
      method: 'POST',
      headers: admin,
      json: { email },
    });
    expect(after.body.comments.map((c: { siteId: string }) => c.siteId)).toEqual([siteB]);
    expect(after.body.reports.map((r: { id: string }) => r.id)).toEqual([reportB]);
    // Anonymised, the report stays for the moderators without its address or note.
    const moderators = await http(`${api.url}/v1/moderation/reports?siteId=${siteA}`, { headers: admin });
    expect(moderators.body.items.find((r: { id: string }) => r.id === reportA)).toMatchObject({ note: null });
  }, 60_000);

  it('delete removes the comments, leaves replies under a placeholder, and the canary appears nowhere', async () => {
    const siteA = await createSite(api.app);
    const siteB = await createSite(api.app);
    const parent = await post(siteA, 'budget', {
      authorEmail: CANARY,
      authorName: 'Canary Reader',
      authorUrl: 'https://canary.example.org',
      body: `बजट में शिक्षा पर खर्च बढ़ना अच्छी खबर है। मुझसे ${CANARY} पर बात करें।`,
    });
    // An address in the text is contact evidence, so the checks may hold it: a moderator publishes it to reply to.
    const approved = await http(`${api.url}/v1/moderation/comments/${parent}/decision`, {
      method: 'POST',
      headers: admin,
      json: { action: 'approve' },
    });
    expect(approved.status).toBe(200);
    const reply = await post(siteA, 'budget', {
      parentId: parent,
      body: 'सहमत हूँ, पर स्वास्थ्य का हिस्सा फिर भी कम है।',
    });
    const leaf = await post(siteA, 'budget', {
      authorEmail: CANARY,
      body: 'ek aur baat: rail budget alag kyun nahi?',
    });
    await post(siteB, 'other', { authorEmail: CANARY, body: 'Different site, same reader.' });
    // Another reader quotes the address, a moderator's note names it, and a check's reason quotes it.
    const quote = await post(siteA, 'budget', { body: `${CANARY.toUpperCase()} वाले भाई साहब सही कह रहे हैं।` });
    // The address is contact evidence here too (the checks may hold it); a moderator publishes it, as for the parent.
    const quoteApproved = await http(`${api.url}/v1/moderation/comments/${quote}/decision`, {
      method: 'POST',
      headers: admin,
      json: { action: 'approve' },
    });
    expect(quoteApproved.status).toBe(200);
    const decided = await http(`${api.url}/v1/moderation/comments/${leaf}/decision`, {
      method: 'POST',
      headers: admin,
      json: { action: 'reject', note: `reader ${CANARY} asked us to take this down` },
    });
    expect(decided.status).toBe(200);
    const banned = await http(`${api.url}/v1/moderation/comments/${leaf}/author`, {
      method: 'POST',
      headers: admin,
      json: { action: 'ban', by: 'email' },
    });
    expect(banned.status).toBe(200);
    await db.insert(commentChecks).values({
      commentId: reply,
      position: 99,
      name: 'quote',
      verdict: 'publish',
      score: 0,
      reason: `mentions ${CANARY}`,
    });

    await reportBy(CANARY, siteA, `मुझसे ${CANARY} पर संपर्क करें।`);
    // Another reporter's note quotes the address: scrubbed, the report kept.
    const quoting = await reportBy('dusra.pathak@example.in', siteA, `${CANARY} ने ही यह लिखा था।`);
    // The reader asked for their data themselves (a request row and a mail to the address), a mail to someone else
    // quotes the address, and a mail stored before the recipient HMAC existed is found by decrypting it.
    const asked = await http(`${api.url}/v1/sites/${siteA}/privacy-requests`, {
      method: 'POST',
      json: { email: CANARY, kind: 'export', language: 'hi' },
    });
    expect(asked.status).toBe(202);
    await sink.waitForMail((m) => m.envelopeTo.includes(CANARY.toLowerCase()));
    await api.app.get(MailService).send({
      siteId: siteA,
      to: 'editor@news.example',
      language: 'hi',
      template: 'thread-comment',
      params: {
        siteName: 'समाचार',
        threadUrl: 'https://news.example/budget',
        comment: { authorName: 'रीना', body: `${CANARY} ने सही कहा।` },
      },
    });
    await db.insert(mailMessages).values({
      id: '01900000-0000-7000-8000-0000000001d0',
      siteId: siteA,
      template: 'privacy-confirm',
      language: 'en',
      recipientEncrypted: encryptEmail(
        CANARY.toLowerCase(),
        loadSecrets(parseEnv(process.env)).emailEncryptionKey,
      ),
      params: { siteName: 'old', kind: 'export', confirmUrl: 'https://news.example/old' },
    });
    expect(await db.$count(privacyRequests)).toBe(1);
    expect(await db.$count(mailMessages)).toBe(3);

    // The scans see the canary before erasure: they can fail.
    const canaryForms = forms(CANARY, [siteA, siteB]);
    const beforeDump = await dumpPostgres(api.databaseUrl);
    expect(canaryForms.filter((f) => beforeDump.includes(f)).length).toBeGreaterThanOrEqual(3);

    const erased = await http(`${api.url}/v1/admin/privacy/erase`, {
      method: 'POST',
      headers: admin,
      json: { email: CANARY.toLowerCase(), mode: 'delete' },
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ comments: 3, subscriptions: 0, reports: 1 });

    const thread = await http(`${api.url}/v1/sites/${siteA}/threads/budget/comments`);
    const ids = thread.body.comments.map((c: { id: string }) => c.id);
    expect(ids).not.toContain(leaf);
    const placeholder = thread.body.comments.find((c: { id: string }) => c.id === parent);
    expect(placeholder).toMatchObject({ authorName: FORMER_READER, authorUrl: null });
    expect(placeholder.body).toMatch(/हटा दी गई|deleted/);
    expect(thread.body.comments.find((c: { id: string }) => c.id === reply).parentId).toBe(parent);
    expect(thread.body.count).toBe(3);
    expect((await http(`${api.url}/v1/sites/${siteB}/threads/other/comments`)).body.count).toBe(0);

    const where: Record<string, string> = {
      postgres: await dumpPostgres(api.databaseUrl),
      redis: await dumpSharedRedis(),
      log: api.readLog(),
      export: (await exportOf(siteA)) + (await exportOf(siteB)),
    };
    for (const [place, text] of Object.entries(where)) {
      for (const form of canaryForms) {
        if (text.includes(form)) throw new Error(`${place} still holds ${form}`);
      }
    }
    expect(where.export).toContain('सहमत हूँ');
    const notes = await http(`${api.url}/v1/moderation/reports?siteId=${siteA}`, { headers: admin });
    expect(notes.body.items.find((r: { id: string }) => r.id === quoting).note).toBe(
      '[erased] ने ही यह लिखा था।',
    );
    expect(await db.$count(privacyRequests)).toBe(0);
    // Only the mail to the editor stays, its quote of the address scrubbed.
    const mails = await db.select().from(mailMessages);
    expect(mails.map((m) => m.template)).toEqual(['thread-comment']);
    expect(JSON.stringify(mails[0].params)).toContain('[erased] ने सही कहा।');
    expect(await db.$count(privacyAudit)).toBeGreaterThanOrEqual(2);
  }, 180_000);
});

async function dumpSharedRedis(): Promise<string> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    return await dumpRedis(redis);
  } finally {
    redis.disconnect();
  }
}
