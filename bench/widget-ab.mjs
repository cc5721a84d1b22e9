// A/B of two widget builds in one Chromium, renders interleaved so both see the same load: node bench/widget-ab.mjs A.js B.js [rounds]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
const bench = readFileSync('bench/widget.bench.mjs', 'utf8');
const comments = eval(
  bench
    .slice(bench.indexOf('const comments =') + 16, bench.indexOf('const browser'))
    .trim()
    .replace(/;$/, ''),
);
const [a, b, rounds = '40'] = process.argv.slice(2);
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
const json = JSON.stringify({ threadId: 't', count: 100, comments: comments(100), nextCursor: null });
async function open(path) {
  const script = readFileSync(path);
  const page = await browser.newPage();
  await page.route('http://bench.local/**', (route) =>
    route.request().url().endsWith('/widget.js')
      ? route.fulfill({ body: script, contentType: 'application/javascript' })
      : route.fulfill({
          body: '<!doctype html><html lang="hi"><body><main id="m"></main></body></html>',
          contentType: 'text/html',
        }),
  );
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
const render = (page) =>
  page.evaluate(async () => {
    document.getElementById('m').textContent = '';
    const start = performance.now();
    const el = document.createElement('comment-thread');
    el.setAttribute('site', 's');
    el.setAttribute('thread', 't');
    el.setAttribute('lang', 'hi');
    el.setAttribute('api', 'http://bench.local');
    document.getElementById('m').append(el);
    await new Promise((r) => {
      const c = () => (el.shadowRoot?.querySelectorAll('li.comment').length === 100 ? r() : setTimeout(c, 0));
      c();
    });
    void document.body.offsetHeight;
    return performance.now() - start;
  });
const pages = [await open(a), await open(b)];
const times = [[], []];
const load = loadavg()[0];
for (let i = 0; i < 3; i++) for (const p of pages) await render(p);
for (let i = 0; i < Number(rounds); i++)
  for (const [k, p] of (i % 2 ? [1, 0] : [0, 1]).map((k) => [k, pages[k]])) times[k].push(await render(p));
const median = (t) => [...t].sort((x, y) => x - y)[Math.floor(t.length / 2)];
console.log(`load ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)}; ${rounds} renders each, interleaved`);
console.log(`A ${a}: median ${median(times[0]).toFixed(1)} ms`);
console.log(`B ${b}: median ${median(times[1]).toFixed(1)} ms`);
await browser.close();
