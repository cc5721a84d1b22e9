/**
 * Bench-only: reads the stage log bench/stage-timing.worker.ts wrote (BENCH_STAGE_LOG) and prints where the time of
 * a batch, and of the slowest comments, went. Used by the drain and latency benches when BENCH_STAGE_LOG is set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { quantile } from './bench-kit';

/** Where the stage-timed worker writes, when a bench run asks for it (an absolute path). */
export const STAGE_LOG = process.env.BENCH_STAGE_LOG;

/** The worker entry point: stage-timed when BENCH_STAGE_LOG is set, else the worker itself. */
export const stageTimedWorker = () =>
  STAGE_LOG ? 'bench/stage-timing.worker.ts' : 'apps/worker/src/main.ts';

/** Node flags for the service's worker process only (an A/B of V8 settings): BENCH_WORKER_NODE_OPTIONS. */
export const workerNodeOptions = (): Record<string, string> =>
  process.env.BENCH_WORKER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS } : {};

interface Batch {
  kind: 'batch';
  batch: number;
  size: number;
  ids: string[];
  t: Record<string, number>;
  cpuAtStartUs: number;
  cpuAtEndUs: number;
  loopActiveAtStartMs: number;
  loopActiveAtEndMs: number;
}
interface JobLine {
  kind: 'job';
  id: string;
  added: number;
  taken: number;
  settled: number;
}
interface GcLine {
  kind: 'gc';
  start: number;
  ms: number;
}
type Line = Batch | JobLine | GcLine | { kind: 'process'; [key: string]: unknown };

/** The stages of a batch, each from the previous stamp present. */
const STAGES: Array<[string, string, string]> = [
  ['load contexts', 'start', 'loaded'],
  ['moderate() all', 'loaded', 'txStart'],
  ['BEGIN + lock', 'txStart', 'locked'],
  ['status+checks', 'locked', 'written'],
  ['listeners+bump', 'written', 'bumped'],
  ['COMMIT', 'bumped', 'committed'],
  ['after commit', 'committed', 'announced'],
];

const fmt = (sorted: number[]) =>
  `p50 ${quantile(sorted, 0.5).toFixed(1)} p90 ${quantile(sorted, 0.9).toFixed(1)} p99 ${quantile(sorted, 0.99).toFixed(1)} max ${(sorted[sorted.length - 1] ?? NaN).toFixed(1)}`;
const sorted = (values: number[]) => values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);

export function readStageLog(file: string): Line[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

/**
 * Prints batch sizes and stage durations; with `sent` (comment id → client send time) and `published` (id →
 * published_at), also the split of submit → published for the median comments and the slowest 1%.
 */
export function printStages(
  file: string,
  sent?: ReadonlyMap<string, number>,
  answered?: ReadonlyMap<string, number>,
  published?: ReadonlyMap<string, number>,
): void {
  const lines = readStageLog(file);
  const batches = lines.filter((l): l is Batch => l.kind === 'batch');
  const jobs = lines.filter((l): l is JobLine => l.kind === 'job');
  const gcs = lines.filter((l): l is GcLine => l.kind === 'gc');
  console.log(`  stage log ${file}: ${batches.length} batches, ${jobs.length} jobs, ${gcs.length} GC pauses`);
  if (batches.length === 0) return;
  console.log(`    batch size: ${fmt(sorted(batches.map((b) => b.size)))}`);
  for (const [label, from, to] of STAGES)
    console.log(`    ${label.padEnd(16)} ms: ${fmt(sorted(batches.map((b) => b.t[to] - b.t[from])))}`);
  console.log(`    whole batch      ms: ${fmt(sorted(batches.map((b) => b.t.end - b.t.start)))}`);
  const byStart = [...batches].sort((a, b) => a.t.start - b.t.start);
  console.log(
    `    first 3 batches (size, moderate() ms, whole ms): ${byStart
      .slice(0, 3)
      .map((b) => `${b.size}, ${(b.t.txStart - b.t.loaded).toFixed(1)}, ${(b.t.end - b.t.start).toFixed(1)}`)
      .join('; ')}`,
  );
  // From the end of the first batch (it loads the models) to the end of the last.
  const byEnd = [...batches].sort((a, b) => a.t.end - b.t.end);
  const [first, last] = [byEnd[0], byEnd[byEnd.length - 1]];
  const comments = byEnd.slice(1).reduce((n, b) => n + b.size, 0);
  const busy = (last.cpuAtEndUs - first.cpuAtEndUs) / 1000;
  const wall = last.t.end - first.t.end;
  const loop = last.loopActiveAtEndMs - first.loopActiveAtEndMs;
  console.log(
    `    worker after its first batch: CPU ${busy.toFixed(0)} ms (${((busy * 1000) / comments).toFixed(0)} µs per comment), ` +
      `event loop busy ${((100 * loop) / wall).toFixed(0)}% of ${wall.toFixed(0)} ms, CPU ${((100 * busy) / wall).toFixed(0)}% of a core`,
  );
  const perComment = sorted(batches.map((b) => ((b.t.txStart - b.t.loaded) * 1000) / b.size));
  console.log(`    moderate() per comment µs: ${fmt(perComment)}`);
  const gcMs = sorted(gcs.map((g) => g.ms));
  console.log(`    GC pauses ms: ${fmt(gcMs)}, total ${gcMs.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
  for (const line of lines) if (line.kind === 'process') console.log(`    process: ${JSON.stringify(line)}`);

  if (!sent || !published) return;
  const batchOf = new Map<string, Batch>();
  for (const b of batches) for (const id of b.ids) batchOf.set(id, b);
  const jobOf = new Map<string, JobLine>();
  for (const j of jobs) jobOf.set(j.id, j);
  const rows = [...published]
    .filter(([id]) => sent.has(id) && batchOf.has(id) && jobOf.has(id))
    .map(([id, at]) => {
      const job = jobOf.get(id)!;
      const batch = batchOf.get(id)!;
      const sentAt = sent.get(id)!;
      return {
        id,
        total: at - sentAt,
        split: {
          'submit→202': (answered?.get(id) ?? job.added) - sentAt,
          'submit→job added': job.added - sentAt,
          'added→taken': job.taken - job.added,
          'taken→batch': batch.t.start - job.taken,
          load: batch.t.loaded - batch.t.start,
          moderate: batch.t.txStart - batch.t.loaded,
          'BEGIN+lock': batch.t.locked - batch.t.txStart,
          'batch size': batch.size,
        },
        gcDuring: gcs
          .filter((g) => g.start + g.ms > sentAt && g.start < at)
          .reduce((total, g) => total + g.ms, 0),
      };
    })
    .sort((a, b) => a.total - b.total);
  if (rows.length === 0) return;
  const slowest = rows.slice(Math.floor(rows.length * 0.99));
  const middle = rows.slice(Math.floor(rows.length * 0.45), Math.ceil(rows.length * 0.55));
  const describe = (label: string, group: typeof rows) => {
    const keys = Object.keys(group[0].split) as Array<keyof (typeof group)[0]['split']>;
    const parts = keys.map((k) => `${k} ${mean(group.map((r) => r.split[k])).toFixed(1)}`).join(', ');
    console.log(
      `    ${label} (${group.length}): total ${mean(group.map((r) => r.total)).toFixed(0)} ms = ${parts}; GC during ${mean(group.map((r) => r.gcDuring)).toFixed(1)} ms`,
    );
  };
  describe('median 10%', middle);
  describe('slowest 1%', slowest);
}
