import { useBrowserApp } from '../support/browser';
import { DEMO_SITE_ID, SitesService } from '@app/comments';
import { http } from '../support/client';
import { submitChecked } from '../support/moderation';
import { login } from '../support/moderators';

jest.setTimeout(60000);

/** A reader who keeps the article open sees "सेकंड पहले" turn into "मिनट पहले" without reloading. */
describe('widget relative times', () => {
  const api = useBrowserApp();

  beforeAll(async () => {
    await api.app
      .get(SitesService)
      .update(DEMO_SITE_ID, { allowedOrigins: [api.url], floodSeconds: 0, premoderation: 'all' });
  });

  it('refreshes the time of a comment while the page stays open', async () => {
    const held = await submitChecked(api.url, DEMO_SITE_ID, 'post-1', { body: 'समय बदलता रहे, यह देखना है।' });
    const { token } = await login(api.url);
    await http(`${api.url}/v1/moderation/comments/${held.id}/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      json: { action: 'approve' },
    });
    const page = await api.browser.newPage({ locale: 'hi-IN' });
    await page.clock.install();
    await page.goto(`${api.url}/demo/post-1`);
    const time = page.locator(`comment-thread .cm-widget #comment-${held.id} time`);
    await time.waitFor();
    const before = await time.innerText();
    expect(before).not.toMatch(/मिनट/);
    await page.clock.fastForward('05:00');
    await expect(time.innerText()).resolves.toMatch(/5 मिनट पहले/);
    await page.close();
  });
});
