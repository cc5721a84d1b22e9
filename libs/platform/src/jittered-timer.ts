/**
 * Runs `task` about every `intervalMs` (±20 %, so several processes do not run in lockstep), one run at a time:
 * the next run is scheduled only after the previous one settles. The timer does not keep the process alive.
 * Answers a function that stops it.
 */
export function everyWithJitter(intervalMs: number, task: () => Promise<unknown>): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(
      () =>
        void task()
          .catch(() => undefined)
          .finally(next),
      intervalMs * (0.8 + Math.random() * 0.4),
    );
    timer.unref();
  };
  next();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
