import { join } from 'node:path';
import { ARTIFACTS, useBrowserApp } from '../support/browser';
import { wcagViolations } from '../support/axe';
import { http } from '../support/client';
import { ADMIN, login } from '../support/moderators';
import { PerspectiveClient } from '../support/perspective-client';
import { createSite } from '../support/sites';
import { waitFor } from '../support/test-app';

/** An admin makes a key for the drop-in check APIs in the dashboard, in Hindi, uses it, and revokes it in English. */
describe('dashboard: check API keys', () => {
  const api = useBrowserApp({ build: { dashboard: 'always' }, withWorker: false, artifacts: true });
  let siteId: string;

  beforeAll(async () => {
    siteId = await createSite(api.app, { languages: ['hi', 'en'] });
  });

  it('creates a key shown once, lists its use, and revokes it, in both languages', async () => {
    const page = await api.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(8000);
    await page.goto(`${api.url}/dashboard`);
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.getByLabel('ईमेल').fill(ADMIN.email);
    await page.getByLabel('पासवर्ड').fill(ADMIN.password);
    await page.getByRole('button', { name: 'लॉग इन करें' }).click();
    await page.getByRole('link', { name: 'API कुंजियाँ' }).click();
    await page.locator('#site').selectOption(siteId);
    await page.getByRole('heading', { name: 'जाँच API कुंजियाँ' }).waitFor();

    await page.getByLabel('किस लिए (जैसे "Coral")').fill('Coral');
    await page.getByLabel('Akismet की submit-spam / submit-ham से साइट का स्पैम मॉडल सीखे').check();
    await page.getByRole('button', { name: 'कुंजी बनाएँ' }).click();
    const shown = page.locator('.secret');
    await shown.waitFor();
    const key = (await shown.innerText()).trim();
    expect(key).toMatch(/^cmk[0-9a-f]{40}$/);
    await expect(page.getByRole('cell', { name: `…${key.slice(-4)}` }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('cell', { name: 'हाँ' }).isVisible()).resolves.toBe(true);
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-api-keys-hindi.png'), fullPage: true });

    // The key works, and the list then says so (usage is written every few seconds); the key is never listed again.
    await new PerspectiveClient(api.url, key).analyze('बहुत अच्छा लेख', ['TOXICITY']);
    const admin = { authorization: `Bearer ${(await login(api.url)).token}` };
    await waitFor(
      async () =>
        (await http(`${api.url}/v1/admin/sites/${siteId}/api-keys`, { headers: admin })).body.items[0]
          ?.requests === 1,
      { what: 'the key use to be written (every 5 s)', timeoutMs: 15000 },
    );
    await page.reload();
    await page.locator('#site').selectOption(siteId);
    await page.getByRole('cell', { name: '1 बार, 0 चिह्नित' }).waitFor();
    await expect(page.content()).resolves.not.toContain(key);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Check API keys' }).waitFor();
    await page.getByRole('button', { name: 'Revoke Coral' }).click();
    await page.getByRole('cell', { name: 'revoked' }).waitFor();
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await expect(new PerspectiveClient(api.url, key).analyze('नमस्ते', ['TOXICITY'])).rejects.toMatchObject({
      status: 403,
    });
    await page.close();
  });
});
