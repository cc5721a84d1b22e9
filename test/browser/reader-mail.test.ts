import { execFileSync } from 'node:child_process';
import { Pool } from 'pg';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { createTestDatabase } from '../support/database';
import { submitChecked } from '../support/moderation';
import { createSite } from '../support/sites';
import {
  notificationLink,
  oneClickUnsubscribe,
  rawHeader,
  ReceivedMail,
  SmtpSink,
  unsubscribeLink,
} from '../support/smtp-sink';
import { RunningApi, startApi, waitFor } from '../support/test-app';

const W = 'comment-thread .cm-widget';
const PRIYA = 'priya.sharma@example.in';
const PRIYA_TEXT = 'बजट में किसानों के लिए कुछ ठोस नहीं है। यह निराशाजनक है।';
const REPLY_TEXT = 'प्रिया जी, सिंचाई पर ख़र्च तो बढ़ा है। पूरा बजट पढ़िए।';
jest.setTimeout(120000);

const articlePage = (siteId: string) => `<!doctype html>
<html lang="hi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>बजट 2026 पर पाठकों की राय</title></head>
<body><main><h1>बजट 2026 पर पाठकों की राय</h1>
<comment-thread site="${siteId}" thread="budget" lang="hi"></comment-thread></main>
<script src="/widget.js" async></script></body></html>`;

/** Done-when of issue 17's mail: a reader asks for replies, confirms, gets a Hindi reply mail, leaves in one click. */
describe('widget: notify me, confirm, reply mail, one-click unsubscribe', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  let browser: Browser;
  let pool: Pool;
  let siteId: string;
  const sink = new SmtpSink();

  beforeAll(async () => {
    execFileSync(process.execPath, ['apps/widget/build.mjs', '--no-check'], { stdio: 'inherit' });
    db = await createTestDatabase();
    await sink.start();
    process.env.DATABASE_URL = db.url;
    process.env.SMTP_URL = sink.url;
    api = await startApi({ withWorker: true });
    pool = new Pool({ connectionString: db.url, max: 2 });
    siteId = await createSite(api.app, {
      name: 'दैनिक समाचार',
      languages: ['hi', 'en'],
      allowedOrigins: [api.url],
      minSubmitSeconds: 0,
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await pool?.end();
    await sink.stop();
    delete process.env.SMTP_URL;
    await db?.drop();
  });

  const linkIn = (mail: ReceivedMail, path: string) => notificationLink(mail, path, api.url);

  it('subscribes from the widget in Hindi and unsubscribes in one click; every page axe clean', async () => {
    const context = await browser.newContext({ locale: 'hi-IN' });
    const page: Page = await context.newPage();
    await page.route(`${api.url}/article`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: articlePage(siteId) }),
    );
    await page.goto(`${api.url}/article`);
    const form = page.locator(`${W} form`);
    await form.waitFor();
    await form.getByRole('textbox', { name: 'टिप्पणी' }).fill(PRIYA_TEXT);
    await form.getByRole('textbox', { name: 'नाम' }).fill('प्रिया');
    await form.getByRole('textbox', { name: 'ईमेल', exact: true }).fill(PRIYA);
    await form.getByRole('combobox', { name: 'ईमेल सूचना' }).selectOption({ label: 'जवाब आने पर मुझे ईमेल करें' });
    expect(await wcagViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'टिप्पणी भेजें' }).click();

    const stored = await waitFor(
      async () =>
        (await pool.query(`SELECT id, notify, status FROM comments WHERE status <> 'queued'`)).rows[0] as
          { id: string; notify: string; status: string } | undefined,
      { what: 'the comment to be checked' },
    );
    expect(stored.notify).toBe('replies');
    expect(stored.status).toBe('published');

    const confirmation = await sink.waitForMail((m) => m.envelopeTo.includes(PRIYA));
    expect(confirmation.parsed.subject).toBe('दैनिक समाचार: अपना ईमेल पता पक्का करें');
    await page.goto(linkIn(confirmation, 'confirm'));
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /हाँ, मुझे ईमेल भेजें/ }).click();
    await page.getByRole('heading', { name: /पक्का हो गया/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    const reply = await submitChecked(api.url, siteId, 'budget', {
      authorName: 'राहुल',
      body: REPLY_TEXT,
      parentId: stored.id,
    });
    expect(reply.status).toBe('published');
    const mail = await sink.waitForMail(
      (m) => m.envelopeTo.includes(PRIYA) && (m.parsed.text ?? '').includes(REPLY_TEXT),
    );
    expect(mail.parsed.subject).toBe('दैनिक समाचार: राहुल ने आपकी टिप्पणी का जवाब दिया');
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    const unsubscribe = unsubscribeLink(mail, api.url);
    await page.goto(unsubscribe);
    await page.getByRole('button', { name: /सदस्यता छोड़ें/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect(await oneClickUnsubscribe(unsubscribe)).toBe(200);
    await page.reload();
    await page.getByRole('heading', { name: /सदस्यता छूट गई/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    expect((await pool.query('SELECT unsubscribed_at IS NOT NULL AS gone FROM subscriptions')).rows).toEqual([
      { gone: true },
    ]);
    await context.close();
  });
});
