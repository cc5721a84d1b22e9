import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { MailService } from '@app/mail';
import { QUEUES } from '@app/queue';
import { http } from '../support/client';
import { ADMIN, login } from '../support/moderators';
import { createSite } from '../support/sites';
import { SmtpSink } from '../support/smtp-sink';
import { useTestApp, waitFor } from '../support/test-app';

const READER = 'Priya.Sharma+news@Example.IN';
const REPLIER = 'rahul.verma@example.com';
const UNSUBSCRIBE = 'https://comments.example/v1/notifications/unsubscribe?token=tok_abc123';

/** libs/mail end to end: queue, worker, a real SMTP server on loopback, and mailparser reading what arrived. */
describe('mail to readers over SMTP', () => {
  const sink = new SmtpSink();
  const api = useTestApp({
    withWorker: true,
    admin: true,
    mail: sink,
    // The file's own pool ends before the kit drops the database (a drop ends its connections with an error).
    beforeClose: async () => pool?.end(),
    log: 'info',
    env: {
      MAIL_FROM: 'दैनिक समाचार <comments@news.example>',
      MAIL_ATTEMPTS: '3',
      MAIL_RETRY_DELAY_MS: '50',
    },
  });
  let mail: MailService;
  let pool: Pool;
  let siteId: string;
  let adminHeaders: Record<string, string>;

  beforeAll(async () => {
    mail = api.app.get(MailService);
    pool = new Pool({ connectionString: api.databaseUrl, max: 2 });
    siteId = await createSite(api.app, { name: 'दैनिक समाचार', languages: ['hi', 'en'] });
    adminHeaders = { authorization: `Bearer ${(await login(api.url, ADMIN)).token}` };
  });

  beforeEach(() => {
    sink.onRecipient = () => 'accept';
  });

  const status = async (id: string) =>
    (await pool.query('SELECT status, attempts, last_error FROM mail_messages WHERE id = $1', [id])).rows[0];

  // The SMTP server has the mail a moment before the worker records it as sent.
  const sentRow = (id: string) =>
    waitFor(async () => ((await status(id)).status === 'sent' ? status(id) : null), { what: 'mail sent' });

  const reply = (to: string, language: 'hi' | 'en' = 'hi') =>
    mail.send({
      siteId,
      to,
      language,
      template: 'reply',
      unsubscribeUrl: UNSUBSCRIBE,
      params: {
        siteName: 'दैनिक समाचार',
        threadUrl: 'https://news.example/politics/budget-2026',
        parent: { authorName: 'प्रिया', body: 'बजट में किसानों के लिए कुछ ठोस नहीं है। यह निराशाजनक है।' },
        comment: { authorName: 'राहुल', body: 'सहमत हूँ, पर सिंचाई योजना पर ध्यान दीजिए।\nRead page 4 bhai.' },
      },
    });

  it('delivers a Hindi reply mail, text and HTML, with RFC 8058 one-click unsubscribe headers', async () => {
    const queued = await reply(READER);
    expect(queued.status).toBe('queued');
    const id = (queued as { id: string }).id;
    const { parsed, envelopeTo } = await sink.waitForMail((m) => m.parsed.messageId?.includes(id) ?? false);

    expect(envelopeTo).toEqual([READER.toLowerCase()]);
    expect(parsed.subject).toBe('दैनिक समाचार: राहुल ने आपकी टिप्पणी का जवाब दिया');
    expect(parsed.text).toContain('बजट में किसानों के लिए कुछ ठोस नहीं है। यह निराशाजनक है।');
    expect(parsed.text).toContain('> सहमत हूँ, पर सिंचाई योजना पर ध्यान दीजिए।');
    expect(parsed.text).toContain(`एक क्लिक में सदस्यता छोड़ें: ${UNSUBSCRIBE}`);
    expect(parsed.html).toContain('<html lang="hi">');
    expect(parsed.html).toContain(`<a href="${UNSUBSCRIBE}">एक क्लिक में सदस्यता छोड़ें</a>`);
    // The raw header lines, as a mail client reads them (RFC 8058 §3.1: both headers, the POST body fixed).
    const header = (key: string) =>
      parsed.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n(?=[ \t])/g, ''); // unfolded (RFC 5322)
    expect(header('list-unsubscribe')).toBe(`List-Unsubscribe: <${UNSUBSCRIBE}>`);
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed.headers.get('content-language')).toBe('hi');
    expect(parsed.from?.value[0]).toMatchObject({ address: 'comments@news.example', name: 'दैनिक समाचार' });
    expect(await sentRow(id)).toMatchObject({ attempts: 1, last_error: null });
  });

  it('delivers the English version of a mail in English', async () => {
    const queued = await mail.send({
      siteId,
      to: REPLIER,
      language: 'en',
      template: 'subscription-confirm',
      params: {
        siteName: 'Daily News',
        kind: 'thread',
        confirmUrl: 'https://c.example/v1/notifications/confirm?token=t1',
      },
    });
    const id = (queued as { id: string }).id;
    const { parsed } = await sink.waitForMail((m) => m.parsed.messageId?.includes(id) ?? false);
    expect(parsed.subject).toBe('Daily News: confirm your email address');
    expect(parsed.text).toContain("You asked Daily News to email you this article's new comments.");
    expect(parsed.html).toContain('<html lang="en">');
    expect(parsed.html).toContain('href="https://c.example/v1/notifications/confirm?token=t1"');
    // A confirmation is not a list mail: no unsubscribe headers.
    expect(parsed.headers.has('list-unsubscribe')).toBe(false);
  });

  it('puts only the mail id in the queue, never the address or the text', async () => {
    const queued = (await reply(REPLIER)) as { id: string };
    await sink.waitForMail((m) => m.parsed.messageId?.includes(queued.id) ?? false);
    const queue = api.app.get<Queue>(getQueueToken(QUEUES.mail));
    const job = await queue.getJob(queued.id);
    expect(job?.data).toEqual({ mailId: queued.id });
    const row = (await pool.query('SELECT * FROM mail_messages WHERE id = $1', [queued.id])).rows[0];
    expect(JSON.stringify(row)).not.toContain(REPLIER);
  });

  it('retries a deferred mail (451) and delivers it', async () => {
    let refusals = 0;
    sink.onRecipient = () =>
      refusals++ < 2 ? { code: 451, message: '451 4.7.1 Greylisted, try again' } : 'accept';
    const queued = (await reply(REPLIER)) as { id: string };
    await sink.waitForMail((m) => m.parsed.messageId?.includes(queued.id) ?? false);
    expect(await sentRow(queued.id)).toMatchObject({ attempts: 3 });
  });

  it('puts a refused mail (550) in the dead-letter list at once, address masked, and an admin can send it again', async () => {
    sink.onRecipient = (address) => ({
      code: 550,
      message: `550 5.1.1 <${address}>: Recipient address rejected`,
    });
    const queued = (await reply(READER)) as { id: string };
    const dead = await waitFor(
      async () => ((await status(queued.id)).status === 'dead' ? status(queued.id) : null),
      {
        what: 'the mail to go dead',
      },
    );
    expect(dead.attempts).toBe(1);
    expect(dead.last_error).toContain('Recipient address rejected');
    expect(dead.last_error).not.toContain(READER.toLowerCase());

    const list = await http(`${api.url}/v1/admin/mail/dead-letters?siteId=${siteId}`, {
      headers: adminHeaders,
    });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: queued.id,
        template: 'reply',
        language: 'hi',
        recipientMasked: 'p***@example.in',
      }),
    ]);
    expect(list.text.toLowerCase()).not.toContain(READER.toLowerCase());

    sink.onRecipient = () => 'accept';
    const retried = await http(`${api.url}/v1/admin/mail/dead-letters/${queued.id}/retry`, {
      method: 'POST',
      headers: adminHeaders,
    });
    expect(retried.status).toBe(202);
    await sink.waitForMail((m) => m.parsed.messageId?.includes(queued.id) ?? false);
    expect(await sentRow(queued.id)).toMatchObject({ attempts: 1, last_error: null });
  });

  it('gives up after MAIL_ATTEMPTS deferrals and keeps the mail as dead', async () => {
    sink.onRecipient = () => ({ code: 421, message: '421 4.3.2 Service shutting down' });
    const queued = (await reply(REPLIER)) as { id: string };
    const dead = await waitFor(
      async () => ((await status(queued.id)).status === 'dead' ? status(queued.id) : null),
      {
        what: 'the mail to go dead',
      },
    );
    expect(dead.attempts).toBe(3);
  });

  it('keeps the dead-letter list for admins only, and answers a bad id with 404', async () => {
    expect((await http(`${api.url}/v1/admin/mail/dead-letters`)).status).toBe(401);
    const missing = await http(`${api.url}/v1/admin/mail/dead-letters/%00/retry`, {
      method: 'POST',
      headers: adminHeaders,
    });
    expect(missing.status).toBe(404);
  });

  it('never writes a recipient address to the log', async () => {
    const log = api.readLog().toLowerCase();
    expect(log).toContain('mail sent');
    expect(log).not.toContain(READER.toLowerCase());
    expect(log).not.toContain(REPLIER);
  });
});
