import { useBrowserApp } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { ADMIN, login } from '../support/moderators';
import { createSite } from '../support/sites';

/** A moderator sees each comment's abuse categories, filters by one, and sets the site's abusePolicy, in Hindi and English. */
describe('dashboard: abuse categories and policy', () => {
  const api = useBrowserApp({ build: { dashboard: 'always' } });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'], floodSeconds: 0 });
  });

  it('shows the category of a held comment, filters the queue by it, and edits abusePolicy', async () => {
    const hate = await submitChecked(api.url, siteId, 'story', { body: 'इन मुल्लों को पाकिस्तान भेज दो' });
    const insult = await submitChecked(api.url, siteId, 'story', { body: 'तुम बेवकूफ हो, चुप रहो कमीने' });
    expect([hate.status, insult.status]).toEqual(['held', 'held']);

    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${api.url}/dashboard`);
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByLabel('ईमेल').fill(ADMIN.email);
    await page.getByLabel('पासवर्ड').fill(ADMIN.password);
    await page.getByRole('button', { name: 'लॉग इन करें' }).click();

    const hateItem = page.locator(`li.item[data-id="${hate.id}"]`);
    await hateItem.waitFor();
    await expect(hateItem.getByRole('list', { name: 'मिली श्रेणियाँ' }).innerText()).resolves.toMatch(
      /^समुदाय के प्रति नफ़रत/,
    );
    await expect(hateItem.locator('.checks').innerText()).resolves.toMatch(/Muslims \/ मुसलमान/);
    await expect(wcagViolations(page)).resolves.toEqual([]);

    await page.getByLabel('श्रेणी').selectOption('hate');
    await page.getByRole('button', { name: 'छाँटें' }).click();
    await page.locator(`li.item[data-id="${insult.id}"]`).waitFor({ state: 'detached' });
    await expect(page.locator('li.item').count()).resolves.toBe(1);
    await expect(wcagViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(hateItem.getByRole('list', { name: 'Categories found' }).innerText()).resolves.toMatch(
      /^Hate/,
    );

    await page.locator('#site').selectOption(siteId);
    await page.getByRole('link', { name: 'Settings' }).click();
    const insultPolicy = page.getByLabel('Insult');
    await insultPolicy.waitFor();
    await expect(insultPolicy.inputValue()).resolves.toBe('hold');
    await expect(page.getByLabel('Threat').inputValue()).resolves.toBe('reject');
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await insultPolicy.selectOption('reject');
    await page.getByRole('button', { name: /Save/ }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await expect(page.getByLabel('व्यक्तिगत अपमान').inputValue()).resolves.toBe('reject');
    await expect(page.getByText('अपशब्द और नफ़रत: हर श्रेणी पर क्या हो').isVisible()).resolves.toBe(true);
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.close();

    const admin = { authorization: `Bearer ${(await login(api.url)).token}` };
    const site = await http(`${api.url}/v1/admin/sites/${siteId}`, { headers: admin });
    expect(site.body.abusePolicy).toEqual({
      profanity: 'hold',
      insult: 'reject',
      hate: 'hold',
      threat: 'reject',
      sexual: 'hold',
    });
    const after = await submitChecked(api.url, siteId, 'story', { body: 'तू पूरा नालायक है, पढ़ना सीख' });
    expect(after.status).toBe('not_published');
  });
});
