/**
 * Widget budgets: widget.js gzip size (≤ 10 KB, issue 17; the build fails above it), and the first render of a
 * 100-comment thread in headless Chromium (≤ 50 ms), beside an empty thread measured the same way in the same run
 * (the page and its in-memory API: widget-page.mjs).
 * Run: node apps/widget/build.mjs && node bench/widget.bench.mjs
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchChromium, median, openWidgetPage, renderOnce } from './widget-page.mjs';

// WIDGET_JS: another build to measure beside this one (e.g. main's, alternating runs on the same machine).
const script = readFileSync(process.env.WIDGET_JS ?? 'apps/widget/dist/widget.js');
const gzip = gzipSync(script, { level: 9 }).length;
const browser = await launchChromium();

async function firstRender(n, runs = 15) {
  const page = await openWidgetPage(browser, script, n);
  const times = [];
  for (let run = 0; run < runs; run++) times.push(await renderOnce(page, n));
  await page.close();
  return median(times);
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
