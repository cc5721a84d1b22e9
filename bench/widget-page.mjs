/**
 * What the widget benches share (widget.bench.mjs, widget-ab.mjs, widget-profile.mjs): the thread they render, a
 * Chromium launched as the tests launch it, a page whose API answers at once from memory (fetch replaced, no
 * EventSource), and one timed first render. The figure is the widget's own work: parse the JSON, build the DOM in its
 * shadow root, lay it out; network time is the reader's connection, not the widget's.
 */
import { chromium } from 'playwright-core';

/** A Hindi thread of n comments: every fourth a reply, links, avatars, likes, one featured, some edited. */
export const comments = (n) =>
  Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    parentId: i % 4 === 3 ? `00000000-0000-7000-8000-${String(i - 1).padStart(12, '0')}` : null,
    authorName: `पाठक ${i}`,
    authorUrl: i % 5 === 0 ? 'https://example.org/' : null,
    avatar: `seed-${i}`,
    body: 'लावरोव की चेतावनी गंभीर है। सरकार को सोचना चाहिए।',
    bodyHtml:
      'लावरोव की चेतावनी गंभीर है।<br>सरकार को सोचना चाहिए। <a href="https://example.org/" rel="nofollow ugc noopener" target="_blank">https://example.org/</a>',
    language: 'hi',
    createdAt: new Date(Date.now() - (n - i) * 60000).toISOString(),
    publishedAt: new Date(Date.now() - (n - i) * 60000).toISOString(),
    likes: i % 7,
    featured: i === 0,
    editedAt: i % 10 === 1 ? new Date().toISOString() : null,
  }));

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page that serves this build of widget.js and answers the thread API with n comments from memory. */
export async function openWidgetPage(browser, script, n) {
  const page = await browser.newPage();
  await page.route('http://bench.local/**', (route) =>
    route.request().url().endsWith('/widget.js')
      ? route.fulfill({ body: script, contentType: 'application/javascript' })
      : route.fulfill({
          body: '<!doctype html><html lang="hi"><body><main id="m"></main></body></html>',
          contentType: 'text/html',
        }),
  );
  const json = JSON.stringify({ threadId: 't', count: n, comments: comments(n), nextCursor: null });
  await page.addInitScript((json) => {
    window.EventSource = undefined;
    window.fetch = async (url) =>
      new Response(String(url).includes('/form-token') ? '{"formToken":"x"}' : json, {
        headers: { 'content-type': 'application/json' },
      });
  }, json);
  await page.goto('http://bench.local/');
  await page.addScriptTag({ url: 'http://bench.local/widget.js' });
  return page;
}

/** Milliseconds from adding a <comment-thread> until its n comments (or, for none, its heading) are laid out. */
export function renderOnce(page, expected) {
  return page.evaluate(async (expected) => {
    document.getElementById('m').textContent = '';
    const start = performance.now();
    const element = document.createElement('comment-thread');
    element.setAttribute('site', 's');
    element.setAttribute('thread', 't');
    element.setAttribute('lang', 'hi');
    element.setAttribute('api', 'http://bench.local');
    document.getElementById('m').append(element);
    await new Promise((resolve) => {
      const check = () => {
        const heading = element.shadowRoot?.querySelector('h2')?.textContent ?? '';
        const items = element.shadowRoot?.querySelectorAll('li.comment').length ?? 0;
        if (items === expected && (expected > 0 || heading)) resolve();
        else setTimeout(check, 0);
      };
      check();
    });
    void document.body.offsetHeight; // include layout
    return performance.now() - start;
  }, expected);
}

export const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
