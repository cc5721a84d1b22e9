import { eq } from 'drizzle-orm';
import { Browser } from 'playwright-core';
import { emailLookupHmac, FORMER_READER } from '@app/comments';
import { loadSecrets, parseEnv } from '@app/config';
import { comments, Database, DATABASE, mailMessages, privacyAudit, privacyRequests } from '@app/db';
import { wcagViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { emailForms } from '../support/canary';
import { http, submission } from '../support/client';
import { createSite } from '../support/sites';
import { ReceivedMail, SmtpSink } from '../support/smtp-sink';
import { useTestApp, waitFor } from '../support/test-app';

const READER = 'Meera.Joshi+Khabar@Example.ORG';
const HINDI_TEXT = 'सरकार ने जो वादा किया था, वह अब तक पूरा नहीं हुआ। गाँव की सड़कें आज भी टूटी हैं।';

describe('a reader’s own data request: POST /v1/sites/{siteId}/privacy-requests, confirmed by a mailed link', () => {
  const sink = new SmtpSink();
  const api = useTestApp({
    withWorker: true,
    // The per-IP limit is the rate-limit plugin's; it is on only when RATE_LIMIT_PER_MINUTE is above 0.
    env: { RATE_LIMIT_PER_MINUTE: '1000', MAIL_FROM: 'दैनिक समाचार <comments@news.example>' },
    mail: sink,
    beforeClose: async () => {
      await browser?.close();
    },
  });
  let browser: Browser | undefined;
  let siteId: string;
  const db = (): Database => api.app.get(DATABASE);
  const hmac = (email: string) => emailLookupHmac(email, loadSecrets(parseEnv(process.env)).emailLookupKey);

  beforeAll(async () => {
    siteId = await createSite(api.app, { name: 'दैनिक समाचार', languages: ['hi', 'en'] });
    browser = await launchChromium();
  });

  async function comment(email: string, body: string) {
    const response = await http(`${api.url}/v1/sites/${siteId}/threads/budget-2026/comments`, {
      method: 'POST',
      json: submission({ authorEmail: email, body, authorName: 'मीरा जोशी' }),
    });
    expect(response.status).toBe(202);
    await waitFor(
      async () => {
        const [row] = await db().select().from(comments).where(eq(comments.id, response.body.id));
        return row.status !== 'queued';
      },
      { what: 'a verdict', timeoutMs: 20_000 },
    );
  }

  async function ask(email: string, kind: string, language?: string) {
    return http(`${api.url}/v1/sites/${siteId}/privacy-requests`, {
      method: 'POST',
      json: { email, kind, ...(language ? { language } : {}) },
    });
  }

  /** The link in the mail, pointed at the test's server (PUBLIC_URL is not the test's port). */
  function confirmLink(mail: ReceivedMail): string {
    const found = /https?:\/\/[^\s>"]+\/v1\/privacy-requests\/confirm\?token=[A-Za-z0-9_-]+/.exec(
      mail.parsed.text ?? '',
    );
    expect(found).not.toBeNull();
    const link = new URL(found![0]);
    return `${api.url}${link.pathname}${link.search}`;
  }

  const mailsTo = (email: string) => sink.received.filter((m) => m.envelopeTo.includes(email.toLowerCase()));

  it('answers 202 the same for an address with comments and one without, and mails each a link without the address', async () => {
    await comment(READER, HINDI_TEXT);
    const stranger = 'nobody.here@example.net';
    const known = await ask(READER, 'export', 'en');
    const unknown = await ask(stranger, 'export', 'en');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.text).toBe(unknown.text);
    expect(known.text).not.toMatch(/meera|example/i);
    for (const email of [READER, stranger]) {
      const mail = await sink.waitForMail((m) => m.envelopeTo.includes(email.toLowerCase()));
      expect(mail.parsed.subject).toBe('दैनिक समाचार: confirm your data request');
      const link = confirmLink(mail);
      for (const form of emailForms(email)) expect(link).not.toContain(form);
    }
  });

  it('export (English): the link’s page acts only on its button, then the reader’s own comments arrive by mail', async () => {
    const before = mailsTo(READER).length;
    expect((await ask(READER, 'export', 'en')).status).toBe(202);
    await sink.waitForMail(() => mailsTo(READER).length > before);
    const link = confirmLink(mailsTo(READER)[before]);

    const page = await http(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.text).toContain('Confirm your request');
    expect(page.text).toContain('अपने अनुरोध की पुष्टि करें');
    expect((page.text.match(/<button/g) ?? []).length).toBe(1);
    // Opening the page (as a mail scanner would) sent nothing.
    expect(mailsTo(READER).length).toBe(before + 1);

    const tab = await browser!.newPage();
    await tab.goto(link);
    expect(await wcagViolations(tab)).toEqual([]);
    await tab.click('button[type=submit]');
    await tab.waitForSelector('text=A copy of your comments has been mailed');
    expect(await wcagViolations(tab)).toEqual([]);
    await tab.close();

    const exported = await sink.waitForMail(
      (m) =>
        m.envelopeTo.includes(READER.toLowerCase()) && /a copy of your comments/.test(m.parsed.subject ?? ''),
    );
    expect(exported.parsed.text).toContain(HINDI_TEXT);
    expect(exported.parsed.text).toContain('मीरा जोशी');
    expect(exported.parsed.text).not.toContain('127.0.0.1');
    // The link is spent.
    expect((await http(link)).status).toBe(404);
    const [audit] = await db().select().from(privacyAudit).where(eq(privacyAudit.action, 'export'));
    expect(audit).toMatchObject({ requestedBy: 'reader', moderatorId: null, siteId, mode: null });
  });

  it('erase (Hindi): after the click the reader’s name and address are gone, with their mails and requests', async () => {
    const before = mailsTo(READER).length;
    expect((await ask(READER, 'erase', 'hi')).status).toBe(202);
    await sink.waitForMail(() => mailsTo(READER).length > before);
    const mail = mailsTo(READER)[before];
    expect(mail.parsed.subject).toBe('दैनिक समाचार: अपने डेटा के अनुरोध की पुष्टि करें');
    expect(mail.parsed.text).toContain('मिटाने');
    const link = confirmLink(mail);
    await waitFor(async () => (await db().select().from(mailMessages)).every((m) => m.status === 'sent'), {
      what: 'every mail sent',
    });
    expect(
      (
        await db()
          .select()
          .from(mailMessages)
          .where(eq(mailMessages.recipientHmac, hmac(READER)))
      ).length,
    ).toBeGreaterThan(0);

    const tab = await browser!.newPage();
    await tab.goto(link);
    expect(await tab.textContent('h1')).toContain('अपने अनुरोध की पुष्टि करें');
    expect(await wcagViolations(tab)).toEqual([]);
    await tab.click('button[type=submit]');
    await tab.waitForSelector('text=आपकी निजी जानकारी मिटा दी गई है');
    expect(await wcagViolations(tab)).toEqual([]);
    await tab.close();

    expect(
      await db()
        .select()
        .from(comments)
        .where(eq(comments.authorEmailHmac, hmac(READER))),
    ).toEqual([]);
    const mine = await db().select().from(comments).where(eq(comments.body, HINDI_TEXT));
    expect(mine.map((c) => c.authorName)).toEqual([FORMER_READER]);
    expect(mine[0].clientIp).toBeNull();
    expect(
      await db()
        .select()
        .from(mailMessages)
        .where(eq(mailMessages.recipientHmac, hmac(READER))),
    ).toEqual([]);
    expect(
      await db()
        .select()
        .from(privacyRequests)
        .where(eq(privacyRequests.emailHmac, hmac(READER))),
    ).toEqual([]);
    const [audit] = await db().select().from(privacyAudit).where(eq(privacyAudit.action, 'erase'));
    expect(audit).toMatchObject({
      requestedBy: 'reader',
      mode: 'anonymise',
      siteId,
      counts: { comments: 1 },
    });
    expect((await http(link, { method: 'GET' })).status).toBe(404);
  }, 60_000);

  it('names bad fields (422), 404s an unknown site, and limits requests per client IP (429)', async () => {
    const bad = await http(`${api.url}/v1/sites/${siteId}/privacy-requests`, {
      method: 'POST',
      json: { email: 'not-an-address', kind: 'delete-everything', extra: 1 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'extra', 'kind']);
    const unknownSite = await http(`${api.url}/v1/sites/nope/privacy-requests`, {
      method: 'POST',
      json: { email: 'a@example.net', kind: 'export' },
    });
    expect(unknownSite.status).toBe(404);
    const forged = await http(`${api.url}/v1/privacy-requests/confirm`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'forged-token' }),
    });
    expect(forged.status).toBe(404);
    let status = 202;
    for (let i = 0; i < 12 && status !== 429; i++)
      status = (await ask(`flood${i}@example.net`, 'export')).status;
    expect(status).toBe(429);
  });
});
