import { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { ADMIN, login } from '../support/moderators';
import { waitFor } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';

jest.setTimeout(90000);

/**
 * The dashboard's screens for a one-site newsroom (only the demo site), in Hindi and English: settings errors beside
 * their fields, webhook health with a delivery log and a retry button, an audit that names the comment.
 */
describe('dashboard screens in both languages', () => {
  const receiver = new WebhookReceiver();
  const api = useBrowserApp({
    build: { dashboard: 'always' },
    env: { WEBHOOK_RETRY_SCHEDULE_MS: '3600000,3600000,3600000,3600000,3600000,3600000' },
    before: () => receiver.start(),
  });
  afterAll(() => receiver.stop());

  beforeAll(async () => {
    const admin = { authorization: `Bearer ${(await login(api.url)).token}` };
    await http(`${api.url}/v1/admin/sites/demo`, {
      method: 'PATCH',
      headers: admin,
      json: { premoderation: 'all', floodSeconds: 0, minSubmitSeconds: 0 },
    });
    const endpoint = await http(`${api.url}/v1/admin/sites/demo/webhooks`, {
      method: 'POST',
      headers: admin,
      json: { url: `${receiver.url}/down`, events: ['comment.published'] },
    });
    receiver.script('/down', [], { status: 503 });
    expect(endpoint.status).toBe(201);
  }, 90000);

  const WORDS = {
    en: {
      email: 'Email',
      password: 'Password',
      login: 'Log in',
      settings: 'Settings',
      webhooks: 'Webhooks',
      audit: 'Audit',
      maxLinks: 'Link limit',
      range: 'Enter a whole number from 0 to 100.',
      failing: /Failing since/,
      retry: 'Send again now',
      approveAll: 'Approve all',
    },
    hi: {
      email: 'ईमेल',
      password: 'पासवर्ड',
      login: 'लॉग इन करें',
      settings: 'सेटिंग्स',
      webhooks: 'वेबहुक',
      audit: 'ऑडिट लॉग',
      maxLinks: 'लिंक सीमा',
      range: '0 से 100 तक की कोई पूर्ण संख्या लिखें।',
      failing: /से विफल/,
      retry: 'अभी फिर भेजें',
      approveAll: 'सभी स्वीकृत करें',
    },
  };

  async function loggedIn(lang: 'en' | 'hi'): Promise<Page> {
    const context = await api.browser.newContext({ locale: lang === 'hi' ? 'hi-IN' : 'en-US' });
    const page = await context.newPage();
    await page.goto(`${api.url}/dashboard`);
    const w = WORDS[lang];
    await page.getByLabel(w.email).fill(ADMIN.email);
    await page.getByLabel(w.password).fill(ADMIN.password);
    await page.getByRole('button', { name: w.login }).click();
    await page.locator('[role=tablist]').waitFor();
    return page;
  }

  it.each(['en', 'hi'] as const)(
    '[%s] bulk buttons in the imperative, no site picker for one site',
    async (lang) => {
      const w = WORDS[lang];
      const a = await submitChecked(api.url, 'demo', 'post-1', { body: `पहली टिप्पणी, जाँच के लिए। ${lang}` });
      const b = await submitChecked(api.url, 'demo', 'post-1', { body: `दूसरी टिप्पणी भी रुकी है। ${lang}` });
      const page = await loggedIn(lang);
      await expect(page.locator('#site').isVisible()).resolves.toBe(false);
      for (const id of [a.id, b.id])
        await page.locator(`li.item[data-id="${id}"] input[type=checkbox]`).check();
      await expect(page.getByRole('button', { name: w.approveAll }).isVisible()).resolves.toBe(true);
      await expect(wcagViolations(page)).resolves.toEqual([]);
      await page.getByRole('button', { name: w.approveAll }).click();
      await page.locator(`li.item[data-id="${a.id}"]`).waitFor({ state: 'detached' });
      await page.context().close();
    },
  );

  it.each(['en', 'hi'] as const)(
    '[%s] settings: one site needs no choosing; an error sits beside its field, in words',
    async (lang) => {
      const w = WORDS[lang];
      const page = await loggedIn(lang);
      await page.getByRole('link', { name: w.settings }).click();
      const maxLinks = page.getByLabel(w.maxLinks, { exact: false }).first();
      await maxLinks.waitFor();
      await expect(page.locator('main').innerText()).resolves.not.toMatch(
        /Choose a site above|ऊपर एक साइट चुनें/,
      );
      await expect(page.locator('textarea[name=suspiciousDomains]').count()).resolves.toBe(1);
      await maxLinks.fill('500');
      await page.locator('form.stack button[type=submit]').click();
      // The error arrives with the server's answer: wait for the slot to be filled, then read it.
      await page.locator('#e-maxLinks').filter({ hasText: /\S/ }).waitFor();
      await expect(page.locator('#e-maxLinks').innerText()).resolves.toBe(w.range);
      await expect(maxLinks.getAttribute('aria-invalid')).resolves.toBe('true');
      // The "closed" checkbox sits on the line of its words, not above them.
      const box = (await page.locator('input[name=closed]').boundingBox())!;
      const words = (await page.locator('label.inline:has(input[name=closed]) span').boundingBox())!;
      expect(Math.abs(box.y + box.height / 2 - (words.y + words.height / 2))).toBeLessThan(8);
      expect(words.x).toBeGreaterThan(box.x);
      await expect(wcagViolations(page)).resolves.toEqual([]);
      await page.context().close();
    },
  );

  it.each(['en', 'hi'] as const)(
    '[%s] webhooks: health, the delivery log and a retry; the audit names the comment',
    async (lang) => {
      const w = WORDS[lang];
      const held = await submitChecked(api.url, 'demo', 'post-1', {
        body: `वेबहुक के लिए यह टिप्पणी छपेगी। ${lang}`,
      });
      const { token } = await login(api.url);
      const approved = await http(`${api.url}/v1/moderation/comments/${held.id}/decision`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        json: { action: 'approve' },
      });
      expect(approved.status).toBe(200);
      await waitFor(async () => receiver.callsTo('/down').length > 0, { what: 'a failed delivery' });
      const page = await loggedIn(lang);
      await page.getByRole('link', { name: w.webhooks }).click();
      await page.getByText(w.failing).first().waitFor();
      const retry = page.getByRole('button', { name: w.retry }).first();
      await retry.waitFor();
      await expect(wcagViolations(page)).resolves.toEqual([]);
      receiver.script('/down', [], { status: 200 });
      const calls = receiver.callsTo('/down').length;
      await retry.click();
      await waitFor(async () => receiver.callsTo('/down').length > calls, {
        what: 'the retry',
        timeoutMs: 15000,
      });
      receiver.script('/down', [], { status: 503 });

      await page.getByRole('link', { name: w.audit }).click();
      // The webhooks table is still on screen for a moment: wait for the audit's rows, which name the comment.
      await page.locator('table tbody tr', { hasText: 'रीना शर्मा: ' }).first().waitFor();
      await expect(wcagViolations(page)).resolves.toEqual([]);
      await page.context().close();
    },
  );
});
