/**
 * A token bucket per key, in this process: `perMinute` calls a minute on average, bursts up to a minute's worth.
 * In-process on purpose: the check APIs answer synchronously and a shared counter would add a Redis round trip to
 * every call; with N api processes a key may make up to N times the limit (documented in docs/drop-in.md).
 */
export class KeyRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly perMinute: number) {}

  /** 0 when the call may go ahead, otherwise the seconds until it may. */
  take(keyId: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    const ratePerMs = this.perMinute / 60_000;
    const bucket = this.buckets.get(keyId) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    this.buckets.set(keyId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / ratePerMs / 1000);
  }
}
