/** The one waiter of the test and bench kits: poll a probe until it answers, or fail saying what was awaited. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What is awaited, for the timeout's message. */
  what?: string;
  /** Called on timeout: what the world looked like then (a store count, a child's output). */
  explain?: () => string | Promise<string>;
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 10000, intervalMs = 50, what = 'condition', explain }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) {
      const detail = explain ? `: ${await explain()}` : '';
      throw new Error(`Timed out waiting for ${what}${detail}`);
    }
    await sleep(intervalMs);
  }
}
