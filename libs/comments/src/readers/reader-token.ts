import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '../crypto/tokens';

/** A reader id lasts a year: long enough that likes stay one per reader, short enough to rotate. */
export const READER_TOKEN_TTL_MS = 365 * 24 * 3600 * 1000;
export const READER_COOKIE = 'cm_reader';
export const READER_HEADER = 'x-reader-token';

/** Its own key, derived from the session key, so a reader token can never pass for a session or a form token. */
export function readerTokenKey(sessionKey: Buffer): Buffer {
  return createHmac('sha256', sessionKey).update('reader-token').digest();
}

/** `id.expiresMs.signature`: stateless and anonymous — nothing about the reader is in it or stored for it. */
export function issueReaderToken(key: Buffer, now = Date.now()): { readerToken: string; expiresAt: string } {
  const id = randomBytes(16).toString('base64url');
  const expires = now + READER_TOKEN_TTL_MS;
  const payload = `${id}.${expires}`;
  return { readerToken: `${payload}.${sign(payload, key)}`, expiresAt: new Date(expires).toISOString() };
}

/** The reader id of a valid, unexpired token; null for anything else (the caller then counts by IP). */
export function readReaderId(token: string | undefined, key: Buffer, now = Date.now()): string | null {
  if (!token || token.length > 200) return null;
  const [id, expires, signature] = token.split('.');
  if (!id || !expires || !signature || !safeEqual(signature, sign(`${id}.${expires}`, key))) return null;
  return Number(expires) > now ? id : null;
}

function sign(payload: string, key: Buffer): string {
  return createHmac('sha256', key).update(payload).digest('base64url').slice(0, 32);
}
