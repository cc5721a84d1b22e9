/**
 * Bench-only: reads what bench/intake-timing.preload.ts wrote (BENCH_INTAKE_TIMING) and prints, for one measured
 * window, a process's event-loop utilisation and, for the api, where a submission's time inside the group commit
 * went: waiting for a slot, in the transaction, in the `addBulk`, and how long each commit held its slot.
 */
import { existsSync, readFileSync } from 'node:fs';
import { quantile } from './bench-kit';

export const INTAKE_TIMING = process.env.BENCH_INTAKE_TIMING;

interface LoopLine {
  kind: 'loop';
  pid: number;
  at: number;
  activeMs: number;
  idleMs: number;
}
interface CommitLine {
  kind: 'commit';
  pid: number;
  size: number;
  waits: number[];
  start: number;
  txStart?: number;
  txEnd?: number;
  enqueueStart?: number;
  enqueueEnd?: number;
  end: number;
}

function lines(file: string): Array<LoopLine | CommitLine> {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoopLine | CommitLine);
}

const pct = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((sum, v) => sum + v, 0) / (values.length || 1);
  return `mean ${mean.toFixed(1)} / p50 ${quantile(sorted, 0.5).toFixed(1)} / p99 ${quantile(sorted, 0.99).toFixed(1)} ms`;
};

/** Event-loop utilisation of `pid` over the one-second samples that ended inside [from, to]. */
export function loopUtilisation(file: string, pid: number, from: number, to: number): string {
  const samples = lines(file).filter(
    (l): l is LoopLine => l.kind === 'loop' && l.pid === pid && l.at > from + 1000 && l.at <= to,
  );
  const active = samples.reduce((sum, s) => sum + s.activeMs, 0);
  const idle = samples.reduce((sum, s) => sum + s.idleMs, 0);
  return `event loop ${((100 * active) / (active + idle || 1)).toFixed(0)}% busy (${samples.length} s sampled)`;
}

/** Where the api's commits of [from, to] spent their time, per submission and per commit. */
export function commitStages(file: string, pid: number, from: number, to: number): string[] {
  const all = lines(file);
  const commits = all.filter(
    (l): l is CommitLine => l.kind === 'commit' && l.pid === pid && l.start >= from && l.end <= to,
  );
  if (commits.length === 0) return ['no commits recorded'];
  const submissions = commits.reduce((sum, c) => sum + c.size, 0);
  const seconds = (to - from) / 1000;
  // Each submission waits the commit's whole transaction and addBulk: weight them by the batch size.
  const perSubmission = (f: (c: CommitLine) => number) => commits.flatMap((c) => c.waits.map(() => f(c)));
  const held = commits.reduce((sum, c) => sum + (c.end - c.start), 0);
  return [
    `${commits.length} commits, ${submissions} submissions (${(submissions / commits.length).toFixed(1)} per commit); ` +
      `slots busy ${(held / 1000 / seconds).toFixed(2)} on average`,
    `per submission: waiting for a slot ${pct(commits.flatMap((c) => c.waits))}`,
    `per submission: transaction ${pct(perSubmission((c) => (c.txEnd ?? c.start) - (c.txStart ?? c.start)))}`,
    `per submission: addBulk, inside the slot ${pct(perSubmission((c) => (c.enqueueEnd ?? c.end) - (c.enqueueStart ?? c.end)))}`,
    `per commit: slot held ${pct(commits.map((c) => c.end - c.start))}`,
  ];
}
