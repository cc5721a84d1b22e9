import { execFileSync } from 'node:child_process';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { articlePage, openArticle } from '../support/article-page';
import { http } from '../support/client';
import { createTestDatabase } from '../support/database';
import { submitChecked } from '../support/moderation';
import { moderatorOf } from '../support/moderators';
import { createSite } from '../support/sites';
import { RunningApi, startApi, waitFor } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

const W = 'comment-thread .cm-widget';
jest.setTimeout(90000);

const articleTitle = (lang: 'hi' | 'en') =>
  lang === 'hi' ? 'बजट 2026 पर पाठकों की राय' : 'Readers on the 2026 budget';

/** Likes, sorting and the featured mark in the widget, in real Chromium, in Hindi and English. */
describe('widget: likes, sort and featured', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  let browser: Browser;
  let siteId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['apps/widget/build.mjs', '--no-check'], { stdio: 'inherit' });
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    api = await startApi({ withWorker: true });
    siteId = await createSite(api.app, { languages: ['hi', 'en'], allowedOrigins: [api.url] });
    for (const [name, body] of [
      ['प्रिया', 'बजट में किसानों के लिए कुछ ठोस नहीं है। यह निराशाजनक है।'],
      ['Rahul', 'Fiscal deficit ka target realistic lagta hai, dekhte hain.'],
      ['सलमा', 'शिक्षा पर ख़र्च बढ़ा है, यह अच्छी बात है।'],
    ]) {
      const { id, status } = await submitChecked(api.url, siteId, 'budget', { authorName: name, body });
      if (status !== 'published') await changeStatus(api.app, id, 'published');
      ids.push(id);
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.drop();
  });

  async function open(lang: 'hi' | 'en'): Promise<Page> {
    const context = await browser.newContext({ locale: lang === 'hi' ? 'hi-IN' : 'en-IN' });
    const page = await context.newPage();
    await openArticle(
      page,
      api.url,
      `/test-article/${lang}`,
      articlePage(lang, siteId, 'budget', articleTitle(lang)),
    );
    await page.locator(`${W} .comment`).nth(2).waitFor();
    return page;
  }

  const authors = (page: Page) => page.locator(`${W} .comment-list > .comment .meta bdi`).allTextContents();
  const likesOf = async (id: string) =>
    (await http(`${api.url}/v1/sites/${siteId}/threads/budget/comments`)).body.comments.find(
      (c: { id: string }) => c.id === id,
    ).likes;

  it('likes a comment once in Hindi, keeps it across a reload, and takes it back', async () => {
    const page = await open('hi');
    const like = page.locator(`#comment-${ids[1]} > article .like`);
    await expect(like.textContent()).resolves.toBe('♡ पसंद · 0');
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    await like.click();
    await waitFor(async () => (await likesOf(ids[1])) === 1, { what: 'the like to reach the server' });
    expect(await like.getAttribute('aria-pressed')).toBe('true');
    await expect(like.textContent()).resolves.toBe('♥ पसंद · 1');

    await page.reload();
    const again = page.locator(`#comment-${ids[1]} > article .like`);
    await again.waitFor();
    expect(await again.getAttribute('aria-pressed')).toBe('true');
    await again.click();
    await waitFor(async () => (await likesOf(ids[1])) === 0, { what: 'the like to be taken back' });
    await expect(again.textContent()).resolves.toBe('♡ पसंद · 0');
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('sorts by newest and most liked, and marks a featured comment, in English', async () => {
    // Two readers like Salma's comment over the API; a moderator features Priya's.
    for (let i = 0; i < 2; i++) {
      const token = (await http(`${api.url}/v1/sites/${siteId}/reader-token`)).body.readerToken;
      await http(`${api.url}/v1/sites/${siteId}/comments/${ids[2]}/like`, {
        method: 'POST',
        headers: { 'x-reader-token': token },
      });
    }
    const moderator = await moderatorOf(api.app, api.url, [siteId]);
    await http(`${api.url}/v1/moderation/comments/${ids[0]}/feature`, {
      method: 'POST',
      headers: moderator.headers,
      json: { featured: true },
    });

    const page = await open('en');
    expect(await authors(page)).toEqual(['प्रिया', 'Rahul', 'सलमा']);
    const sort = page.locator(`${W} .sort select`);
    expect(await page.locator(`${W} .sort label`).textContent()).toBe('Sort by');
    await sort.selectOption('newest');
    await waitFor(async () => (await authors(page))[0] === 'सलमा', { what: 'newest first' });
    expect(await authors(page)).toEqual(['सलमा', 'Rahul', 'प्रिया']);
    await sort.selectOption('top');
    await waitFor(async () => (await authors(page))[0] === 'प्रिया', { what: 'featured first' });
    expect(await authors(page)).toEqual(['प्रिया', 'सलमा', 'Rahul']);
    expect(await page.locator(`#comment-${ids[0]} .featured`).textContent()).toBe('Featured comment');
    expect(await page.locator(`#comment-${ids[2]} .like`).textContent()).toBe('♡ Like · 2');
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the featured mark and the sort choices in Hindi', async () => {
    const page = await open('hi');
    expect(await page.locator(`#comment-${ids[0]} .featured`).textContent()).toBe('चुनी हुई टिप्पणी');
    expect(await page.locator(`${W} .sort option`).allTextContents()).toEqual([
      'पुरानी पहले',
      'नई पहले',
      'सबसे पसंद की गई',
    ]);
    await page.context().close();
  });

  it("updates another reader's like count live, from the batched comment.likes event", async () => {
    const page = await open('hi');
    const like = page.locator(`#comment-${ids[1]} > article .like`);
    const before = Number((await like.textContent())!.split('· ')[1]);
    const token = (await http(`${api.url}/v1/sites/${siteId}/reader-token`)).body.readerToken;
    await http(`${api.url}/v1/sites/${siteId}/comments/${ids[1]}/like`, {
      method: 'POST',
      headers: { 'x-reader-token': token },
    });
    await like.filter({ hasText: `पसंद · ${before + 1}` }).waitFor({ timeout: 15000 });
    await page.context().close();
  });
});
