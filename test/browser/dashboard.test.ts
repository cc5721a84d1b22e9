import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { http } from '../support/client';
import { createTestDatabase } from '../support/database';
import { submitChecked } from '../support/moderation';
import { ADMIN, useTestAdmin } from '../support/moderators';
import { createSite } from '../support/sites';
import { RunningApi, startApi } from '../support/test-app';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** A moderator clears a held Hindi comment from the keyboard, in Debian's headless Chromium (never a downloaded one). */
describe('moderation dashboard', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let api: RunningApi;
  let browser: Browser;
  let siteId: string;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(__dirname, '..', '..', 'apps', 'dashboard', 'build.mjs')]);
    mkdirSync(ARTIFACTS, { recursive: true });
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    useTestAdmin();
    api = await startApi({ withWorker: true });
    siteId = await createSite(api.app, { premoderation: 'first-time', languages: ['hi', 'en'] });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.drop();
  });

  it('logs in, shows a held Hindi comment with its reason, approves it with the keyboard, and it appears in the thread', async () => {
    const hindi = 'सरकार को किसानों की बात सुननी चाहिए।\nयह मुद्दा बहुत ज़रूरी है।';
    const held = await submitChecked(api.url, siteId, 'kisan', { authorName: 'अमित कुमार', body: hindi });
    expect(held.status).toBe('held');

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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
    const reader = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await reader.goto(`${api.url}/v1/sites/${siteId}/threads/kisan/comments`);
    await expect(reader.content()).resolves.toContain('किसानों');
    await reader.close();
    await page.close();
  });

  it('works on a phone-sized screen, and undoes the last action with u', async () => {
    const held = await submitChecked(api.url, siteId, 'mobile', { body: 'मोबाइल पर भी ठीक दिखना चाहिए।' });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
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
});
