import { execFileSync } from 'node:child_process';
import { Browser, Page } from 'playwright-core';
import { CommentsRepository, DEMO_SITE_ID, SitesService } from '@app/comments';
import { wcagViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { http } from '../support/client';
import { login, useTestAdmin } from '../support/moderators';
import { useTestApp, waitFor } from '../support/test-app';

const W = 'comment-thread .cm-widget';
jest.setTimeout(120000);

const englishPage = (thread: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Readers on the metro fare rise</title></head>
<body><main><h1>Readers on the metro fare rise</h1>
<comment-thread site="${DEMO_SITE_ID}" thread="${thread}" lang="en"></comment-thread></main>
<script src="/widget.js" async></script></body></html>`;

/** Edit and delete your own comment, your held comment across a reload, and the article list's counts, in Chromium. */
describe('widget: your own comments, and the article list with counts', () => {
  useTestAdmin();
  const app = useTestApp({ withWorker: true });
  let browser: Browser;
  const sites = () => app.app.get(SitesService);
  const stored = (id: string) => app.app.get(CommentsRepository).findById(id);

  beforeAll(async () => {
    execFileSync(process.execPath, ['apps/widget/build.mjs', '--no-check'], { stdio: 'inherit' });
    await sites().update(DEMO_SITE_ID, { allowedOrigins: [app.url], floodSeconds: 0, minSubmitSeconds: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string, lang: 'hi' | 'en'): Promise<Page> {
    const context = await browser.newContext({ locale: lang === 'hi' ? 'hi-IN' : 'en-IN' });
    const page = await context.newPage();
    await page.route(`${app.url}/test-article/*`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: englishPage(new URL(route.request().url()).pathname.split('/').pop()!),
      }),
    );
    await page.goto(url);
    await page.locator(`${W} h2`).first().waitFor();
    return page;
  }

  async function post(page: Page, body: string, name: string): Promise<string> {
    const form = page.locator(`${W} form`);
    await form.locator('textarea[name=body]').fill(body);
    await form.locator('input[name=authorName]').fill(name);
    await form.locator('input[name=authorEmail]').fill(`reader.${Date.now()}@example.org`);
    await page.locator(`${W} button.submit`).click();
    // Awaiting at first; on a quick machine it may already be published when looked at, so find it by its text.
    const mine = page.locator(`${W} li[id^="comment-"]`, { hasText: body }).last();
    await mine.waitFor();
    return ((await mine.getAttribute('id')) ?? '').replace('comment-', '');
  }

  async function approve(id: string): Promise<void> {
    const { token } = await login(app.url);
    const response = await http(`${app.url}/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
  }

  it('keeps a held comment across a reload and edits it within the window, in Hindi', async () => {
    await sites().update(DEMO_SITE_ID, { premoderation: 'all' });
    const page = await open(`${app.url}/demo/post-1`, 'hi');
    const id = await post(page, 'लावरोव की यात्रा पर भारत को सतर्क रहना चाहिए।', 'मीरा');
    await waitFor(async () => (await stored(id))?.status === 'held', {
      what: 'the comment to be held',
      timeoutMs: 30000,
    });

    await page.reload();
    const mine = page.locator(`${W} #comment-${id}`);
    await mine.locator('.moderation').waitFor();
    await expect(mine.locator('.body').textContent()).resolves.toBe(
      'लावरोव की यात्रा पर भारत को सतर्क रहना चाहिए।',
    );
    const edit = mine.getByRole('button', { name: 'संपादित करें' });
    await expect(mine.getByRole('button', { name: 'हटाएँ' }).isVisible()).resolves.toBe(true);
    expect(await wcagViolations(page)).toEqual([]);

    await edit.click();
    const area = mine.getByRole('textbox', { name: 'संपादित करें' });
    await area.fill('लावरोव की यात्रा पर भारत को सतर्क और संतुलित रहना चाहिए।');
    expect(await wcagViolations(page)).toEqual([]);
    await mine.getByRole('button', { name: 'सहेजें' }).click();
    await waitFor(
      async () => (await stored(id))?.body === 'लावरोव की यात्रा पर भारत को सतर्क और संतुलित रहना चाहिए।',
      { what: 'the edit to reach the store' },
    );
    expect((await stored(id))!.editedAt).not.toBeNull();
    await waitFor(async () => (await stored(id))?.status === 'held', {
      what: 'the edit to be checked',
      timeoutMs: 30000,
    });
    await sites().update(DEMO_SITE_ID, { premoderation: 'none' });
    await approve(id);

    // Another reader sees the new text, marked edited.
    const reader = await open(`${app.url}/demo/post-1`, 'hi');
    const shown = reader.locator(`${W} #comment-${id}`);
    await expect(shown.locator('.body').textContent()).resolves.toBe(
      'लावरोव की यात्रा पर भारत को सतर्क और संतुलित रहना चाहिए।',
    );
    await expect(shown.locator('.meta').textContent()).resolves.toContain('संपादित');
    expect(await shown.getByRole('button', { name: 'संपादित करें' }).count()).toBe(0); // not theirs
    await reader.context().close();
    await page.context().close();
  });

  it('deletes your own comment in English: gone from the thread, and gone after a reload', async () => {
    const page = await open(`${app.url}/test-article/metro-en`, 'en');
    const id = await post(page, 'The fare rise hurts daily commuters the most.', 'Anil');
    await waitFor(async () => (await stored(id))?.status === 'published', {
      what: 'the comment to publish',
      timeoutMs: 30000,
    });
    const mine = page.locator(`${W} #comment-${id}`);
    await mine.locator('.like').waitFor(); // shown as published once the author's poll sees it
    expect(await wcagViolations(page)).toEqual([]);
    await mine.getByRole('button', { name: 'Delete' }).click();
    await waitFor(
      async () => (await page.locator(`${W} [role=status]`).textContent()) === 'Comment deleted.',
      {
        what: 'the deletion to be announced',
      },
    );
    await waitFor(async () => (await page.locator(`${W} #comment-${id}`).count()) === 0, {
      what: 'the comment to leave the page',
    });
    expect((await stored(id))!.status).toBe('rejected');
    await page.reload();
    await page.locator(`${W} h2`).first().waitFor();
    await expect(page.locator(`${W} h2`).first().textContent()).resolves.toBe('No comments yet');
    expect(await page.locator(`${W} #comment-${id}`).count()).toBe(0);
    await page.context().close();
  });

  it('shows each article with its comment count through /count.js, in Hindi and English', async () => {
    const expected = (await http(`${app.url}/v1/sites/${DEMO_SITE_ID}/counts?threads=post-1`)).body.counts[
      'post-1'
    ] as number;
    expect(expected).toBeGreaterThanOrEqual(1);
    for (const [lang, url, text] of [
      ['hi', `${app.url}/demo`, expected === 1 ? '1 टिप्पणी' : `${expected} टिप्पणियाँ`],
      ['en', `${app.url}/demo?lang=en`, expected === 1 ? '1 comment' : `${expected} comments`],
    ] as const) {
      const context = await browser.newContext({ locale: lang === 'hi' ? 'hi-IN' : 'en-IN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text())); // a CSP refusal shows here
      await page.goto(url);
      const count = page.locator('[data-comment-count="post-1"]');
      await waitFor(async () => (await count.textContent()) === text, { what: `the count "${text}"` });
      expect(await wcagViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
