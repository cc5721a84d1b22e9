import { join } from 'node:path';
import { ARTIFACTS, useBrowserApp } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { ADMIN } from '../support/moderators';
import { createSite } from '../support/sites';

/** A moderator clears a held Hindi comment from the keyboard, in Debian's headless Chromium (never a downloaded one). */
describe('moderation dashboard', () => {
  const api = useBrowserApp({ build: { dashboard: 'always' }, artifacts: true });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { premoderation: 'first-time', languages: ['hi', 'en'] });
  });

  it('logs in, shows a held Hindi comment with its reason, approves it with the keyboard, and it appears in the thread', async () => {
    const hindi = 'सरकार को किसानों की बात सुननी चाहिए।\nयह मुद्दा बहुत ज़रूरी है।';
    const held = await submitChecked(api.url, siteId, 'kisan', { authorName: 'अमित कुमार', body: hindi });
    expect(held.status).toBe('held');

    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api.url}/dashboard`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();

    const item = page.locator(`li.item[data-id="${held.id}"]`);
    await item.waitFor();
    await expect(item.locator('.body').innerText()).resolves.toBe(hindi);
    await expect(item.locator('.checks').innerText()).resolves.toMatch(
      /Asks for review: This is the author's first comment here/,
    );
    await expect(page.getByRole('tab', { name: /Held/ }).innerText()).resolves.toMatch(/1/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-held.png'), fullPage: true });

    await item.focus();
    await page.keyboard.press('a');
    await page.locator('.bar', { hasText: 'Approved 1 comment.' }).waitFor();
    await expect(page.locator(`li.item[data-id="${held.id}"]`).count()).resolves.toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-approved.png'), fullPage: true });

    const thread = await http(`${api.url}/v1/sites/${siteId}/threads/kisan/comments`);
    expect(thread.body.comments.map((c: { id: string }) => c.id)).toEqual([held.id]);

    // The public page a reader sees now shows it.
    const reader = await api.browser.newPage({ viewport: { width: 390, height: 844 } });
    await reader.goto(`${api.url}/v1/sites/${siteId}/threads/kisan/comments`);
    await expect(reader.content()).resolves.toContain('किसानों');
    await reader.close();
    await page.close();
  });

  it('works on a phone-sized screen, and undoes the last action with u', async () => {
    const held = await submitChecked(api.url, siteId, 'mobile', { body: 'मोबाइल पर भी ठीक दिखना चाहिए।' });
    const page = await api.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${api.url}/dashboard`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    const item = page.locator(`li.item[data-id="${held.id}"]`);
    await item.waitFor();
    await item.focus();
    await page.keyboard.press('s');
    await page.locator('.bar', { hasText: 'Marked as spam 1 comment.' }).waitFor();
    await page.keyboard.press('u');
    await item.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone.png'), fullPage: true });
    const audit = await http(`${api.url}/v1/moderation/audit?siteId=${siteId}&commentId=${held.id}`, {
      headers: {
        authorization: `Bearer ${(await http(`${api.url}/v1/auth/login`, { method: 'POST', json: ADMIN })).body.token}`,
      },
    });
    expect(audit.body.items.map((e: { from: string; to: string }) => `${e.from}>${e.to}`)).toEqual([
      'spam>held',
      'held>spam',
    ]);
    await page.close();
  });

  it('switches between Hindi and English before and after login, remembers the choice, and passes axe-core in both', async () => {
    const held = await submitChecked(api.url, siteId, 'bhasha', {
      authorName: 'सुनीता',
      body: 'इस ख़बर में तथ्य सही हैं। धन्यवाद।',
    });
    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api.url}/dashboard`);
    await page.getByLabel('Email').waitFor();
    // Before login: no way to log out, no empty site picker.
    await expect(page.getByRole('button', { name: 'Log out' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('#site').isVisible()).resolves.toBe(false);
    await expect(wcagViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByLabel('ईमेल').fill(ADMIN.email);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('hi');
    await expect(page.title()).resolves.toBe('मॉडरेशन डैशबोर्ड');
    await expect(wcagViolations(page)).resolves.toEqual([]);

    await page.reload();
    await page.getByLabel('ईमेल').fill(ADMIN.email);
    await page.getByLabel('पासवर्ड').fill(ADMIN.password);
    await page.getByRole('button', { name: 'लॉग इन करें' }).click();
    const item = page.locator(`li.item[data-id="${held.id}"]`);
    await item.waitFor();
    await expect(page.getByRole('tab', { name: /रुकी हुई/ }).isVisible()).resolves.toBe(true);
    await expect(item.getByRole('button', { name: 'स्वीकृत करें (a)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'लॉग आउट' }).isVisible()).resolves.toBe(true);
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-hindi.png'), fullPage: true });

    await item.focus();
    await page.keyboard.press('r');
    await page.locator('.bar', { hasText: '1 टिप्पणी अस्वीकार की गई।' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: /Held/ }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.close();
  });
});
