export { rawRequest } from '../support/raw-http';
export type { RawAnswer } from '../support/raw-http';

/** Runs `task` over `items` with at most `concurrency` in flight. */
export async function inPool<T>(
  items: T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index], index);
      }
    }),
  );
}

/** A short, printable description of a generated case for a failure message. */
export function describeCase(
  kind: string,
  headers: Record<string, string>,
  body: Buffer | string | undefined,
): string {
  const bytes =
    body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const preview = bytes.subarray(0, 300).toString('utf8');
  return `${kind} ${JSON.stringify(headers)} (${bytes.length} bytes) ${JSON.stringify(preview)}`;
}
