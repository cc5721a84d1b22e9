import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { pooledRandomBytes } from './random-pool';

/** One canonical form per mailbox: trimmed, NFC, lower-cased. Lookups (flood, history, bans) use its HMAC. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

/** AES-256-GCM with a random IV; stored as iv.tag.ciphertext in base64url. */
export function encryptEmail(email: string, key: Buffer): string {
  const iv = pooledRandomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(normaliseEmail(email), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url')).join('.');
}

export function decryptEmail(stored: string, key: Buffer): string {
  const [iv, tag, ciphertext] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

/** A keyed HMAC: equal addresses match, but without the key it cannot be reversed or looked up in a rainbow table. */
export function emailLookupHmac(email: string, key: Buffer): string {
  return createHmac('sha256', key).update(normaliseEmail(email)).digest('base64url');
}

/**
 * The identicon seed: an HMAC under a server key, per site, cut short. Unlike Gravatar's MD5 it cannot be
 * matched against a list of addresses by anyone without the key.
 */
export function avatarSeed(email: string, siteId: string, key: Buffer): string {
  return createHmac('sha256', key)
    .update(`${siteId}\u0000${normaliseEmail(email)}`)
    .digest('base64url')
    .slice(0, 22);
}

/** What a moderator sees: the first character of the mailbox and the domain, e.g. r***@example.org. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${[...email.slice(0, at)][0]}***${email.slice(at)}`;
}
