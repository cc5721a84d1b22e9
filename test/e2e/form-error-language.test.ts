import { http } from '../support/client';
import { createSite } from '../support/sites';
import { useTestApp } from '../support/test-app';

/** The no-JS error page speaks the article's language first, then the site's, and only then the browser's. */
describe('form error page language', () => {
  const api = useTestApp();

  const post = (siteId: string, fields: Record<string, string>) =>
    http(`${api.url}/v1/sites/${siteId}/threads/t/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en-US,en;q=0.9' },
      body: new URLSearchParams(fields).toString(),
    });

  it('a Hindi article: Hindi, although the browser asks for English', async () => {
    const siteId = await createSite(api.app, { languages: ['en'] });
    const page = await post(siteId, {
      lang: 'hi',
      authorName: 'मीना',
      authorEmail: 'meena@example.org',
      body: '',
    });
    expect(page.status).toBe(422);
    expect(page.text).toContain('<html lang="hi">');
    expect(page.text).toContain('आपकी टिप्पणी पोस्ट नहीं हो सकी');
    expect(page.text).not.toContain('name="lang" value="en"');
  });

  it("without the page's language, the site's first language", async () => {
    const siteId = await createSite(api.app, { languages: ['hi', 'en'] });
    const page = await post(siteId, { authorName: 'मीना', authorEmail: 'meena@example.org', body: '' });
    expect(page.text).toContain('<html lang="hi">');
  });

  it("with neither, the browser's", async () => {
    const siteId = await createSite(api.app, { languages: [] });
    const page = await post(siteId, { authorName: 'Meena', authorEmail: 'meena@example.org', body: '' });
    expect(page.text).toContain('<html lang="en">');
  });
});
