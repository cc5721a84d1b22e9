import { createHash, randomBytes } from 'node:crypto';

/**
 * "cmk" + 40 lowercase hex digits: a valid DNS label, because Akismet clients put the key in the host name
 * (`KEY.rest.akismet.com`), and 160 random bits, so a plain SHA-256 is a safe way to store it.
 */
const KEY_PATTERN = /^cmk[0-9a-f]{40}$/;

export function newApiKey(): string {
  return `cmk${randomBytes(20).toString('hex')}`;
}

export function isApiKeyShaped(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** The key an Akismet client sent as the first label of the host name, if it sent one. */
export function keyFromHost(host: string | undefined): string | null {
  const label = host?.split('.')[0]?.toLowerCase();
  return isApiKeyShaped(label) ? label : null;
}
