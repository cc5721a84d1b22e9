/**
 * `npm run bench`: runs every bench in its own process, one after another (each is bounded in time and stops its own
 * children), then prints one table of the figures the service benches report. `npm run bench -- intake reads` runs
 * only the named ones. BENCH_SECONDS, BENCH_SOAK_SECONDS and the others are passed through.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
// The first preload keeps ts-node from loading node:domain in the bench processes (bench/lazy-repl.preload.cjs).
const TS = [
  '-r',
  join(__dirname, 'lazy-repl.preload.cjs'),
  '-r',
  'ts-node/register/transpile-only',
  '-r',
  'tsconfig-paths/register',
];
const MINUTES = 60_000;

/** In order: the pure benches first, then the service benches; the soak last (it is the long one). */
const ORDER = [
  'pipeline',
  'language',
  'widget',
  'webhooks',
  'intake',
  'drain',
  'latency',
  'reads',
  'counts',
  'soak',
];

interface Figure {
  bench: string;
  figure: string;
  value: number;
  unit: string;
  baseline?: number;
  goal?: string;
  load: string;
}

function benches(): { name: string; file: string }[] {
  const files = readdirSync(join(ROOT, 'bench')).filter((f) => /\.bench\.(ts|js|mjs|cjs)$/.test(f));
  return files
    .map((file) => ({ name: file.replace(/\.bench\..*$/, ''), file }))
    .sort((a, b) => (ORDER.indexOf(a.name) + 1 || 99) - (ORDER.indexOf(b.name) + 1 || 99));
}

function run(file: string, timeoutMs: number): Promise<{ code: number | null; figures: Figure[] }> {
  return new Promise((resolve) => {
    const args = file.endsWith('.ts') ? [...TS, join('bench', file)] : [join('bench', file)];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const figures: Figure[] = [];
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('BENCH ')) figures.push(JSON.parse(line.slice(6)) as Figure);
        else process.stdout.write(`  ${line}\n`);
      }
    });
    const timer = setTimeout(() => {
      console.error(`  ${file}: over ${timeoutMs / MINUTES} min, stopped`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, figures });
    });
  });
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const selected = benches().filter((b) => wanted.length === 0 || wanted.includes(b.name));
  const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(1)} GB (${(freemem() / 2 ** 30).toFixed(1)} free), ` +
      `Node ${process.version}, load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const all: Figure[] = [];
  const failed: string[] = [];
  for (const bench of selected) {
    console.log(`\n== ${bench.file}`);
    const limit = bench.name === 'soak' ? (soakSeconds + 240) * 1000 : 15 * MINUTES;
    const { code, figures } = await run(bench.file, limit);
    all.push(...figures);
    if (code !== 0) failed.push(bench.file);
  }
  if (all.length) {
    console.log('\n| bench | figure | value | baseline (same run) | ratio | goal | load (1/5/15 min) |');
    console.log('|---|---|---|---|---|---|---|');
    for (const f of all) {
      const ratio = f.baseline ? `${(f.value / f.baseline).toFixed(2)}×` : '';
      console.log(
        `| ${f.bench} | ${f.figure} | ${f.value} ${f.unit} | ${f.baseline ?? ''} | ${ratio} | ${f.goal ?? ''} | ${f.load} |`,
      );
    }
  }
  if (failed.length) {
    console.error(`\nfailed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

void main();
