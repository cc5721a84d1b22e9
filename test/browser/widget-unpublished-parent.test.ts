import { Page } from 'playwright-core';
import { wcagViolations } from '../support/axe';
import { articlePage, openArticle } from '../support/article-page';
import { useBrowserApp } from '../support/browser';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { moderatorOf } from '../support/moderators';
import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

const W = 'comment-thread .cm-widget';
const PLACEHOLDER = { hi: 'यह टिप्पणी अभी उपलब्ध नहीं है।', en: 'This comment is not available.' };
const COUNT = {
  hi: (n: number) => (n === 1 ? '1 टिप्पणी' : `${n} टिप्पणियाँ`),
  en: (n: number) => (n === 1 ? '1 Comment' : `${n} Comments`),
};
jest.setTimeout(120000);

/**
 * A published parent leaves the thread on the live stream (a moderator rejects it, its author deletes it): its
 * published replies stay on readers' pages, under the placeholder a reload shows, in Hindi and English, without a
 * reload; published again, the parent comes back in its place, above the same replies.
 */
describe('widget: replies stay when their parent is unpublished live', () => {
  const api = useBrowserApp({ build: { widget: 'always' } });
  let siteId = '';
  let moderator: Awaited<ReturnType<typeof moderatorOf>>;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'], allowedOrigins: [api.url] });
    moderator = await moderatorOf(api.app, api.url, [siteId]);
  });

  /** A comment as a reader writes it, published whatever the checks said (premoderation is not under test). */
  async function published(thread: string, over: Record<string, unknown>) {
    const checked = await submitChecked(api.url, siteId, thread, over);
    if (checked.status !== 'published') await changeStatus(api.app, checked.id, 'published');
    return checked;
  }

  async function decide(id: string, action: 'approve' | 'reject'): Promise<void> {
    const answer = await http(`${api.url}/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      headers: moderator.headers,
      json: { action },
    });
    if (answer.status !== 200) throw new Error(`${action}: ${answer.status} ${answer.text}`);
  }

  async function open(lang: 'hi' | 'en', thread: string): Promise<Page> {
    const context = await api.browser.newContext({ locale: lang === 'hi' ? 'hi-IN' : 'en-IN' });
    const page = await context.newPage();
    await openArticle(page, api.url, `/article/${lang}/${thread}`, articlePage(lang, siteId, thread, thread));
    await page.locator(`${W} .comment`).first().waitFor();
    return page;
  }

  /** Proves the page's live stream is connected: a new comment arrives on it without a reload. */
  async function live(pages: Page[], thread: string, body: string): Promise<string> {
    const { id } = await published(thread, { authorName: 'Arjun', body });
    for (const page of pages) await page.locator(`${W} #comment-${id} .body`).waitFor({ timeout: 15000 });
    return id;
  }

  const heading = (page: Page) => page.locator(`${W} h2`).textContent();
  /** The reply as nested under its parent's item, whatever that item shows. */
  const nestedReply = (page: Page, parentId: string, replyId: string) =>
    page.locator(`${W} #comment-${parentId} > ol.children > #comment-${replyId}`);

  it('keeps a rejected parent’s reply under the placeholder in Hindi and English, the same after a reload, and puts the parent back when approved', async () => {
    const parent = await published('budget', {
      authorName: 'प्रिया',
      body: 'बजट में किसानों के लिए कुछ ठोस नहीं है। यह निराशाजनक है।',
    });
    const reply = await published('budget', {
      authorName: 'Rahul',
      parentId: parent.id,
      body: 'Sahi kaha, MSP pe bhi kuch nahi bola। पर शिक्षा पर ख़र्च बढ़ा है।',
    });
    const pages = { hi: await open('hi', 'budget'), en: await open('en', 'budget') };
    await live(Object.values(pages), 'budget', 'Fiscal deficit ka target realistic lagta hai, dekhte hain.');
    for (const page of Object.values(pages)) {
      await expect(nestedReply(page, parent.id, reply.id).locator('.body').textContent()).resolves.toContain(
        'शिक्षा पर ख़र्च बढ़ा है।',
      );
    }
    await expect(heading(pages.hi)).resolves.toBe(COUNT.hi(3));

    await decide(parent.id, 'reject');
    for (const lang of ['hi', 'en'] as const) {
      const page = pages[lang];
      const item = page.locator(`${W} #comment-${parent.id}`);
      await item.locator(':scope > .gone').waitFor({ timeout: 15000 });
      await expect(item.locator(':scope > .gone').textContent()).resolves.toBe(PLACEHOLDER[lang]);
      // The parent's words, name and buttons are gone; the reply is still there, under it, with its own.
      expect(await item.locator(':scope > article').count()).toBe(0);
      await expect(item.textContent()).resolves.not.toContain('निराशाजनक');
      await expect(item.textContent()).resolves.not.toContain('प्रिया');
      const nested = nestedReply(page, parent.id, reply.id);
      await expect(nested.locator('.body').textContent()).resolves.toContain('शिक्षा पर ख़र्च बढ़ा है।');
      expect(await nested.locator('button.reply').count()).toBe(1);
      await expect(heading(page)).resolves.toBe(COUNT[lang](2));
      expect(await wcagViolations(page)).toEqual([]);
    }

    // What a reload shows is what the live page showed.
    await pages.hi.reload();
    await nestedReply(pages.hi, parent.id, reply.id).waitFor();
    await expect(pages.hi.locator(`${W} #comment-${parent.id} > .gone`).textContent()).resolves.toBe(
      PLACEHOLDER.hi,
    );
    await expect(heading(pages.hi)).resolves.toBe(COUNT.hi(2));
    expect(await wcagViolations(pages.hi)).toEqual([]);
    // Both pages still listen (the reloaded one afresh): a fourth comment reaches them, three are published now.
    await live(Object.values(pages), 'budget', 'Reload ke baad bhi live chal raha hai.');

    await decide(parent.id, 'approve');
    for (const lang of ['hi', 'en'] as const) {
      const page = pages[lang];
      const item = page.locator(`${W} #comment-${parent.id}`);
      await item.locator(':scope > article .body').waitFor({ timeout: 15000 });
      await expect(item.locator(':scope > article .body').textContent()).resolves.toContain('निराशाजनक');
      expect(await item.locator(':scope > .gone').count()).toBe(0);
      // Back in its place: still the first comment of the thread, above the same reply.
      await expect(page.locator(`${W} .comment-list > .comment`).first().getAttribute('id')).resolves.toBe(
        `comment-${parent.id}`,
      );
      await expect(nestedReply(page, parent.id, reply.id).locator('.body').textContent()).resolves.toContain(
        'शिक्षा पर ख़र्च बढ़ा है।',
      );
      await expect(heading(page)).resolves.toBe(COUNT[lang](4));
      expect(await wcagViolations(page)).toEqual([]);
    }
    for (const page of Object.values(pages)) await page.context().close();
  });

  it('keeps the reply when the author deletes the parent, and drops the placeholder once its last reply goes', async () => {
    const parent = await published('rail', {
      authorName: 'सलमा',
      body: 'नई ट्रेनें अच्छी हैं, पर पुरानी लाइनों की मरम्मत कब होगी?',
    });
    const reply = await published('rail', {
      authorName: 'Vikram',
      parentId: parent.id,
      body: 'Bilkul, hamare station pe to platform bhi tuta hai।',
    });
    const page = await open('en', 'rail');
    await live([page], 'rail', 'Vande Bharat ka kiraya zyada hai.');

    const deleted = await http(`${api.url}/v1/comments/${parent.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${parent.statusToken}` },
    });
    expect(deleted.status).toBe(204);
    const gone = page.locator(`${W} #comment-${parent.id} > .gone`);
    await gone.waitFor({ timeout: 15000 });
    await expect(gone.textContent()).resolves.toBe(PLACEHOLDER.en);
    await expect(nestedReply(page, parent.id, reply.id).locator('.body').textContent()).resolves.toContain(
      'platform bhi tuta hai',
    );
    await expect(heading(page)).resolves.toBe(COUNT.en(2));

    // With its only reply rejected too, the placeholder holds nothing and leaves, as it would on a reload.
    await decide(reply.id, 'reject');
    await waitFor(async () => (await page.locator(`${W} #comment-${reply.id}`).count()) === 0, {
      what: 'the reply to leave the page',
    });
    expect(await page.locator(`${W} #comment-${parent.id}`).count()).toBe(0);
    await expect(heading(page)).resolves.toBe(COUNT.en(1));
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});
