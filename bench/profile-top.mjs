/**
 * The top self-time entries of a V8 CPU profile (bench/profile.preload.ts), as shares of busy samples:
 * `node bench/profile-top.mjs FILE [LAST_SECONDS] [ROWS]`. LAST_SECONDS keeps only the samples of the profile's last
 * seconds (the measurement, not start-up and warm-up).
 */
import { readFileSync } from 'node:fs';

const [file, lastSeconds, rows = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
let at = profile.startTime;
const times = profile.timeDeltas.map((delta) => (at += delta));
const from = lastSeconds ? profile.endTime - Number(lastSeconds) * 1e6 : -Infinity;
const self = new Map();
let busy = 0;
let idle = 0;
profile.samples.forEach((id, index) => {
  if (times[index] < from) return;
  const { callFrame } = nodes.get(id);
  if (callFrame.functionName === '(idle)') return void idle++;
  busy++;
  const where = callFrame.url
    ? callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/throughput\//, '')
    : '';
  const key = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + 1);
});
console.log(`${file}: ${busy} busy samples, idle ${((100 * idle) / (busy + idle)).toFixed(1)} %`);
for (const [key, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(rows)))
  console.log(`${((100 * count) / busy).toFixed(1).padStart(5)} %  ${key}`);
