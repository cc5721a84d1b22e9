import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { articlePage, openArticle } from '../support/article-page';
import { createTestDatabase } from '../support/database';
import { submitChecked } from '../support/moderation';
import { openDashboard } from '../support/dashboard-page';
import { useTestAdmin } from '../support/moderators';
import { createSite } from '../support/sites';
import { RunningApi, startApi, waitFor } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

jest.setTimeout(120000);
const ZONE = 'Asia/Kolkata';

const TITLE = { hi: 'शहर की ख़बरें', en: 'City news' };

/** A reader reports from the widget and sees the decide-by date; a moderator sees the clock and decides. */
describe('reports in the browser: widget and the Reported tab', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  let pool: Pool;
  let browser: Browser;
  let siteId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    const root = join(__dirname, '..', '..');
    execFileSync(process.execPath, [join(root, 'apps/widget/build.mjs'), '--no-check'], { stdio: 'inherit' });
    execFileSync(process.execPath, [join(root, 'apps/dashboard/build.mjs')]);
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    useTestAdmin();
    api = await startApi({ withWorker: true });
    pool = new Pool({ connectionString: db.url, max: 2 });
    siteId = await createSite(api.app, { languages: ['hi', 'en'], allowedOrigins: [api.url] });
    for (const [authorName, body] of [
      ['अमित', 'नगर निगम का यह फ़ैसला जनता के ख़िलाफ़ है।'],
      ['Neha', 'The new flyover will ease traffic near the station.'],
      ['रवि', 'इस इलाक़े के लोग झूठे हैं, इन्हें भगा दो।'],
    ]) {
      const { id, status } = await submitChecked(api.url, siteId, 'shahar', { authorName, body });
      if (status !== 'published') await changeStatus(api.app, id, 'published');
      ids.push(id);
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await pool?.end();
    await db?.drop();
  });

  async function article(lang: 'hi' | 'en'): Promise<Page> {
    const context = await browser.newContext({ locale: lang === 'hi' ? 'hi-IN' : 'en-IN', timezoneId: ZONE });
    const page = await context.newPage();
    await openArticle(page, api.url, `/article/${lang}`, articlePage(lang, siteId, 'shahar', TITLE[lang]));
    await page.locator('comment-thread .comment').nth(2).waitFor();
    return page;
  }

  const decideByOf = async (commentId: string) =>
    (await pool.query('SELECT decide_by FROM comment_reports WHERE comment_id = $1', [commentId])).rows[0]
      .decide_by as Date;
  const day = (date: Date, locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: ZONE }).format(date);

  async function reportFrom(
    page: Page,
    commentId: string,
    labels: Record<string, string>,
    fill: Record<string, string>,
  ) {
    const comment = page.locator(`#comment-${commentId} > article`);
    const open = comment.getByRole('button', { name: labels.report, exact: true });
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    await comment.getByLabel(labels.reason).selectOption({ label: fill.reason });
    await comment.getByLabel(labels.note).fill(fill.note);
    if (fill.email) await comment.getByLabel(labels.email).fill(fill.email);
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await comment.getByRole('button', { name: labels.send }).click();
    return comment.getByRole('status');
  }

  it('a reader reports in Hindi and sees the acknowledgement with the decide-by date', async () => {
    const page = await article('hi');
    const status = await reportFrom(
      page,
      ids[2],
      {
        report: 'रिपोर्ट करें',
        reason: 'कारण',
        note: 'नोट (वैकल्पिक)',
        email: 'निर्णय जानने के लिए ईमेल (वैकल्पिक)',
        send: 'रिपोर्ट भेजें',
      },
      { reason: 'नफ़रत', note: 'यह एक समुदाय के ख़िलाफ़ नफ़रत फैलाती है।', email: 'pathak@example.in' },
    );
    await status.filter({ hasText: 'रिपोर्ट मिल गई।' }).waitFor();
    const decideBy = await decideByOf(ids[2]);
    expect(decideBy.getTime() - Date.now()).toBeGreaterThan(14.9 * 86400_000);
    const text = await status.textContent();
    expect(text).toMatch(/^रिपोर्ट मिल गई। निर्णय .+ तक होगा।$/);
    expect(text).toContain(day(decideBy, 'hi-IN'));
    const row = (await pool.query('SELECT reason, note FROM comment_reports WHERE comment_id = $1', [ids[2]]))
      .rows[0];
    expect(row).toEqual({ reason: 'hate', note: 'यह एक समुदाय के ख़िलाफ़ नफ़रत फैलाती है।' });
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.context().close();
  });

  it('a reader reports in English; a second report of the same comment is refused politely', async () => {
    const page = await article('en');
    const labels = {
      report: 'Report',
      reason: 'Reason',
      note: 'Note (optional)',
      email: 'Email for the outcome (optional)',
      send: 'Send report',
    };
    const status = await reportFrom(page, ids[0], labels, {
      reason: 'Misinformation',
      note: 'The council never said this.',
    });
    await status.filter({ hasText: 'Report received; decision by' }).waitFor();
    expect(await status.textContent()).toContain(day(await decideByOf(ids[0]), 'en'));
    // The same browser (same reader id) on a fresh page: the server answers 409.
    const again = await openArticle(
      await page.context().newPage(),
      api.url,
      '/article/en',
      articlePage('en', siteId, 'shahar', TITLE.en),
    );
    await again.locator('comment-thread .comment').nth(2).waitFor();
    const refused = await reportFrom(again, ids[0], labels, { reason: 'Spam', note: 'again' });
    await refused.filter({ hasText: 'You already reported this.' }).waitFor();
    await page.context().close();
  });

  async function dashboard(lang: 'hi' | 'en'): Promise<Page> {
    const page = await openDashboard(browser, api.url, lang, ZONE);
    await page.getByRole('link', { name: lang === 'hi' ? 'रिपोर्ट की गई' : 'Reported' }).click();
    return page;
  }

  it('a moderator sees the reports with their clock, overdue first, and removes one (English)', async () => {
    // The Hindi report is made overdue: it must come first and say so.
    await pool.query(
      `UPDATE comment_reports SET decide_by = now() - interval '36 hours' WHERE comment_id = $1`,
      [ids[2]],
    );
    const page = await dashboard('en');
    const items = page.locator('ol.reported > li.item');
    await items.nth(1).waitFor();
    expect(await items.nth(0).getAttribute('data-id')).toBe(ids[2]);
    const overdue = items.nth(0);
    await expect(overdue.locator('.clock strong').textContent()).resolves.toBe('Overdue by 1 day');
    expect(await overdue.getAttribute('class')).toContain('overdue');
    await expect(overdue.textContent()).resolves.toContain('Reasons: Hate × 1');
    await expect(overdue.textContent()).resolves.toContain('यह एक समुदाय के ख़िलाफ़ नफ़रत फैलाती है।');
    await expect(items.nth(1).locator('.clock strong').textContent()).resolves.toBe('15 days left to decide');
    await expect(page.locator('main').textContent()).resolves.toContain('2 open reports, 1 overdue.');
    await expect(wcagViolations(page)).resolves.toEqual([]);

    await overdue.getByRole('button', { name: 'Remove' }).click();
    await page.locator('#announce', { hasText: 'Comment removed; its reports are decided.' }).waitFor();
    await waitFor(async () => (await page.locator('ol.reported > li.item').count()) === 1, {
      what: 'one left',
    });
    const row = (
      await pool.query('SELECT status, outcome FROM comment_reports WHERE comment_id = $1', [ids[2]])
    ).rows[0];
    expect(row).toEqual({ status: 'decided', outcome: 'removed' });
    expect((await pool.query('SELECT status FROM comments WHERE id = $1', [ids[2]])).rows[0].status).toBe(
      'rejected',
    );
    await page.close();
  });

  it('shows the Reported tab in Hindi and keeps a comment from there', async () => {
    const page = await dashboard('hi');
    const item = page.locator(`ol.reported > li.item[data-id="${ids[0]}"]`);
    await item.waitFor();
    await expect(item.locator('.clock strong').textContent()).resolves.toBe('निर्णय के लिए 15 दिन बाकी');
    await expect(item.textContent()).resolves.toContain('कारण: ग़लत जानकारी × 1');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'पाठकों ने जिन टिप्पणियों की रिपोर्ट की',
    );
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await item.getByRole('button', { name: 'बनी रहने दें' }).click();
    await page.locator('#announce', { hasText: 'टिप्पणी बनी रहेगी; उसकी रिपोर्टों पर निर्णय हो गया।' }).waitFor();
    await page.getByText('कोई खुली रिपोर्ट नहीं है।').waitFor();
    const row = (
      await pool.query('SELECT status, outcome FROM comment_reports WHERE comment_id = $1', [ids[0]])
    ).rows[0];
    expect(row).toEqual({ status: 'decided', outcome: 'kept' });
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.close();
  });
});
