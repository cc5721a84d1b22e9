import { Browser, Page } from 'playwright-core';
import { ADMIN } from './moderators';

/** The dashboard in a page of its own, logged in as the test admin, in Hindi or English. */
export async function openDashboard(
  browser: Browser,
  apiUrl: string,
  lang: 'hi' | 'en',
  timezoneId?: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId });
  await page.goto(`${apiUrl}/dashboard`);
  if (lang === 'hi') await page.getByRole('button', { name: 'हिन्दी' }).click();
  await page.getByLabel(lang === 'hi' ? 'ईमेल' : 'Email').fill(ADMIN.email);
  await page.getByLabel(lang === 'hi' ? 'पासवर्ड' : 'Password').fill(ADMIN.password);
  await page.getByRole('button', { name: lang === 'hi' ? 'लॉग इन करें' : 'Log in' }).click();
  return page;
}
