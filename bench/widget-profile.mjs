// Profile the widget's first render of 100 comments: trace event totals + JS self time by function.
import { readFileSync } from 'node:fs';
import { launchChromium, openWidgetPage, renderOnce } from './widget-page.mjs';
const scriptPath = process.argv[2] ?? 'apps/widget/dist/widget.js';
let script = readFileSync(scriptPath, 'utf8');
// PROFILE_REPLACE="from=>to;;from2=>to2": try a change on the built script without rebuilding.
for (const pair of (process.env.PROFILE_REPLACE ?? '').split(';;').filter(Boolean)) {
  const [from, to] = pair.split('=>');
  if (!script.includes(from)) throw new Error(`not in the script: ${from}`);
  script = script.split(from).join(to);
}
const browser = await launchChromium();
const page = await openWidgetPage(browser, script, 100);
const render = () => renderOnce(page, 100);
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
