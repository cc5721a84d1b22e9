import { createHmac } from 'node:crypto';

/** Who is acting, as the public endpoints know a reader: the anonymous reader id if any, and the client IP. */
export interface ReaderIdentity {
  readerId: string | null;
  ip: string | null;
}

/** A keyed HMAC of the client IP for one purpose (likes, reports): equal addresses match, no address is stored. */
export function ipKeyOf(ip: string | null, key: Buffer, purpose: string): string {
  return createHmac('sha256', key)
    .update(`${purpose}\u0000${ip ?? 'unknown'}`)
    .digest('base64url')
    .slice(0, 32);
}

/** One reader: `r:` + the reader id, else `ip:` + the IP's keyed HMAC (without a reader id, an address counts once). */
export function readerKeyOf(reader: ReaderIdentity, key: Buffer, purpose: string): string {
  return reader.readerId ? `r:${reader.readerId}` : `ip:${ipKeyOf(reader.ip, key, purpose)}`;
}
