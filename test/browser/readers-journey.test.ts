import { execFileSync } from 'node:child_process';
import { Pool } from 'pg';
import { Browser, Page } from 'playwright-core';
import { CommentsRepository, DEMO_SITE_ID, SitesService } from '@app/comments';
import { wcagViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { http } from '../support/client';
import { openDashboard } from '../support/dashboard-page';
import { submitChecked } from '../support/moderation';
import { useTestAdmin } from '../support/moderators';
import { notificationLink, oneClickUnsubscribe, SmtpSink, unsubscribeLink } from '../support/smtp-sink';
import { useTestApp, waitFor } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

jest.setTimeout(240000);
const W = 'comment-thread .cm-widget';
const ZONE = 'Asia/Kolkata';
const THREAD = 'post-1';
const PRIYA = 'priya.verma@example.in';
const PRIYA_TEXT = 'महँगाई पर सरकार की चुप्पी चिंता की बात है। रसोई का ख़र्च दोगुना हो गया है।';
const PRIYA_EDITED = 'महँगाई पर सरकार की चुप्पी चिंता की बात है। रसोई और दवाओं का ख़र्च दोगुना हो गया है।';
const REPLY_TEXT = 'प्रिया जी, आप जैसे लोग ही देश को पीछे खींचते हैं। चुप रहिए।';

/**
 * Issue 17's "done when", as one reader lives it on the demo article in Hindi: email me replies, confirm, the Hindi
 * reply mail, one-click unsubscribe, an edit within the window, a like, a report acknowledged with its date; then a
 * moderator decides the report from the dashboard's clock and the reporter gets the outcome mail. Axe on every page.
 */
describe("issue 17's reader journey, in Hindi, end to end", () => {
  const sink = new SmtpSink();
  useTestAdmin();
  const app = useTestApp({
    withWorker: true,
    mail: sink,
  });
  let browser: Browser;
  const stored = (id: string) => app.app.get(CommentsRepository).findById(id);
  /** The checks may hold a comment on the demo site; this journey is about what follows publication. */
  const publishedAfterChecks = async (id: string) => {
    const status = await waitFor(
      async () => {
        const now = (await stored(id))?.status;
        return now && now !== 'queued' ? now : undefined;
      },
      { what: 'the checks to decide' },
    );
    if (status !== 'published') await changeStatus(app.app, id, 'published');
  };
  const axeClean = async (page: Page) => expect(await wcagViolations(page)).toEqual([]);

  beforeAll(async () => {
    execFileSync(process.execPath, ['apps/widget/build.mjs', '--no-check'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['apps/dashboard/build.mjs']);
    await app.app
      .get(SitesService)
      .update(DEMO_SITE_ID, { allowedOrigins: [app.url], floodSeconds: 0, minSubmitSeconds: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('subscribes, confirms, gets the reply mail, unsubscribes, edits, likes, reports; the report is decided', async () => {
    const siteName = (await app.app.get(SitesService).settings(DEMO_SITE_ID)).name;
    const context = await browser.newContext({ locale: 'hi-IN', timezoneId: ZONE });
    const page = await context.newPage();
    const article = `${app.url}/demo/${THREAD}`;
    await page.goto(article);
    const form = page.locator(`${W} form`).first();
    await form.waitFor();

    // 1. Comment, asking for replies by mail.
    await form.getByRole('textbox', { name: 'टिप्पणी' }).fill(PRIYA_TEXT);
    await form.getByRole('textbox', { name: 'नाम' }).fill('प्रिया');
    await form.getByRole('textbox', { name: 'ईमेल', exact: true }).fill(PRIYA);
    await form.getByRole('combobox', { name: 'ईमेल सूचना' }).selectOption({ label: 'जवाब आने पर मुझे ईमेल करें' });
    await axeClean(page);
    await form.getByRole('button', { name: 'टिप्पणी भेजें' }).click();
    const mine = page.locator(`${W} li.own`).last();
    await mine.waitFor();
    const priyaId = ((await mine.getAttribute('id')) ?? '').replace('comment-', '');
    expect((await stored(priyaId))?.notify).toBe('replies');
    await publishedAfterChecks(priyaId);

    // 2. Confirm the address from the mail.
    const confirmation = await sink.waitForMail((m) => m.envelopeTo.includes(PRIYA));
    expect(confirmation.parsed.subject).toBe(`${siteName}: अपना ईमेल पता पक्का करें`);
    const confirmPage = await context.newPage();
    await confirmPage.goto(notificationLink(confirmation, 'confirm', app.url));
    await axeClean(confirmPage);
    await confirmPage.getByRole('button', { name: /हाँ, मुझे ईमेल भेजें/ }).click();
    await confirmPage.getByRole('heading', { name: /पक्का हो गया/ }).waitFor();
    await axeClean(confirmPage);

    // 3. A reply is published: the Hindi reply mail arrives.
    const reply = await submitChecked(app.url, DEMO_SITE_ID, THREAD, {
      authorName: 'राकेश',
      body: REPLY_TEXT,
      parentId: priyaId,
    });
    await publishedAfterChecks(reply.id);
    const replyMail = await sink.waitForMail(
      (m) => m.envelopeTo.includes(PRIYA) && (m.parsed.text ?? '').includes(REPLY_TEXT),
    );
    expect(replyMail.parsed.subject).toBe(`${siteName}: राकेश ने आपकी टिप्पणी का जवाब दिया`);
    expect(replyMail.parsed.headers.get('content-language')).toBe('hi');

    // 4. Unsubscribe in one click (RFC 8058: the mail client's cookieless form POST); the page says so after.
    const unsubscribe = unsubscribeLink(replyMail, app.url);
    await confirmPage.goto(unsubscribe);
    await confirmPage.getByRole('button', { name: /सदस्यता छोड़ें/ }).waitFor();
    await axeClean(confirmPage);
    expect(await oneClickUnsubscribe(unsubscribe)).toBe(200);
    await confirmPage.reload();
    await confirmPage.getByRole('heading', { name: /सदस्यता छूट गई/ }).waitFor();
    await axeClean(confirmPage);
    await confirmPage.close();

    // 5. Back on the article: edit the comment within the window.
    await page.goto(article);
    const priya = page.locator(`${W} #comment-${priyaId} > article`);
    await priya.locator('.like').waitFor();
    await priya.getByRole('button', { name: 'संपादित करें' }).click();
    await priya.getByRole('textbox', { name: 'संपादित करें' }).fill(PRIYA_EDITED);
    await axeClean(page);
    await priya.getByRole('button', { name: 'सहेजें' }).click();
    await waitFor(async () => (await stored(priyaId))?.body === PRIYA_EDITED, {
      what: 'the edit to be stored',
    });
    expect((await stored(priyaId))?.editedAt).not.toBeNull();

    // The edit went back through the checks; the reader comes back to the article once it is decided.
    await publishedAfterChecks(priyaId);
    await page.reload();

    // 6. Like the reply: the button says so, and the server counts it.
    const replyArticle = page.locator(`${W} #comment-${reply.id} > article`);
    const like = replyArticle.getByRole('button', { name: /^पसंद · / });
    await like.click();
    await waitFor(async () => (await like.getAttribute('aria-pressed')) === 'true', {
      what: 'the like to show',
    });
    await waitFor(
      async () => {
        const thread = await http(`${app.url}/v1/sites/${DEMO_SITE_ID}/threads/${THREAD}/comments?limit=50`);
        return thread.body.comments.find((c: { id: string }) => c.id === reply.id)?.likes === 1;
      },
      { what: 'the like to be counted' },
    );

    // 7. Report the reply, with the address for the outcome: acknowledged with the decide-by date.
    const open = replyArticle.getByRole('button', { name: 'रिपोर्ट करें', exact: true });
    await open.click();
    await replyArticle.getByLabel('कारण').selectOption({ label: 'उत्पीड़न' });
    await replyArticle.getByLabel('नोट (वैकल्पिक)').fill('यह जवाब मुझे चुप कराने के लिए धमकाता है।');
    await replyArticle.getByLabel('निर्णय जानने के लिए ईमेल (वैकल्पिक)').fill(PRIYA);
    await axeClean(page);
    await replyArticle.getByRole('button', { name: 'रिपोर्ट भेजें' }).click();
    const acknowledged = replyArticle.getByRole('status').filter({ hasText: 'रिपोर्ट मिल गई।' });
    await acknowledged.waitFor();
    const report = await acknowledged.textContent();
    expect(report).toMatch(/^रिपोर्ट मिल गई। निर्णय .+ तक होगा।$/);
    const pool = new Pool({ connectionString: app.databaseUrl, max: 1 });
    const { decide_by: decideBy } = (
      await pool
        .query('SELECT decide_by FROM comment_reports WHERE comment_id = $1', [reply.id])
        .finally(() => pool.end())
    ).rows[0] as { decide_by: Date };
    expect(report).toContain(
      new Intl.DateTimeFormat('hi-IN', { dateStyle: 'medium', timeZone: ZONE }).format(decideBy),
    );
    await axeClean(page);
    await context.close();

    // 8. The moderator sees it with its clock in the dashboard, in Hindi, and removes the reply.
    const dashboard = await openDashboard(browser, app.url, 'hi', ZONE);
    await dashboard.getByRole('link', { name: 'रिपोर्ट की गई' }).click();
    const item = dashboard.locator(`ol.reported > li.item[data-id="${reply.id}"]`);
    await item.waitFor();
    await expect(item.locator('.clock strong').textContent()).resolves.toBe('निर्णय के लिए 15 दिन बाकी');
    await expect(item.textContent()).resolves.toContain('कारण: उत्पीड़न × 1');
    await axeClean(dashboard);
    await item.getByRole('button', { name: 'हटाएँ' }).click();
    await dashboard
      .locator('#announce', { hasText: 'टिप्पणी हटा दी गई; उसकी रिपोर्टों पर निर्णय हो गया।' })
      .waitFor();
    await axeClean(dashboard);
    expect((await stored(reply.id))?.status).toBe('rejected');

    // 9. The reporter's outcome mail, in Hindi, naming the reported text and what was decided.
    const outcome = await sink.waitForMail(
      (m) => m.envelopeTo.includes(PRIYA) && m.parsed.subject === `${siteName}: आपकी शिकायत पर निर्णय`,
    );
    expect(outcome.parsed.headers.get('content-language')).toBe('hi');
    expect(outcome.parsed.text).toContain(REPLY_TEXT);
    expect(outcome.parsed.text).toContain('हटा दिया');
    await dashboard.close();
  });
});
