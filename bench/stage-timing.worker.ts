/**
 * Bench-only: the real worker process with a timing of every stage of every batch written to BENCH_STAGE_LOG (one
 * JSON line per batch, per job and per GC pause), never to the product's logs. Started by the drain and latency
 * benches instead of apps/worker/src/main.ts when BENCH_STAGE_LOG is set; bench/stage-timing.ts reads the file.
 * Stages of a batch (ms since the epoch, `performance.timeOrigin + now()`): start (checkMany called), loaded
 * (contexts in hand), txStart (every `moderate()` done, transaction asked for), locked (its comments locked),
 * written (status, verdicts and checks stored), bumped (thread counters, the last statement), committed, announced
 * (after-commit listeners: live events, mail jobs). A job: added (to Redis, by the api), taken (process() called by
 * BullMQ), settled (its batch answered).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { ModerationProcessor } from '../apps/worker/src/moderation.processor';
import { CommentCheckService } from '../libs/comments/src/check/comment-check.service';
import { CheckContextLoader } from '../libs/comments/src/lifecycle/check-context.loader';
import { CommentLifecycle } from '../libs/comments/src/lifecycle/comment-lifecycle.service';
import { LifecycleRepository } from '../libs/comments/src/lifecycle/lifecycle.repository';

const file = process.env.BENCH_STAGE_LOG!;
const now = () => performance.timeOrigin + performance.now();
const write = (line: object) => appendFileSync(file, `${JSON.stringify(line)}\n`);

interface BatchStages {
  batch: number;
  size: number;
  ids: string[];
  t: Record<string, number>;
  /** The process's CPU time (user + system, µs) when the batch started and ended: the drain's CPU per comment. */
  cpuAtStartUs: number;
  cpuAtEndUs?: number;
  loopActiveAtStartMs: number;
  loopActiveAtEndMs?: number;
}
const cpuUs = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
/** Cumulative time the event loop was busy (ms): with `now()`, the main thread's utilisation over the drain. */
const loopActiveMs = () => performance.eventLoopUtilization().active;
const current = new AsyncLocalStorage<BatchStages>();
let batches = 0;

/** Wraps an async method so that the batch in progress gets `stage` stamped when it resolves (or `before` on call). */
function stamp(proto: object, method: string, after: string, before?: string): void {
  const target = proto as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const original = target[method];
  target[method] = async function (this: unknown, ...args: unknown[]) {
    const stages = current.getStore();
    if (stages && before) stages.t[before] ??= now();
    const result = await original.apply(this, args);
    if (stages) stages.t[after] ??= now();
    return result;
  };
}

const checks = CommentCheckService.prototype as unknown as {
  checkMany: (ids: readonly string[]) => Promise<unknown>;
};
const checkMany = checks.checkMany;
checks.checkMany = function (this: unknown, ids: readonly string[]) {
  const stages: BatchStages = {
    batch: ++batches,
    size: ids.length,
    ids: [...ids],
    t: { start: now() },
    cpuAtStartUs: cpuUs(),
    loopActiveAtStartMs: loopActiveMs(),
  };
  return current.run(stages, async () => {
    try {
      return await checkMany.call(this, ids);
    } finally {
      stages.t.end = now();
      stages.cpuAtEndUs = cpuUs();
      stages.loopActiveAtEndMs = loopActiveMs();
      write({ kind: 'batch', ...stages });
    }
  });
};
stamp(CheckContextLoader.prototype, 'loadMany', 'loaded');
stamp(CommentLifecycle.prototype, 'transaction', 'announced', 'txStart');
stamp(LifecycleRepository.prototype, 'lockMany', 'locked');
stamp(LifecycleRepository.prototype, 'setStatus', 'written');
stamp(LifecycleRepository.prototype, 'bumpThreads', 'bumped');
// After the commit, before the listeners: announce() is where the lifecycle hands over to them.
const lifecycle = CommentLifecycle.prototype as unknown as {
  announce: (changes: unknown[]) => Promise<void>;
};
const announce = lifecycle.announce;
lifecycle.announce = function (this: unknown, changes: unknown[]) {
  const stages = current.getStore();
  if (stages) stages.t.committed ??= now();
  return announce.call(this, changes);
};

const processor = ModerationProcessor.prototype as unknown as {
  process: (job: { data: { commentId: string }; timestamp: number }) => Promise<unknown>;
};
const processJob = processor.process;
processor.process = async function (this: unknown, job) {
  const taken = now();
  try {
    return await processJob.call(this, job);
  } finally {
    write({ kind: 'job', id: job.data.commentId, added: job.timestamp, taken, settled: now() });
  }
};

new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    write({
      kind: 'gc',
      start: performance.timeOrigin + entry.startTime,
      ms: entry.duration,
      detail: (entry as { detail?: { kind?: number } }).detail?.kind,
    });
}).observe({ entryTypes: ['gc'] });

const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const cpuAtStart = process.cpuUsage();
process.prependOnceListener('SIGTERM', () => {
  const cpu = process.cpuUsage(cpuAtStart);
  write({
    kind: 'process',
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
    loopDelayP50Ms: loopDelay.percentile(50) / 1e6,
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    loopDelayMaxMs: loopDelay.max / 1e6,
  });
});

void import('../apps/worker/src/main');
