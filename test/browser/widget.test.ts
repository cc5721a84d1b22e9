import { Page } from 'playwright-core';
import { ARTIFACTS, useBrowserApp } from '../support/browser';
import { CommentsRepository, DEMO_SITE_ID, SitesService } from '@app/comments';
import { http, submission } from '../support/client';
import { login } from '../support/moderators';
import { waitFor } from '../support/test-app';

/** The widget's own section, inside its shadow root (the server HTML beside it is hidden once the widget runs). */
const W = 'comment-thread .cm-widget';
const AWAITING = 'आपकी टिप्पणी मॉडरेशन की प्रतीक्षा में है।';

/** The widget and the page without JavaScript, in headless Chromium, against the real app and worker. */
jest.setTimeout(60000);

describe('comment widget in a browser', () => {
  const api = useBrowserApp({ build: { widget: 'if-missing' }, artifacts: true });
  const dialogs: string[] = [];

  beforeAll(async () => {
    await sites().update(DEMO_SITE_ID, { allowedOrigins: [api.url], floodSeconds: 0, minSubmitSeconds: 0 });
  });

  const sites = () => api.app.get(SitesService);
  const threadUrl = `/v1/sites/${DEMO_SITE_ID}/threads/post-1`;

  async function open(options: { javaScript?: boolean } = {}): Promise<Page> {
    const context = await api.browser.newContext({
      javaScriptEnabled: options.javaScript ?? true,
      locale: 'hi-IN',
    });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${api.url}/demo/post-1`);
    if (options.javaScript ?? true) await page.locator(`${W} h2`).first().waitFor();
    return page;
  }

  /** A moderator approves through the moderation API, as the dashboard does. */
  async function approve(id: string): Promise<void> {
    const { token } = await login(api.url);
    const response = await http(`${api.url}/v1/moderation/comments/${id}/decision`, {
      method: 'POST',
      json: { action: 'approve' },
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`approve failed: ${response.status} ${response.text}`);
  }

  async function fill(
    page: Page,
    fields: { body?: string; name?: string; email?: string; url?: string },
  ): Promise<void> {
    const form = page.locator(`${W} form`);
    if (fields.body !== undefined) await form.locator('textarea[name=body]').fill(fields.body);
    if (fields.name !== undefined) await form.locator('input[name=authorName]').fill(fields.name);
    if (fields.email !== undefined) await form.locator('input[name=authorEmail]').fill(fields.email);
    if (fields.url !== undefined) await form.locator('input[name=authorUrl]').fill(fields.url);
  }

  let heldId = '';

  it('shows a new Hindi comment as awaiting moderation, then published once approved; a second reader gets it live', async () => {
    await sites().update(DEMO_SITE_ID, { premoderation: 'all' });
    const reader = await open();
    const author = await open();
    await expect(author.locator(`${W} .respond h3`).textContent()).resolves.toContain('एक उत्तर दें');
    const note = await author.locator(`${W} .note`).textContent();
    expect(note?.replace(/\s+/g, ' ').trim()).toBe(
      'आपका ईमेल पता प्रकाशित नहीं किया जाएगा। आवश्यक फ़ील्ड * चिह्नित हैं',
    );

    await fill(author, {
      body: 'लावरोव की यह चेतावनी बहुत कुछ कहती है। भारत को संतुलन बनाए रखना चाहिए।',
      name: 'सुनीता वर्मा',
      email: 'sunita@example.org',
    });
    await author.locator(`${W} button.submit`).click();
    const mine = author.locator(`${W} li.awaiting`);
    await expect(mine.locator('.moderation').textContent()).resolves.toBe(AWAITING);
    await expect(author.locator(`${W} [role=status]`).textContent()).resolves.toBe(AWAITING);
    heldId = ((await mine.getAttribute('id')) ?? '').replace('comment-', '');
    expect(heldId).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(async () => (await api.app.get(CommentsRepository).findById(heldId))?.status === 'held', {
      what: 'the comment to be held',
    });
    await author.screenshot({ path: `${ARTIFACTS}/widget-awaiting.png`, fullPage: true });
    expect(await reader.locator(`${W} #comment-${heldId}`).count()).toBe(0);

    await approve(heldId);
    await sites().update(DEMO_SITE_ID, { premoderation: 'none' });
    // the author's poll turns it into a normal comment; the other reader receives it over SSE
    await author.locator(`${W} #comment-${heldId}:not(.awaiting) button.reply`).waitFor({ timeout: 15000 });
    await reader.locator(`${W} #comment-${heldId} .body`).waitFor({ timeout: 10000 });
    await expect(reader.locator(`${W} #comment-${heldId} .body`).textContent()).resolves.toContain(
      'संतुलन बनाए रखना चाहिए।',
    );
    await expect(reader.locator(`${W} h2`).textContent()).resolves.toBe('1 टिप्पणी');
    await reader.screenshot({ path: `${ARTIFACTS}/widget-live.png`, fullPage: true });
    await reader.context().close();
    await author.context().close();
  });

  it('replies to a comment and cancels a reply with the keyboard', async () => {
    const page = await open();
    const parent = page.locator(`${W} #comment-${heldId}`);
    await parent.locator('button.reply').first().click();
    await expect(parent.locator('.respond h3').textContent()).resolves.toContain('सुनीता वर्मा को जवाब दें');
    expect(
      await page.evaluate(() =>
        document.querySelector('comment-thread')!.shadowRoot!.activeElement?.getAttribute('name'),
      ),
    ).toBe('body');
    await parent.locator('.respond button.cancel').focus();
    await page.keyboard.press('Enter');
    expect(await parent.locator('.respond').count()).toBe(0);
    expect(
      await page.evaluate(
        () => document.querySelector('comment-thread')!.shadowRoot!.activeElement?.className,
      ),
    ).toBe('reply');

    await page.keyboard.press('Enter'); // the focused reply button again
    await fill(page, { body: 'मैं आपसे सहमत हूँ। संतुलन ही सही रास्ता है।', name: 'अमित', email: 'amit@example.org' });
    await page.locator(`${W} button.submit`).click();
    const reply = parent.locator('ol.children > li.comment');
    await reply.first().waitFor();
    await expect(reply.first().getAttribute('class')).resolves.toMatch(/depth-1/);
    await page.screenshot({ path: `${ARTIFACTS}/widget-reply.png`, fullPage: true });
    await page.context().close();
  });

  it('shows errors in Hindi beside their fields, from the browser and from the server, and focuses the first', async () => {
    const page = await open();
    await page.locator(`${W} button.submit`).click();
    const errorOf = (name: string) => page.locator(`${W} [id$="-${name}-error"]`).textContent();
    await expect(errorOf('body')).resolves.toBe('टिप्पणी आवश्यक है।');
    await expect(errorOf('authorName')).resolves.toBe('नाम आवश्यक है।');
    expect(
      await page.evaluate(() =>
        document.querySelector('comment-thread')!.shadowRoot!.activeElement?.getAttribute('name'),
      ),
    ).toBe('body');
    await expect(page.locator(`${W} textarea[name=body]`).getAttribute('aria-invalid')).resolves.toBe('true');

    await fill(page, {
      body: 'यह टिप्पणी ठीक है।',
      name: 'राहुल',
      email: 'rahul@example.c',
      url: 'javascript:alert(1)',
    });
    await page.locator(`${W} button.submit`).click();
    await expect(errorOf('authorUrl')).resolves.toBe('वेबसाइट का पता http या https से शुरू होना चाहिए।');
    await fill(page, { url: '' });
    await page.locator(`${W} button.submit`).click(); // the server refuses a one-letter top-level domain
    await page.waitForFunction(
      () =>
        document.querySelector('comment-thread')!.shadowRoot!.querySelector('[id$="-authorEmail-error"]')!
          .textContent !== '',
    );
    await expect(errorOf('authorEmail')).resolves.toBe('कृपया सही ईमेल पता लिखें।');
    await page.screenshot({ path: `${ARTIFACTS}/widget-errors.png`, fullPage: true });
    await page.context().close();
  });

  it('works without JavaScript: posts the form, comes back, shows the comment awaiting moderation; errors keep the text', async () => {
    await sites().update(DEMO_SITE_ID, { premoderation: 'all' });
    const page = await open({ javaScript: false });
    await expect(page.locator(`comment-thread section.comments h2`).textContent()).resolves.toMatch(/टिप्पण/);
    await page.locator('#body').fill('बिना जावास्क्रिप्ट के भी टिप्पणी करना आसान है। धन्यवाद।');
    await page.locator('#authorName').fill('कविता');
    await page.locator('#authorEmail').fill('kavita@example.org');
    await Promise.all([page.waitForURL(/#comment-[0-9a-f-]{36}$/), page.locator('button.submit').click()]);
    await expect(page.locator('.notice').textContent()).resolves.toBe('धन्यवाद! ' + AWAITING);
    await expect(page.locator('li.awaiting .moderation').textContent()).resolves.toBe(AWAITING);
    await expect(page.locator('li.awaiting .body').textContent()).resolves.toBe(
      'बिना जावास्क्रिप्ट के भी टिप्पणी करना आसान है। धन्यवाद।',
    );
    await page.screenshot({ path: `${ARTIFACTS}/nojs-awaiting.png`, fullPage: true });
    await sites().update(DEMO_SITE_ID, { premoderation: 'none' });

    await page.locator('#body').fill('अधूरी <टिप्पणी>');
    await page.locator('#authorEmail').fill('');
    await page.locator('button.submit').click();
    await page.locator('.errors').waitFor();
    await expect(page.locator('.errors').textContent()).resolves.toContain('नाम आवश्यक है।');
    await expect(page.locator('#body').inputValue()).resolves.toBe('अधूरी <टिप्पणी>');
    await expect(page.locator('#authorName-error').textContent()).resolves.toBe('नाम आवश्यक है।');
    await page.screenshot({ path: `${ARTIFACTS}/nojs-errors.png`, fullPage: true });
    await page.context().close();
  });

  it('keeps XSS payloads inert, in the widget and in the server HTML', async () => {
    const payloads = [
      { authorName: '<img src=x onerror=alert("name")>', body: '<script>alert("body")</script> पहला प्रयास' },
      { authorName: 'रवि\u202Egnp.exe\u202C', body: '<img src=x onerror=alert("img")> दूसरा प्रयास' },
      {
        authorName: 'ज़ी\u200Bरो\u200D वि\u200Fड्थ',
        body: '"><svg onload=alert("svg")> तीसरा https://example.org/x',
      },
    ];
    const ids: string[] = [];
    for (const payload of payloads) {
      const accepted = await http(`${api.url}${threadUrl}/comments`, {
        method: 'POST',
        json: submission(payload),
      });
      expect(accepted.status).toBe(202);
      ids.push(accepted.body.id);
    }
    const refused = await http(`${api.url}${threadUrl}/comments`, {
      method: 'POST',
      json: submission({ authorUrl: 'javascript:alert(1)' }),
    });
    expect(refused.status).toBe(422);
    for (const id of ids) {
      await waitFor(async () => (await api.app.get(CommentsRepository).findById(id))?.status !== 'queued');
      if ((await api.app.get(CommentsRepository).findById(id))?.status !== 'published') await approve(id);
    }

    for (const javaScript of [true, false]) {
      const page = await open({ javaScript });
      const scope = javaScript ? W : 'comment-thread section.comments';
      await page.locator(`${scope} #comment-${ids[2]}`).waitFor();
      await page.waitForTimeout(300);
      for (const selector of [
        '.body script',
        '.body img',
        '.body svg',
        'img[src=x]',
        '[onerror]',
        '[onload]',
      ]) {
        expect(await page.locator(`${scope} ${selector}`).count()).toBe(0);
      }
      await expect(page.locator(`${scope} #comment-${ids[0]} bdi`).textContent()).resolves.toBe(
        payloads[0].authorName,
      );
      await expect(page.locator(`${scope} #comment-${ids[0]} .body`).textContent()).resolves.toContain(
        '<script>alert("body")</script>',
      );
      const spoofed = await page.locator(`${scope} #comment-${ids[1]} bdi`).textContent();
      expect(spoofed).toContain('रवि');
      expect(spoofed).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/); // the server strips bidi overrides; <bdi> isolates the rest
      await expect(page.locator(`${scope} #comment-${ids[2]} .body a`).getAttribute('rel')).resolves.toBe(
        'nofollow ugc noopener',
      );
      await page.screenshot({
        path: `${ARTIFACTS}/xss-${javaScript ? 'widget' : 'nojs'}.png`,
        fullPage: true,
      });
      await page.context().close();
    }
    expect(dialogs).toEqual([]);
  });

  it('serves /widget.js with a long cache header and an ETag', async () => {
    const first = await http(`${api.url}/widget.js`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/javascript/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=86400/);
    const again = await http(`${api.url}/widget.js`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });
});
