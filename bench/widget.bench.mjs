/**
 * Widget budgets: widget.js gzip size (≤ 10 KB, issue 17; the build fails above it), and the first render of a
 * 100-comment thread in headless Chromium (≤ 50 ms), beside an empty thread measured the same way in the same run. The API is mocked inside the page
 * (fetch answers at once from memory, no EventSource), so the figure is the widget's own work: parse the JSON,
 * build the DOM in its shadow root, lay it out. Network time is the reader's connection, not the widget's.
 * Run: node apps/widget/build.mjs && node bench/widget.bench.mjs
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// WIDGET_JS: another build to measure beside this one (e.g. main's, alternating runs on the same machine).
const script = readFileSync(process.env.WIDGET_JS ?? 'apps/widget/dist/widget.js');
const gzip = gzipSync(script, { level: 9 }).length;
const comments = (n) =>
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

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

async function firstRender(n, runs = 15) {
  const page = await browser.newPage();
  await page.route('http://bench.local/**', (route) => {
    const url = route.request().url();
    if (url.endsWith('/widget.js'))
      return route.fulfill({ body: script, contentType: 'application/javascript' });
    if (url.includes('/form-token'))
      return route.fulfill({ json: { formToken: 'x', expiresAt: new Date().toISOString() } });
    if (url.includes('/events')) return route.fulfill({ status: 204 });
    if (url.includes('/comments'))
      return route.fulfill({ json: { threadId: 't', count: n, comments: comments(n), nextCursor: null } });
    return route.fulfill({
      body: '<!doctype html><html lang="hi"><body><main id="m"></main></body></html>',
      contentType: 'text/html',
    });
  });
  const threadJson = JSON.stringify({ threadId: 't', count: n, comments: comments(n), nextCursor: null });
  await page.addInitScript((json) => {
    window.EventSource = undefined;
    window.fetch = async (url) =>
      new Response(String(url).includes('/form-token') ? '{"formToken":"x"}' : json, {
        headers: { 'content-type': 'application/json' },
      });
  }, threadJson);
  await page.goto('http://bench.local/');
  await page.addScriptTag({ url: 'http://bench.local/widget.js' });
  const times = [];
  for (let run = 0; run < runs; run++) {
    times.push(
      await page.evaluate(async (expected) => {
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
      }, n),
    );
  }
  await page.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// The machine is shared: the load beside the figure says how far to trust it.
const loadBefore = loadavg()[0];
const empty = await firstRender(0);
const hundred = await firstRender(100);
await browser.close();
console.log(`load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
console.log(`widget.js            ${script.length} bytes, ${gzip} bytes gzip (budget 10240)`);
console.log(`first render, empty  ${empty.toFixed(1)} ms median (baseline)`);
console.log(
  `first render, 100    ${hundred.toFixed(1)} ms median (budget 50 ms; ${(hundred - empty).toFixed(1)} ms over baseline)`,
);
