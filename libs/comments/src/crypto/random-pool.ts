import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * `randomBytes(n)` for small n, from one CSPRNG fill of 4 KiB at a time (as Node does for `randomUUID`). Every
 * submission needs 36 random bytes (its status token and its email's IV), and one synchronous `randomBytes` call
 * each cost ~5 % of the api's busy time under load: the call into the native job, not the bytes. Each byte is
 * handed out once; the caller gets its own copy.
 */
export function pooledRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES) throw new RangeError(`pooledRandomBytes is for small sizes, not ${size}`);
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafeSlow(POOL_BYTES));
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  // Nothing handed out stays readable in the pool.
  pool.fill(0, offset, offset + size);
  offset += size;
  return bytes;
}
