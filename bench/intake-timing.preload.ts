/**
 * Bench-only: with BENCH_INTAKE_TIMING=<file> the benches preload this into their service processes. Every process
 * appends its event-loop utilisation once a second (`kind: 'loop'`); in the api, every group commit of the intake
 * appends one line (`kind: 'commit'`) saying how long each of its submissions waited for a commit slot, how long the
 * transaction took (BEGIN … COMMIT), how long the `addBulk` after it (inside the slot) and how long the slot was held. Nothing goes
 * to the product's logs; bench/intake-timing.ts reads the file. Times are ms, `performance.timeOrigin + now()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { appendFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';

const file = process.env.BENCH_INTAKE_TIMING;
const now = () => performance.timeOrigin + performance.now();
const script = basename(process.argv[1] ?? 'node').replace(/\.[jt]s$/, '');
const write = (line: object) =>
  appendFileSync(file!, `${JSON.stringify({ pid: process.pid, script, ...line })}\n`);

interface CommitStages {
  size: number;
  waits: number[];
  start: number;
  txStart?: number;
  txEnd?: number;
  enqueueStart?: number;
  enqueueEnd?: number;
}

type AsyncMethod = (...args: unknown[]) => Promise<unknown>;

function patchApi(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { IntakeCommitService } = require('../libs/comments/src/intake/intake-commit.service');
  const { IntakeRepository } = require('../libs/comments/src/intake/intake.repository');
  const { ModerationQueue } = require('../libs/comments/src/check/moderation-queue');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const submittedAt = new WeakMap<object, number>();
  const current = new AsyncLocalStorage<CommitStages>();

  const service = IntakeCommitService.prototype as Record<string, AsyncMethod>;
  const store = service.store;
  service.store = function (this: unknown, submission: unknown) {
    submittedAt.set(submission as object, now());
    return store.call(this, submission);
  };
  // The function GroupCommit calls with a batch once it holds a slot: its whole run is the slot's time.
  const commit = service.commit;
  service.commit = function (this: unknown, batch: unknown) {
    const items = batch as object[];
    const start = now();
    const stages: CommitStages = {
      size: items.length,
      waits: items.map((item) => start - (submittedAt.get(item) ?? start)),
      start,
    };
    // Only a batch's first call: a batch the database refused is retried one by one inside it.
    if (current.getStore()) return commit.call(this, batch);
    return current.run(stages, async () => {
      try {
        return await commit.call(this, batch);
      } finally {
        write({ kind: 'commit', ...stages, end: now() });
      }
    });
  };
  const timed = (
    proto: Record<string, AsyncMethod>,
    method: string,
    from: keyof CommitStages,
    to: keyof CommitStages,
  ) => {
    const original = proto[method];
    proto[method] = async function (this: unknown, ...args: unknown[]) {
      const stages = current.getStore();
      if (stages) (stages[from] as number | undefined) ??= now();
      try {
        return await original.apply(this, args);
      } finally {
        if (stages) (stages[to] as number | undefined) ??= now();
      }
    };
  };
  timed(IntakeRepository.prototype, 'transaction', 'txStart', 'txEnd');
  timed(ModerationQueue.prototype, 'enqueueManyOrLeaveToSweeper', 'enqueueStart', 'enqueueEnd');
}

if (file) {
  if (script === 'main' && (process.argv[1] ?? '').includes('apps/api')) patchApi();
  let last = performance.eventLoopUtilization();
  setInterval(() => {
    const elu = performance.eventLoopUtilization();
    const delta = performance.eventLoopUtilization(elu, last);
    last = elu;
    write({
      kind: 'loop',
      at: now(),
      utilization: delta.utilization,
      activeMs: delta.active,
      idleMs: delta.idle,
    });
  }, 1000).unref();
}
