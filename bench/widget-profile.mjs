// Profile the widget's first render of 100 comments: trace event totals + JS self time by function.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const scriptPath = process.argv[2] ?? 'apps/widget/dist/widget.js';
let script = readFileSync(scriptPath, 'utf8');
// PROFILE_REPLACE="from=>to;;from2=>to2": try a change on the built script without rebuilding.
for (const pair of (process.env.PROFILE_REPLACE ?? '').split(';;').filter(Boolean)) {
  const [from, to] = pair.split('=>');
  if (!script.includes(from)) throw new Error(`not in the script: ${from}`);
  script = script.split(from).join(to);
}
const bench = readFileSync('bench/widget.bench.mjs', 'utf8');
const commentsSrc = bench.slice(bench.indexOf('const comments ='), bench.indexOf('const browser'));
const comments = eval(commentsSrc.replace('const comments =', '').trim().replace(/;$/, ''));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const json = JSON.stringify({ threadId: 't', count: 100, comments: comments(100), nextCursor: null });
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
const render = () =>
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
for (let i = 0; i < 5; i++) await render();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < 20; i++) times.push(await render());
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse((await browser.stopTracing()).toString());
times.sort((a, b) => a - b);
console.log('median ms', times[10].toFixed(1));
const totals = {};
// Thread time (tdur), not wall time: what the renderer itself spent, less moved by other processes on the machine.
for (const e of trace.traceEvents)
  if (e.ph === 'X' && e.tdur) totals[e.name] = (totals[e.name] ?? 0) + e.tdur / 1000 / 20;
const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const busy = trace.traceEvents
  .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main?.pid && e.tid === main?.tid)
  .reduce((sum, e) => sum + (e.tdur ?? 0), 0);
console.log('renderer main thread busy per render (thread ms)', (busy / 1000 / 20).toFixed(1));
console.log('trace events per render (thread ms, inclusive):');
for (const [k, v] of Object.entries(totals)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log(`  ${v.toFixed(2).padStart(8)}  ${k}`);
const self = {};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  self[key] = (self[key] ?? 0) + (dt[i] ?? 0) / 1000 / 20;
}
console.log('JS self time per render (ms):');
for (const [k, v] of Object.entries(self)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log(`  ${v.toFixed(2).padStart(8)}  ${k}`);
await browser.close();
