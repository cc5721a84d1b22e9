// A/B of two widget builds in one Chromium, renders interleaved so both see the same load: node bench/widget-ab.mjs A.js B.js [rounds]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launchChromium, median, openWidgetPage, renderOnce } from './widget-page.mjs';

const [a, b, rounds = '40'] = process.argv.slice(2);
const browser = await launchChromium();
const pages = [
  await openWidgetPage(browser, readFileSync(a), 100),
  await openWidgetPage(browser, readFileSync(b), 100),
];
const times = [[], []];
const load = loadavg()[0];
for (let i = 0; i < 3; i++) for (const p of pages) await renderOnce(p, 100);
for (let i = 0; i < Number(rounds); i++)
  for (const k of i % 2 ? [1, 0] : [0, 1]) times[k].push(await renderOnce(pages[k], 100));
console.log(`load ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)}; ${rounds} renders each, interleaved`);
console.log(`A ${a}: median ${median(times[0]).toFixed(1)} ms`);
console.log(`B ${b}: median ${median(times[1]).toFixed(1)} ms`);
await browser.close();
