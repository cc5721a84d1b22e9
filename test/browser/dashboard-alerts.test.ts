import { Page } from 'playwright-core';
import { useBrowserApp } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { http } from '../support/client';
import { ADMIN, login } from '../support/moderators';
import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';

jest.setTimeout(90000);

/** A moderator turns the digest of held comments on in English and off in Hindi, from the dashboard. */
describe('dashboard: email alerts', () => {
  const api = useBrowserApp({ build: { dashboard: 'always' }, withWorker: false });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { name: 'दैनिक समाचार', languages: ['hi', 'en'] });
  });

  const digestOn = async () => {
    const headers = { authorization: `Bearer ${(await login(api.url, ADMIN)).token}` };
    return (await http(`${api.url}/v1/moderation/alerts?siteId=${siteId}`, { headers })).body
      .digest as boolean;
  };

  async function open(page: Page, l: Record<string, string>) {
    await page.goto(`${api.url}/dashboard`);
    if (l.switchTo) await page.getByRole('button', { name: l.switchTo }).click();
    await page.getByLabel(l.email).fill(ADMIN.email);
    await page.getByLabel(l.password).fill(ADMIN.password);
    await page.getByRole('button', { name: l.submit }).click();
    await page.getByLabel(l.site).selectOption(siteId);
    await page.getByRole('link', { name: l.nav }).click();
    return page.getByRole('checkbox', { name: l.box });
  }

  it('opts in from its own screen in English', async () => {
    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const box = await open(page, {
      email: 'Email',
      password: 'Password',
      submit: 'Log in',
      site: 'Site',
      nav: 'Email alerts',
      box: 'Email me a digest of held comments and open reports',
    });
    expect(await box.isChecked()).toBe(false);
    await page.getByText('at most every 60 minutes').waitFor();
    await box.check();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await waitFor(digestOn, { what: 'the digest to be on' });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });

  it('opts out in Hindi', async () => {
    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const box = await open(page, {
      switchTo: 'हिन्दी',
      email: 'ईमेल',
      password: 'पासवर्ड',
      submit: 'लॉग इन करें',
      site: 'साइट',
      nav: 'ईमेल सूचनाएँ',
      box: 'रोकी गई टिप्पणियों और खुली शिकायतों का सारांश मुझे ईमेल करें',
    });
    await waitFor(() => box.isChecked(), { what: 'the saved choice to show' });
    await box.uncheck();
    await page.getByRole('status').filter({ hasText: 'सहेज दिया गया।' }).waitFor();
    expect(await digestOn()).toBe(false);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
