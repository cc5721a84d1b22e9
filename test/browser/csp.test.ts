import { BrowserContext, Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser';
import { DEMO_SITE_ID, SitesService } from '@app/comments';
import { wcagViolations } from '../support/axe';
import { ADMIN } from '../support/moderators';

jest.setTimeout(60000);

/** Every page we serve has a strict Content-Security-Policy, and the widget, the no-JS page, /docs and the dashboard work under it. */
describe('strict Content-Security-Policy in Chromium', () => {
  const api = useBrowserApp({ build: { widget: 'if-missing', dashboard: 'if-missing' } });

  beforeAll(async () => {
    await api.app
      .get(SitesService)
      .update(DEMO_SITE_ID, { allowedOrigins: [api.url], floodSeconds: 0, minSubmitSeconds: 0 });
  });

  /** A page that records each CSP violation (the listener is injected by the browser, outside the page's policy). */
  async function open(
    path: string,
    javaScript = true,
  ): Promise<{ page: Page; context: BrowserContext; violations: string[]; csp: string }> {
    const context = await api.browser.newContext({ javaScriptEnabled: javaScript, locale: 'hi-IN' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${api.url}${path}`);
    return { page, context, violations, csp: response?.headers()['content-security-policy'] ?? '' };
  }

  const strict = (csp: string) => {
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  };

  it('the demo article: the widget draws itself, styled, and a comment goes through', async () => {
    const { page, context, violations, csp } = await open('/demo/post-1');
    strict(csp);
    const heading = page.locator('comment-thread .cm-widget h2').first();
    await heading.waitFor();
    // The widget's own stylesheet applies inside its shadow root (the accent line under the heading).
    await expect(heading.evaluate((el) => getComputedStyle(el).borderBottomStyle)).resolves.toBe('solid');
    const form = page.locator('comment-thread .cm-widget form');
    await form.locator('textarea[name=body]').fill('सख़्त सुरक्षा नीति में भी टिप्पणी जानी चाहिए। धन्यवाद।');
    await form.locator('input[name=authorName]').fill('मीना');
    await form.locator('input[name=authorEmail]').fill('meena@example.org');
    await page.locator('comment-thread .cm-widget button.submit').click();
    await page.locator('comment-thread .cm-widget li.awaiting').waitFor();
    await expect(wcagViolations(page)).resolves.toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the page without its script: styled, and the form error page has the policy and its styles too', async () => {
    const context = await api.browser.newContext({ locale: 'hi-IN' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    // The script never arrives, as for a reader without JavaScript; the page can still be inspected.
    await page.route('**/widget.js', (route) => route.abort());
    strict((await page.goto(`${api.url}/demo/post-1`))?.headers()['content-security-policy'] ?? '');
    await expect(
      page.locator('.masthead').evaluate((el) => getComputedStyle(el).borderBottomStyle),
    ).resolves.toBe('solid');
    // No comment text: the server's error page, keeping what was typed.
    await page.locator('#respond input[name=authorName]').fill('मीना');
    await page.locator('#respond input[name=authorEmail]').fill('meena@example.org');
    const [errorResponse] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('#respond button.submit').click(),
    ]);
    expect(errorResponse.status()).toBe(422);
    strict(errorResponse.headers()['content-security-policy'] ?? '');
    await page.locator('#respond').waitFor();
    await expect(page.locator('#authorName').inputValue()).resolves.toBe('मीना');
    await expect(
      page.locator('#respond button.submit').evaluate((el) => getComputedStyle(el).cursor),
    ).resolves.toBe('pointer');
    await expect(wcagViolations(page)).resolves.toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the page with JavaScript off: the form posts and the reader sees their comment, awaiting or published', async () => {
    const { page, context } = await open('/demo/post-1', false);
    const body = 'बिना जावास्क्रिप्ट के भी टिप्पणी पहुँचनी चाहिए।';
    await page.locator('#respond textarea[name=body]').fill(body);
    await page.locator('#respond input[name=authorName]').fill('रमेश');
    await page.locator('#respond input[name=authorEmail]').fill('ramesh@example.org');
    const [posted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('#respond button.submit').click(),
    ]);
    expect(posted.status()).toBe(303);
    await page.waitForLoadState();
    // The in-process worker may decide before the redirected page is read: then the page says it was published.
    await page
      .getByText(/आपकी टिप्पणी (मॉडरेशन की प्रतीक्षा में है|प्रकाशित हो गई है)।/)
      .first()
      .waitFor();
    await page.getByText(body).first().waitFor();
    await context.close();
  });

  it('/docs: Swagger UI renders under its policy', async () => {
    const { page, context, violations, csp } = await open('/docs');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    await page.locator('.swagger-ui .info .title').waitFor();
    await expect(page.locator('.swagger-ui .opblock').count()).resolves.toBeGreaterThan(5);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('/dashboard: logs in and shows the queue under its policy', async () => {
    const { page, context, violations, csp } = await open('/dashboard');
    strict(csp);
    await page.getByLabel('ईमेल').fill(ADMIN.email);
    await page.getByLabel('पासवर्ड').fill(ADMIN.password);
    await page.getByRole('button', { name: 'लॉग इन करें' }).click();
    await page.getByRole('tab', { name: /रुकी हुई/ }).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
