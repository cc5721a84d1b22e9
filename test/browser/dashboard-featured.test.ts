import { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { ADMIN } from '../support/moderators';
import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';
import { changeStatus } from '../support/webhook-helpers';

jest.setTimeout(90000);

/** A moderator features a published comment with the f key and unfeatures it with the button, in English and Hindi. */
describe('dashboard: featured comments', () => {
  const api = useBrowserApp({ build: { dashboard: 'always' } });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
  });

  const featuredInThread = async (id: string) =>
    (await http(`${api.url}/v1/sites/${siteId}/threads/sansad/comments`)).body.comments.find(
      (c: { id: string }) => c.id === id,
    )?.featured;

  async function published(body: string): Promise<string> {
    const { id, status } = await submitChecked(api.url, siteId, 'sansad', { authorName: 'मीरा', body });
    if (status !== 'published') await changeStatus(api.app, id, 'published');
    return id;
  }

  async function logIn(page: Page, labels: { email: string; password: string; submit: string }) {
    await page.getByLabel(labels.email).fill(ADMIN.email);
    await page.getByLabel(labels.password).fill(ADMIN.password);
    await page.getByRole('button', { name: labels.submit }).click();
  }

  it('features with f and unfeatures with the button, in English', async () => {
    const id = await published('संसद में आज की बहस सार्थक रही। सबको सुनना चाहिए।');
    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api.url}/dashboard`);
    await logIn(page, { email: 'Email', password: 'Password', submit: 'Log in' });
    await page.getByRole('tab', { name: /Published/ }).click();
    const item = page.locator(`li.item[data-id="${id}"]`);
    await item.waitFor();
    await item.focus();
    await page.keyboard.press('f');
    await page.locator('#announce', { hasText: 'Comment featured.' }).waitFor();
    await waitFor(async () => (await featuredInThread(id)) === true, { what: 'featured in the thread' });
    const button = page.locator(`li.item[data-id="${id}"] button.feature`);
    await waitFor(async () => (await button.getAttribute('aria-pressed')) === 'true', { what: 'pressed' });
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await button.click();
    await page.locator('#announce', { hasText: 'Comment no longer featured.' }).waitFor();
    expect(await featuredInThread(id)).toBe(false);
    await page.close();
  });

  it('shows the button and the key in Hindi', async () => {
    const id = await published('यह रिपोर्ट संतुलित है। धन्यवाद।');
    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api.url}/dashboard`);
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await logIn(page, { email: 'ईमेल', password: 'पासवर्ड', submit: 'लॉग इन करें' });
    await page.getByRole('tab', { name: /प्रकाशित/ }).click();
    const item = page.locator(`li.item[data-id="${id}"]`);
    await item.waitFor();
    await item.getByRole('button', { name: 'चुनी हुई (f)' }).click();
    await page.locator('#announce', { hasText: 'टिप्पणी चुनी हुई बनाई गई।' }).waitFor();
    expect(await featuredInThread(id)).toBe(true);
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.close();
  });
});
